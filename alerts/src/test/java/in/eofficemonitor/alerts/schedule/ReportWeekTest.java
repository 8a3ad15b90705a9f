package in.eofficemonitor.alerts.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportWeekTest {

    private static final LocalDate MONDAY_23_NOV = LocalDate.of(2026, 11, 23);

    @Test
    void mondayMorningInIndiaIsDueForTheWeekEndingThatMonday() {
        // 09:00 IST on Monday is 03:30 UTC the same day.
        assertThat(ReportWeek.dueAt(Instant.parse("2026-11-23T03:30:00Z")).monday()).isEqualTo(MONDAY_23_NOV);
    }

    @Test
    void sundayEveningUtcIsAlreadyMondayInIndia() {
        // 20:00 UTC on Sunday is 01:30 IST on Monday.
        assertThat(ReportWeek.dueAt(Instant.parse("2026-11-22T20:00:00Z")).monday()).isEqualTo(MONDAY_23_NOV);
    }

    @Test
    void midweekBelongsToThePreviousMonday() {
        assertThat(ReportWeek.dueAt(Instant.parse("2026-11-26T10:00:00Z")).monday()).isEqualTo(MONDAY_23_NOV);
    }

    @Test
    void weekRunsFromMidnightToMidnightIst() {
        ReportWeek week = new ReportWeek(MONDAY_23_NOV);
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-15T18:30:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-22T18:30:00Z"));
        assertThat(week.previous().end()).isEqualTo(week.start());
    }

    @Test
    void keyNamesTheIsoWeekOfTheCoveredDays() {
        assertThat(new ReportWeek(MONDAY_23_NOV).key()).isEqualTo("2026-W47");
        assertThat(new ReportWeek(LocalDate.of(2027, 1, 4)).key()).isEqualTo("2026-W53");
    }

    @Test
    void refusesADayThatIsNotAMonday() {
        assertThatThrownBy(() -> new ReportWeek(LocalDate.of(2026, 11, 24)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TUESDAY");
    }
}
