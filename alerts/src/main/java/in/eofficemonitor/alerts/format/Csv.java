package in.eofficemonitor.alerts.format;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: the recipients file is read with it and the stuck-file attachment written with it. */
public final class Csv {

    private Csv() {}

    /** Parses a whole document into rows of fields; quoted fields may hold commas, quotes and line breaks. */
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

    /** One line (with CRLF, as RFC 4180 and spreadsheet programs expect). */
    public static String line(List<?> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object f = fields.get(i);
            String s = f == null ? "" : f.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                out.append(s);
            }
        }
        return out.append("\r\n").toString();
    }
}
