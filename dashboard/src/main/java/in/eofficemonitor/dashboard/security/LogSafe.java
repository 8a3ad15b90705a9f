package in.eofficemonitor.dashboard.security;

/**
 * Text from outside (a typed user name, a URL, a query parameter) as it may go into a log line: control characters,
 * Unicode line and paragraph separators and bidirectional overrides become visible escapes ({@code \n},
 * {@code \r}, {@code \t}, {@code \}{@code uXXXX}) and a backslash is doubled, so no one can end a log line and forge
 * the next, or make one read backwards; cut at {@value #MAX} characters so a megabyte of URL is not a megabyte of log.
 */
public final class LogSafe {

    static final int MAX = 200;

    private LogSafe() {}

    public static String text(String raw) {
        if (raw == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX) + 8);
        for (int i = 0; i < raw.length() && i < MAX; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (raw.length() > MAX) {
            out.append("…(").append(raw.length()).append(" characters)");
        }
        return out.toString();
    }
}
