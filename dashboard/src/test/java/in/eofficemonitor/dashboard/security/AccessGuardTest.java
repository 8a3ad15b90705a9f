package in.eofficemonitor.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** What a user typed (a URL, a query parameter) reaches the WARN log as one line: no forged lines. */
class AccessGuardTest {

    private static final String FORGED = "KNJ-COLL\n09:00:00.000 WARN  i.e.d.s.AccessGuard Denied: user 'cs' asked for\r\u2028x";

    private final AccessGuard guard = new AccessGuard(new SimpleMeterRegistry(), denied -> {});

    @Test
    void typedTextIsLoggedEncodedOnOneLine() {
        try (CapturedLog log = new CapturedLog(AccessGuard.class)) {
            guard.denied("dm-kannauj", UserScope.state(), "stuck files of office " + FORGED);
            guard.deniedView("dm\nx", "health/" + FORGED);
            guard.deniedEndpoint("cs\r", "/actuator/" + FORGED);

            assertThat(log.messages()).hasSize(3).allSatisfy(m -> assertThat(m)
                    .doesNotContain("\n", "\r", "\u2028").contains("KNJ-COLL\\n09:00:00.000 WARN", "\\r\\u2028x"));
            assertThat(log.messages().get(1)).contains("user 'dm\\nx'");
        }
    }
}
