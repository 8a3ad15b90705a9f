package in.eofficemonitor.alerts.recipients;

import java.util.Locale;

/** The language a recipient reads mails (and the dashboard) in. */
public enum Language {
    HI(Locale.forLanguageTag("hi-IN")),
    EN(Locale.forLanguageTag("en-IN"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "hi", "hindi", "हिंदी", "हिन्दी" -> HI;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + text + "' (use hi or en)");
        };
    }
}
