package in.eofficemonitor.alerts.format;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** {@link IndianNumbers} as a {@link NumberFormat}, for chart axes (JFreeChart takes a NumberFormat). */
public final class IndianNumberFormat extends NumberFormat {

    private final int decimals;

    public IndianNumberFormat(int decimals) {
        this.decimals = decimals;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (decimals == 0 && number == Math.rint(number) && Math.abs(number) < 9.0e18) {
            return toAppendTo.append(IndianNumbers.group((long) number));
        }
        return toAppendTo.append(IndianNumbers.group(number, decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(IndianNumbers.group(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        String digits = source.substring(parsePosition.getIndex()).replace(",", "").trim();
        try {
            Number n = digits.contains(".") ? Double.parseDouble(digits) : Long.parseLong(digits);
            parsePosition.setIndex(source.length());
            return n;
        } catch (NumberFormatException e) {
            parsePosition.setErrorIndex(parsePosition.getIndex());
            return null;
        }
    }
}
