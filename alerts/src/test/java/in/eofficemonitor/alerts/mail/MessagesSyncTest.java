package in.eofficemonitor.alerts.mail;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.alerts.recipients.Language;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Hindi and English must say the same things: same keys, same placeholders. */
class MessagesSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final Messages en = Messages.of(Language.EN);
    private final Messages hi = Messages.of(Language.HI);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(hi.keys())).isEqualTo(new TreeSet<>(en.keys()));
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        for (String key : en.keys()) {
            assertThat(placeholders(hi.get(key))).as(key).isEqualTo(placeholders(en.get(key)));
        }
    }

    @Test
    void hindiIsReallyHindi() {
        // Every Hindi text except pure ranges/names carries Devanagari: catches an untranslated copy-paste.
        for (String key : hi.keys()) {
            String text = hi.get(key);
            boolean devanagari = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.DEVANAGARI);
            assertThat(devanagari).as("%s = %s", key, text).isTrue();
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
