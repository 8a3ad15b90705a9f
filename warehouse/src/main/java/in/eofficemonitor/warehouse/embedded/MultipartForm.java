package in.eofficemonitor.warehouse.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} request body, as ClickHouse reads one: its fields ({@code query}, {@code param_…},
 * settings) are parameters like those of the URL — what clients send when a parameter is too long for a URL.
 * A part with a file name is external data, which the embedded warehouse does not serve.
 */
final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename\\*?=");

    private MultipartForm() {}

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The fields of the form, read whole but no more than {@code maxBytes}. */
    static Map<String, String> fields(InputStream body, String contentType, long maxBytes, ClickHouseErrors errors)
            throws IOException {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw errors.error("BAD_ARGUMENTS", "multipart/form-data without a boundary");
        }
        String boundary = b.group(1) != null ? b.group(1) : b.group(2);
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw RequestBody.tooLarge(errors, "The form", maxBytes, "--max-query-text");
        }
        // ISO-8859-1 keeps one char per byte, so offsets are byte offsets; values are decoded as UTF-8.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        Map<String, String> fields = new LinkedHashMap<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int partStart = at + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break; // the closing delimiter
            }
            int headersEnd = text.indexOf("\r\n\r\n", partStart);
            int next = text.indexOf("\r\n" + delimiter, partStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw errors.error("BAD_ARGUMENTS", "A multipart/form-data part is cut short");
            }
            String headers = text.substring(partStart, headersEnd);
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                throw errors.error("BAD_ARGUMENTS", "A multipart/form-data part has no name");
            }
            if (FILENAME.matcher(headers).find()) {
                throw errors.error("NOT_IMPLEMENTED", "External data (a form part with a file name, '"
                        + name.group(1) + "') is not supported by the embedded warehouse");
            }
            String value = new String(bytes, headersEnd + 4, next - headersEnd - 4, StandardCharsets.UTF_8);
            fields.put(new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                    value);
            at = next + 2;
        }
        return fields;
    }
}
