package in.eofficemonitor.warehouse.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    private static final OfficeCalendar SECRETARIAT = OfficeCalendar.forCategory(OfficeCategory.SECRETARIAT_DEPARTMENT);
    private static final OfficeCalendar COLLECTORATE = OfficeCalendar.forCategory(OfficeCategory.DISTRICT_OFFICE);

    private static final LocalDate SECOND_SATURDAY_NOV_2026 = LocalDate.of(2026, 11, 14);
    private static final LocalDate THIRD_SATURDAY_NOV_2026 = LocalDate.of(2026, 11, 21);
    private static final LocalDate HOLI_2026 = LocalDate.of(2026, 3, 4);
    private static final LocalDate GURU_NANAK_JAYANTI_2026 = LocalDate.of(2026, 11, 24);
    private static final LocalDate AN_ORDINARY_THURSDAY = LocalDate.of(2026, 11, 19);

    private static Instant ist(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
    }

    @Test
    void secondSaturdayIsOffForDistrictOfficesButThirdSaturdayIsWorked() {
        assertThat(COLLECTORATE.isWorkingDay(SECOND_SATURDAY_NOV_2026)).isFalse();
        assertThat(COLLECTORATE.isWorkingDay(THIRD_SATURDAY_NOV_2026)).isTrue();
        assertThat(OfficeCalendar.forCategory(OfficeCategory.POLICE_UNIT).isWorkingDay(THIRD_SATURDAY_NOV_2026))
                .isTrue();
    }

    @Test
    void secretariatWorksAFiveDayWeek() {
        assertThat(SECRETARIAT.isWorkingDay(THIRD_SATURDAY_NOV_2026)).isFalse();
        assertThat(SECRETARIAT.isWorkingDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
        assertThat(SECRETARIAT.isWorkingDay(AN_ORDINARY_THURSDAY)).isTrue();
    }

    @Test
    void gazettedHolidaysAreOffEverywhere() {
        for (OfficeCategory c : OfficeCategory.values()) {
            OfficeCalendar cal = OfficeCalendar.forCategory(c);
            assertThat(cal.isWorkingDay(HOLI_2026)).as("Holi in %s", c).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2026, 1, 26))).as("Republic Day in %s", c).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2026, 4, 14))).as("Ambedkar Jayanti in %s", c).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2027, 10, 2))).as("Gandhi Jayanti in %s", c).isFalse();
            assertThat(cal.isWorkingDay(LocalDate.of(2025, 12, 25))).as("Christmas in %s", c).isFalse();
        }
    }

    @Test
    void fridayAfternoonArrivalInTheSecretariatIsStuckAfterSevenWorkingDaysSkippingTheWeekendsAndGuruNanakJayanti() {
        Instant friday = ist("2026-11-20T15:00");
        // 9 h on Friday, then Mon 23, (Tue 24 holiday), Wed 25, Thu 26, Fri 27, Mon 30, Tue 1 Dec, 15 h of Wed 2 Dec.
        assertThat(SECRETARIAT.addWorkingDays(friday, 7)).isEqualTo(ist("2026-12-02T15:00"));
        assertThat(SECRETARIAT.isHoliday(GURU_NANAK_JAYANTI_2026)).isTrue();
    }

    @Test
    void mostImmediateFileArrivingFridayInTheSecretariatIsDueMondaySameTime() {
        assertThat(SECRETARIAT.addWorkingDays(ist("2026-11-20T15:00"), 1)).isEqualTo(ist("2026-11-23T15:00"));
    }

    @Test
    void districtOfficeSkipsSecondSaturdayAndSunday() {
        assertThat(COLLECTORATE.addWorkingDays(ist("2026-11-13T10:00"), 1)).isEqualTo(ist("2026-11-16T10:00"));
    }

    @Test
    void districtOfficeCountsTheThirdSaturday() {
        assertThat(COLLECTORATE.addWorkingDays(ist("2026-11-20T10:00"), 1)).isEqualTo(ist("2026-11-21T10:00"));
    }

    @Test
    void arrivalOnASundayStartsCountingAtMidnightOfTheNextWorkingDay() {
        // Sunday 22 Nov: counting starts Mon 23 00:00; one full day is reached at Tue 24 00:00
        // (Tuesday itself being Guru Nanak Jayanti does not matter: the day was already complete).
        assertThat(COLLECTORATE.addWorkingDays(ist("2026-11-22T11:00"), 1)).isEqualTo(ist("2026-11-24T00:00"));
        // Two days need Tuesday's time too, so they run through Wednesday.
        assertThat(COLLECTORATE.addWorkingDays(ist("2026-11-22T11:00"), 2)).isEqualTo(ist("2026-11-26T00:00"));
    }

    @Test
    void arrivalOnHoliStartsCountingTheNextDay() {
        // Thu 5, Fri 6 and Sat 7 (the first Saturday is worked) make three full days.
        assertThat(COLLECTORATE.addWorkingDays(ist("2026-03-04T12:30"), 3)).isEqualTo(ist("2026-03-08T00:00"));
    }

    @Test
    void workingHoursSkipTheWeekendLikeWorkingDays() {
        // Friday 20 Nov 20:00 in the Secretariat: 4 h left on Friday, then Monday from 00:00.
        assertThat(SECRETARIAT.addWorkingTime(ist("2026-11-20T20:00"), java.time.Duration.ofHours(16)))
                .isEqualTo(ist("2026-11-23T12:00"));
        assertThat(SECRETARIAT.addWorkingTime(ist("2026-11-20T15:00"), java.time.Duration.ofDays(7)))
                .isEqualTo(SECRETARIAT.addWorkingDays(ist("2026-11-20T15:00"), 7));
    }

    @Test
    void zeroDaysIsTheArrivalOnAWorkingDay() {
        Instant t = ist("2026-11-19T11:00");
        assertThat(SECRETARIAT.addWorkingDays(t, 0)).isEqualTo(t);
    }

    @Test
    void calendarDaysCountEveryDayAsTwentyFourHours() {
        OfficeCalendar plain = OfficeCalendar.calendarDays();
        assertThat(plain.isWorkingDay(HOLI_2026)).isTrue();
        assertThat(plain.isWorkingDay(SECOND_SATURDAY_NOV_2026)).isTrue();
        assertThat(plain.addWorkingDays(ist("2026-11-20T15:00"), 7)).isEqualTo(ist("2026-11-27T15:00"));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> SECRETARIAT.addWorkingDays(Instant.EPOCH, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedHolidayListHasTheFixedDateHolidaysOfEveryYear() {
        var dates = GazettedHolidays.uttarPradesh().stream().map(GazettedHoliday::date).toList();
        for (int year = 2025; year <= 2027; year++) {
            assertThat(dates).contains(
                    LocalDate.of(year, 1, 26),
                    LocalDate.of(year, 4, 14),
                    LocalDate.of(year, 8, 15),
                    LocalDate.of(year, 10, 2),
                    LocalDate.of(year, 12, 25));
        }
        assertThat(GazettedHolidays.uttarPradesh()).allSatisfy(h -> assertThat(h.nameHi()).isNotBlank());
    }

    @Test
    void holidayListWithoutItsHeaderIsRefusedWithTheLineNumber() {
        assertThatThrownBy(() -> GazettedHolidays.read(new StringReader("# c\n2026-01-26,Republic Day,x\n"), "list.csv"))
                .hasMessageContaining("list.csv line 2");
    }

    @Test
    void aNotificationReplacesTheShippedList() throws Exception {
        var notification = GazettedHolidays.read(
                new StringReader("date,name,name_hi\n2026-11-19,Local holiday,स्थानीय अवकाश\n"), "notification");
        OfficeCalendar cal = OfficeCalendar.forCategory(OfficeCategory.DISTRICT_OFFICE, notification);
        assertThat(cal.isWorkingDay(AN_ORDINARY_THURSDAY)).isFalse();
        assertThat(cal.isWorkingDay(HOLI_2026)).isTrue();
    }
}
