package in.eofficemonitor.alerts.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Indian digit grouping: the last three digits, then groups of two (12,34,56,789 = 12 crore 34 lakh ...).
 * Used in every mail and on chart axes, so a Collector reads 1,25,000 and not 125,000.
 */
public final class IndianNumbers {

    private IndianNumbers() {}

    public static String group(long value) {
        if (value == Long.MIN_VALUE) {
            return "-" + groupDigits(new BigDecimal(value).negate().toPlainString());
        }
        return value < 0 ? "-" + groupDigits(Long.toString(-value)) : groupDigits(Long.toString(value));
    }

    /** Groups the integer part and keeps {@code decimals} places, rounded half-up. */
    public static String group(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String sign = d.signum() < 0 ? "-" : "";
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        return sign + groupDigits(intPart) + frac;
    }

    private static String groupDigits(String digits) {
        int n = digits.length();
        if (n <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(n + n / 2);
        String head = digits.substring(0, n - 3);
        int first = head.length() % 2;
        if (first == 1) {
            out.append(head.charAt(0)).append(',');
        }
        for (int i = first; i < head.length(); i += 2) {
            out.append(head, i, i + 2).append(',');
        }
        return out.append(digits, n - 3, n).toString();
    }
}
