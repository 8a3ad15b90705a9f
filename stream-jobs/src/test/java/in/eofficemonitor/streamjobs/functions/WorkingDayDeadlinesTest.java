package in.eofficemonitor.streamjobs.functions;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The remembered thresholds equal the calendar's own walk, for any arrival: midnights, days off, holidays. */
class WorkingDayDeadlinesTest {

    @Test
    void rememberedThresholdsEqualTheCalendarsWalk() {
        Instant from = OffsetDateTime.parse("2025-01-01T00:00:00+05:30").toInstant();
        SplittableRandom random = new SplittableRandom(11);
        for (OfficeCategory category : OfficeCategory.values()) {
            OfficeCalendar calendar = OfficeCalendar.forCategory(category);
            WorkingDayDeadlines deadlines = new WorkingDayDeadlines(calendar);
            for (int i = 0; i < 20_000; i++) {
                long day = random.nextLong(3 * 365);
                // a third of the arrivals at midnight, the rest anywhere in the day down to the nanosecond
                Instant arrival = from.plus(Duration.ofDays(day));
                if (i % 3 != 0) {
                    arrival = arrival.plusNanos(random.nextLong(86_400_000_000_000L));
                }
                int days = new int[] {0, 1, 3, 7, 10}[i % 5];
                for (int twice = 0; twice < 2; twice++) {
                    assertThat(deadlines.add(arrival, days)).as("%s %s + %d working days", category, arrival, days)
                            .isEqualTo(calendar.addWorkingDays(arrival, days));
                }
            }
        }
    }
}
