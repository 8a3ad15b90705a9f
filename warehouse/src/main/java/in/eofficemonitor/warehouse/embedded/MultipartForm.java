package in.eofficemonitor.warehouse.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} request body, as ClickHouse reads one: its fields ({@code query}, {@code param_…},
 * settings, external data's {@code <name>_structure}) are parameters like those of the URL — what clients send
 * when a parameter is too long for a URL — and a part with a file name is an external-data table, spooled to a
 * temporary file. Read as a stream: the fields together are held up to {@code --max-query-text}, the files
 * count against the spill space.
 */
final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename\\*?=");
    private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_BOUNDARY_LENGTH = 200; // RFC 2046 allows 70

    /** The fields, and the file parts by name (each to be deleted by whoever holds the form). */
    record Form(Map<String, String> fields, Map<String, Spool> files) implements AutoCloseable {
        @Override
        public void close() {
            files.values().forEach(Spool::delete);
        }
    }

    private MultipartForm() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static Form read(InputStream body, String contentType, long maxFieldBytes, SpillSpace spillSpace,
            ClickHouseErrors errors) throws IOException {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw errors.error("BAD_ARGUMENTS", "multipart/form-data without a boundary");
        }
        String boundary = b.group(1) != null ? b.group(1) : b.group(2);
        if (boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw errors.error("BAD_ARGUMENTS", "A multipart/form-data boundary longer than "
                    + MAX_BOUNDARY_LENGTH + " characters");
        }
        Scanner in = new Scanner(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
        Form form = new Form(new LinkedHashMap<>(), new LinkedHashMap<>());
        try {
            Capped fieldBytes = new Capped(maxFieldBytes, errors, "The form's fields", "--max-query-text");
            if (!in.skipTo(in.delimiter, OutputStream.nullOutputStream())) {
                throw errors.error("BAD_ARGUMENTS", "A multipart/form-data body without its boundary");
            }
            while (!in.atClosingDelimiter()) {
                Capped headerBytes = new Capped(MAX_HEADER_BYTES, errors, "A form part's headers", "fixed");
                if (!in.skipTo(END_OF_HEADERS, headerBytes)) {
                    throw cutShort(errors);
                }
                String headers = headerBytes.bytes.toString(StandardCharsets.ISO_8859_1);
                Matcher name = NAME.matcher(headers);
                if (!name.find()) {
                    throw errors.error("BAD_ARGUMENTS", "A multipart/form-data part has no name");
                }
                String partName = new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
                if (FILENAME.matcher(headers).find()) {
                    Spool spool = Spool.create(spillSpace, "eoffice-warehouse-external");
                    Spool before = form.files.put(partName, spool);
                    if (before != null) {
                        before.delete();
                    }
                    if (!in.skipTo(in.delimiter, spool.out())) {
                        throw cutShort(errors);
                    }
                    spool.out().close();
                } else {
                    int from = fieldBytes.bytes.size();
                    if (!in.skipTo(in.delimiter, fieldBytes)) {
                        throw cutShort(errors);
                    }
                    form.fields.put(partName, new String(fieldBytes.bytes.toByteArray(), from,
                            fieldBytes.bytes.size() - from, StandardCharsets.UTF_8));
                }
            }
            return form;
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    private static ChdbException cutShort(ClickHouseErrors errors) {
        return errors.error("BAD_ARGUMENTS", "A multipart/form-data part is cut short");
    }

    /**
     * The body with a "\r\n" before it, so the first delimiter looks like every other one; copies up to a
     * delimiter and steps over it, holding no more than its buffer.
     */
    private static final class Scanner {
        private final InputStream in;
        final byte[] delimiter;
        private final byte[] buf = new byte[64 * 1024];
        private int start;
        private int end;
        private boolean eof;

        Scanner(InputStream in, byte[] delimiter) {
            this.in = in;
            this.delimiter = delimiter;
            buf[0] = '\r';
            buf[1] = '\n';
            end = 2;
        }

        /** Copies to {@code out} what comes before {@code delim} and steps over it; false at the end of input. */
        boolean skipTo(byte[] delim, OutputStream out) throws IOException {
            while (true) {
                int at = indexOf(delim);
                if (at >= 0) {
                    out.write(buf, start, at - start);
                    start = at + delim.length;
                    return true;
                }
                int safe = Math.max(start, end - delim.length + 1);
                out.write(buf, start, safe - start);
                start = safe;
                if (eof) {
                    return false;
                }
                fill();
            }
        }

        /** After a delimiter: "--" closes the form, anything else starts a part's headers. */
        boolean atClosingDelimiter() throws IOException {
            while (end - start < 2 && !eof) {
                fill();
            }
            return end - start < 2 || (buf[start] == '-' && buf[start + 1] == '-');
        }

        private int indexOf(byte[] delim) {
            outer:
            for (int i = start; i <= end - delim.length; i++) {
                for (int j = 0; j < delim.length; j++) {
                    if (buf[i + j] != delim[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private void fill() throws IOException {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }

    /** Keeps what is written, refusing more than {@code max} bytes. */
    private static final class Capped extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;
        private final ClickHouseErrors errors;
        private final String what;
        private final String option;

        Capped(long max, ClickHouseErrors errors, String what, String option) {
            this.max = max;
            this.errors = errors;
            this.what = what;
            this.option = option;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes.size() + (long) len > max) {
                throw RequestBody.tooLarge(errors, what, max, option);
            }
            bytes.write(b, off, len);
        }
    }
}
