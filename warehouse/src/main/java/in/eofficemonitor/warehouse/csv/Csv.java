package in.eofficemonitor.warehouse.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, written and read in one place: the reports on the command line, the dashboard's exports, the mail's
 * attachment, the users and recipients files. A field is quoted when it holds a comma, a double quote, a line
 * break or leading/trailing spaces; quotes inside are doubled; Hindi passes through as UTF-8. Every written field
 * goes through {@link SpreadsheetText#safe}, so no cell opens as a formula.
 *
 * <p>Two line ends: {@link #line} ends a record with CRLF, as RFC 4180 and spreadsheet programs expect (exports and
 * attachments); a {@link #Csv(Writer) writer} ends them with {@code \n}, which shell tools expect and every CSV
 * reader accepts (the {@code report} commands).
 */
public final class Csv {

    private final Writer out;

    /** Writes records to {@code out}, each ended with {@code \n}. */
    public Csv(Writer out) {
        this.out = out;
    }

    public void row(List<?> fields) {
        try {
            out.write(joined(fields));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void rows(List<? extends List<?>> rows) {
        rows.forEach(this::row);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record with CRLF. */
    public static String line(List<?> fields) {
        return joined(fields) + "\r\n";
    }

    private static String joined(List<?> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        return out.toString();
    }

    /** One field: null is empty, a number as it prints, text made {@link SpreadsheetText#safe safe} and quoted. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = value.toString();
        String safe = SpreadsheetText.safe(text);
        boolean quote = !safe.equals(text) || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0 || (!safe.isEmpty()
                        && (Character.isWhitespace(safe.charAt(0))
                                || Character.isWhitespace(safe.charAt(safe.length() - 1))));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * Parses a whole document into rows of fields; quoted fields may hold commas, quotes and line breaks. Fields
     * come back exactly as written (an apostrophe {@link SpreadsheetText} added stays): this reads files people
     * wrote, not our exports.
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> { quoted = true; any = true; }
                case ',' -> { row.add(field.toString()); field.setLength(0); any = true; }
                case '\r' -> { }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        row.add(field.toString());
                        rows.add(row);
                    }
                    row = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                }
                default -> { field.append(c); any = true; }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("CSV ends inside a quoted field");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
