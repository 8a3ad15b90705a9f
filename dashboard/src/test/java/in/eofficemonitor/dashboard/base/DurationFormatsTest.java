package in.eofficemonitor.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.dashboard.i18n.DashboardI18n;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class DurationFormatsTest {

    private static final Duration TWENTY_FIVE_DAYS_SEVENTEEN_HOURS = Duration.ofDays(25).plusHours(17).plusMinutes(40);

    @Test
    void aDwellOfDaysReadsInTheReadersLanguage() {
        assertThat(Formats.dwell(TWENTY_FIVE_DAYS_SEVENTEEN_HOURS, DashboardI18n.ENGLISH)).isEqualTo("25 d 17 h");
        assertThat(Formats.dwell(TWENTY_FIVE_DAYS_SEVENTEEN_HOURS, DashboardI18n.HINDI)).isEqualTo("25 दिन 17 घंटे");
    }

    @Test
    void underADayTheDwellIsHoursAndMinutes() {
        Duration d = Duration.ofHours(5).plusMinutes(7);
        assertThat(Formats.dwell(d, DashboardI18n.ENGLISH)).isEqualTo("5 h 7 min");
        assertThat(Formats.dwell(d, DashboardI18n.HINDI)).isEqualTo("5 घंटे 7 मिनट");
    }

    @Test
    void longDwellsAreGroupedTheIndianWay() {
        assertThat(Formats.dwell(Duration.ofDays(123_456), DashboardI18n.HINDI)).isEqualTo("1,23,456 दिन 0 घंटे");
    }

    @Test
    void millisecondsCarryTheirUnitInEitherLanguage() {
        assertThat(Formats.millis(OptionalDouble.of(1234.4), DashboardI18n.ENGLISH)).isEqualTo("1,234 ms");
        assertThat(Formats.millis(OptionalDouble.of(1234.4), DashboardI18n.HINDI)).isEqualTo("1,234 मि.से.");
        assertThat(Formats.millis(OptionalDouble.empty(), DashboardI18n.HINDI)).isEqualTo("–");
    }

    @Test
    void noHindiUnitIsLatin() {
        String text = Formats.dwell(TWENTY_FIVE_DAYS_SEVENTEEN_HOURS, DashboardI18n.HINDI)
                + Formats.dwell(Duration.ofMinutes(90), DashboardI18n.HINDI)
                + Formats.millis(OptionalDouble.of(3), DashboardI18n.HINDI);
        assertThat(text).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void aSettingsLengthIsWholeDaysOrHours() {
        assertThat(Formats.wholeDaysOrHours(Duration.ofDays(3), DashboardI18n.ENGLISH)).isEqualTo("3 days");
        assertThat(Formats.wholeDaysOrHours(Duration.ofDays(3), DashboardI18n.HINDI)).isEqualTo("3 दिन");
        assertThat(Formats.wholeDaysOrHours(Duration.ofHours(36), DashboardI18n.HINDI)).isEqualTo("36 घंटे");
    }
}
