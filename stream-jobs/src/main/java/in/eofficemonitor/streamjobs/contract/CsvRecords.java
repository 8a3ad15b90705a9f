package in.eofficemonitor.streamjobs.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, the small part the registry files need: comma separator, fields in double quotes may hold
 * commas, doubled quotes and line breaks; a UTF-8 byte-order mark (Excel writes one) is skipped. Each record
 * remembers the line it started on and its raw text, so a rejection can point at it.
 */
public final class CsvRecords {

    /**
     * One record as read: the line number it starts on (1-based), its fields, and its raw text; {@code error} says
     * what is malformed in it, at line {@code errorLine}, column {@code errorColumn} (1-based; 0 without an error).
     */
    public record CsvRecord(int lineNumber, List<String> fields, String raw, String error, int errorLine,
            int errorColumn) {

        CsvRecord(int lineNumber, List<String> fields, String raw) {
            this(lineNumber, fields, raw, null, 0, 0);
        }
    }

    private final BufferedReader in;
    private int line;
    private boolean first = true;

    public CsvRecords(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** The next record, or {@code null} at the end. Blank lines are skipped. */
    public CsvRecord next() {
        try {
            String text = in.readLine();
            while (text != null && text.isBlank()) {
                line++;
                text = in.readLine();
            }
            if (text == null) {
                return null;
            }
            line++;
            if (first) {
                first = false;
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
            }
            int start = line;
            StringBuilder raw = new StringBuilder(text);
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            int quoteLine = 0;
            int quoteColumn = 0;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (quoted) {
                        String more = in.readLine();
                        if (more == null) {
                            return new CsvRecord(start, fields, raw.toString(),
                                    "a quoted field opened here is not closed before the end of the file", quoteLine,
                                    quoteColumn);
                        }
                        line++;
                        raw.append('\n').append(more);
                        field.append('\n');
                        text = more;
                        i = 0;
                        continue;
                    }
                    fields.add(field.toString());
                    return new CsvRecord(start, fields, raw.toString());
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (c == '"' && field.isEmpty() && !afterQuote) {
                    quoted = true;
                    quoteLine = line;
                    quoteColumn = i;
                } else if (afterQuote) {
                    return new CsvRecord(start, fields, raw.toString(),
                            "text after a closing quote in field " + (fields.size() + 1), line, i);
                } else {
                    field.append(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record, quoting the fields that need it. */
    public static void write(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write('\n');
    }
}
