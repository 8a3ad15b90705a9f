package in.eofficemonitor.dashboard.base;

/**
 * Digit grouping as Indian offices write numbers: the last three digits, then groups of two
 * (86,54,000 is 86.54 lakh; 1,00,00,000 is one crore). Same grouping in Hindi and English; only the
 * words for lakh and crore change, and those live in the message bundles.
 */
public final class IndianNumbers {

    private IndianNumbers() {}

    public static String group(long value) {
        if (value == Long.MIN_VALUE) {
            return "-" + groupDigits(Long.toString(value).substring(1));
        }
        return value < 0 ? "-" + groupDigits(Long.toString(-value)) : groupDigits(Long.toString(value));
    }

    private static String groupDigits(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2);
        int head = digits.length() - 3;
        int first = head % 2 == 0 ? 2 : 1;
        out.append(digits, 0, first);
        for (int i = first; i < head; i += 2) {
            out.append(',').append(digits, i, i + 2);
        }
        return out.append(',').append(digits, head, digits.length()).toString();
    }

    /** A count in lakh with two decimals, the way the articles print it: 8654000 → "86.54". */
    public static String inLakh(long value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value / 100_000.0);
    }
}
