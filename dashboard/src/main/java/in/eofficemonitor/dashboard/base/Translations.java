package in.eofficemonitor.dashboard.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** English and Hindi texts from {@code messages*.properties}; Vaadin's getTranslation() reads through this. */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale HINDI = Locale.forLanguageTag("hi");
    static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, HINDI);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale use = HINDI.getLanguage().equals(locale == null ? "" : locale.getLanguage()) ? HINDI : ENGLISH;
        try {
            String text = ResourceBundle.getBundle(BUNDLE, use, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, use).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
