package in.eofficemonitor.alerts.mail;

import in.eofficemonitor.alerts.recipients.Language;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the mails in one language, from {@code i18n/alerts_<lang>.properties} (UTF-8).
 * Placeholders {@code {0}} are replaced by text the caller has already formatted; no MessageFormat,
 * so a number is never regrouped the Western way and an apostrophe needs no escaping.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.alerts";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        // No fallback to the JVM's default locale: a Hindi mail must never silently turn English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' for " + language, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The six age-bucket labels, in bucket order. */
    public List<String> ageBuckets() {
        return List.of(get("bucket.0_7"), get("bucket.8_15"), get("bucket.16_30"),
                get("bucket.31_90"), get("bucket.91_180"), get("bucket.over_180"));
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
