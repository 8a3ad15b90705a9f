package in.eofficemonitor.dashboard.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every word a user reads comes from {@code i18n/messages[_hi].properties} (UTF-8), through Vaadin's
 * {@code getTranslation}. English is the fallback; a missing key shows as {@code !key!} so it is seen, and
 * {@code MessageBundlesInSyncTest} keeps both bundles on the same keys.
 */
@Component
public class DashboardI18n implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale HINDI = Locale.forLanguageTag("hi");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, HINDI);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = locale != null && locale.getLanguage().equals("hi") ? HINDI : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, l).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static boolean isHindi(Locale locale) {
        return locale != null && locale.getLanguage().equals("hi");
    }
}
