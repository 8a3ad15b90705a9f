package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every English text has a Hindi one and the other way round; none is empty. */
class MessageBundlesInSyncTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesInSyncTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void hindiAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("messages_hi.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_hi.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
    }

    @Test
    void hindiTextsAreInDevanagari() throws Exception {
        Properties hi = load("messages_hi.properties");
        assertThat(hi.getProperty("nav.stuck")).isEqualTo("अटकी पत्रावलियाँ");
        assertThat(new Translations().getTranslation("trail.not-found", Translations.HINDI, "X"))
                .isEqualTo("आपके क्षेत्र में पत्रावली X नहीं मिली।");
    }
}
