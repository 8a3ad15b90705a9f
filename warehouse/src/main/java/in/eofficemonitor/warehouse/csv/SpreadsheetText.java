package in.eofficemonitor.warehouse.csv;

import java.util.regex.Pattern;

/**
 * The one rule for text that a spreadsheet program opens (the CSV exports, the mail's CSV attachment, the Excel
 * export): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read
 * as a formula (CSV injection: {@code =HYPERLINK(…)} in a file subject becomes a live link, {@code =cmd|…} runs a
 * program on old Excel), so it gets a leading apostrophe, as OWASP recommends: the spreadsheet shows the text.
 *
 * <p>Numbers are the exception, on purpose: a value that is a plain decimal number ({@code -3}, {@code -0.5}) is
 * written as it is, so a negative count or difference stays a number one can sum and sort. Nothing but digits,
 * one leading minus and one decimal point can pass that test, so no formula can.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetText() {}

    /** The text as a spreadsheet should show it: with a leading apostrophe when it would start a formula. */
    public static String safe(String text) {
        if (text.isEmpty() || !startsFormula(text.charAt(0)) || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
