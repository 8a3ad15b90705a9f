package in.eofficemonitor.warehouse.embedded;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An error the engine reported, with ClickHouse's numeric error code parsed from its message. */
final class ChdbException extends RuntimeException {

    private static final Pattern CODE = Pattern.compile("Code: (\\d+)\\.");

    private final int code;

    ChdbException(int code, String message) {
        super(message);
        this.code = code;
    }

    /** Builds the exception from the engine's text, which starts with {@code Code: N. DB::Exception: ...}. */
    static ChdbException fromEngineMessage(String message) {
        Matcher m = CODE.matcher(message);
        int code = m.find() ? Integer.parseInt(m.group(1)) : ClickHouseErrors.UNKNOWN_EXCEPTION;
        return new ChdbException(code, message.strip());
    }

    int code() {
        return code;
    }
}
