package in.eofficemonitor.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesInSyncTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesInSyncTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void hindiAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("messages.properties");
        Properties hi = load("messages_hi.properties");

        assertThat(hi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allSatisfy(k -> {
            assertThat(en.getProperty(k)).as("en " + k).isNotBlank();
            assertThat(hi.getProperty(k)).as("hi " + k).isNotBlank();
        });
    }

    @Test
    void hindiTextIsInDevanagari() throws IOException {
        Properties hi = load("messages_hi.properties");

        assertThat(hi.getProperty("nav.stuck")).matches(".*[\\u0900-\\u097F].*");
        assertThat(new DashboardI18n().getTranslation("nav.stuck", DashboardI18n.HINDI)).isEqualTo(hi.getProperty("nav.stuck"));
        assertThat(new DashboardI18n().getTranslation("nav.stuck", DashboardI18n.ENGLISH)).isEqualTo("Stuck files");
    }
}
