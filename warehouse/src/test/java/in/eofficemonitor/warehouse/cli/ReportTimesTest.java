package in.eofficemonitor.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportTimesTest {

    @Test
    void aTimestampWithAnOffset() {
        assertThat(ReportTimes.parseInstant("--as-of", "2026-11-16T10:00:00+05:30"))
                .isEqualTo(Instant.parse("2026-11-16T04:30:00Z"));
        assertThat(ReportTimes.parseInstant("--as-of", "2026-11-16T04:30:00Z"))
                .isEqualTo(Instant.parse("2026-11-16T04:30:00Z"));
    }

    @Test
    void aDateIsTheStartOfThatDayInIndia() {
        assertThat(ReportTimes.parseInstant("--as-of", "2026-11-16")).isEqualTo(Instant.parse("2026-11-15T18:30:00Z"));
    }

    @Test
    void aTimeWithoutOffsetIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ReportTimes.parseInstant("--as-of", "2026-11-16T10:00"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--as-of '2026-11-16T10:00'")
                .hasMessageContaining("2026-11-16T10:00:00+05:30");
        assertThatThrownBy(() -> ReportTimes.parseDate("--from", "16-11-2026"))
                .hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void csvTimesCarryTheIndianOffset() {
        assertThat(ReportTimes.format(Instant.parse("2026-11-20T04:45:00Z"))).isEqualTo("2026-11-20T10:15:00+05:30");
    }
}
