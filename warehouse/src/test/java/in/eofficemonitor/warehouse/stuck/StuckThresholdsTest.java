package in.eofficemonitor.warehouse.stuck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StuckThresholdsTest {

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    @Test
    void defaultsFollowCsmopParaSixty() {
        StuckThresholds t = StuckThresholds.defaults();
        for (OfficeCategory c : OfficeCategory.values()) {
            assertThat(t.days(c, Priority.NORMAL)).isEqualTo(7);
            assertThat(t.days(c, Priority.IMMEDIATE)).isEqualTo(3);
            assertThat(t.days(c, Priority.MOST_IMMEDIATE)).isEqualTo(1);
        }
    }

    @Test
    void oneOfficeCategoryCanHaveItsOwnThreshold() {
        Properties p = new Properties();
        p.setProperty("POLICE_UNIT.NORMAL", "5");
        StuckThresholds t = StuckThresholds.fromProperties(p);
        assertThat(t.days(OfficeCategory.POLICE_UNIT, Priority.NORMAL)).isEqualTo(5);
        assertThat(t.days(OfficeCategory.HOD_OFFICE, Priority.NORMAL)).isEqualTo(7);
    }

    @Test
    void unknownKeysAndNonNumbersAreRefused() {
        Properties typo = new Properties();
        typo.setProperty("POLICE.NORMAL", "5");
        assertThatThrownBy(() -> StuckThresholds.fromProperties(typo)).hasMessageContaining("POLICE.NORMAL");
        Properties words = new Properties();
        words.setProperty("default.NORMAL", "seven");
        assertThatThrownBy(() -> StuckThresholds.fromProperties(words)).hasMessageContaining("whole days");
    }

    @Test
    void normalFileArrivingFridayInTheSecretariatIsStuckOnTheSecondWednesdayAfter() {
        Instant arrival = ist("2026-11-20T15:00");
        assertThat(StuckThresholds.defaults().stuckAt(OfficeCategory.SECRETARIAT_DEPARTMENT, Priority.NORMAL, arrival, false))
                .isEqualTo(ist("2026-12-02T15:00"));
    }

    @Test
    void calendarDaysSwitchIgnoresWeekendsAndHolidays() {
        Instant arrival = ist("2026-11-20T15:00");
        assertThat(StuckThresholds.defaults().stuckAt(OfficeCategory.SECRETARIAT_DEPARTMENT, Priority.NORMAL, arrival, true))
                .isEqualTo(ist("2026-11-27T15:00"));
    }

    @Test
    void immediateFileInACollectorateBeforeTheSecondSaturdaySkipsIt() {
        // Thu 12 Nov 16:00 + 3 working days: Thu (8 h) Fri 13, (Sat 14 second Saturday, Sun 15), Mon 16, 16 h of Tue 17.
        Instant arrival = ist("2026-11-12T16:00");
        assertThat(StuckThresholds.defaults().stuckAt(OfficeCategory.DISTRICT_OFFICE, Priority.IMMEDIATE, arrival, false))
                .isEqualTo(ist("2026-11-17T16:00"));
    }
}
