package in.eofficemonitor.warehouse.rollout;

import static in.eofficemonitor.warehouse.fixtures.RollupFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.RollupFixtures;
import in.eofficemonitor.warehouse.fixtures.UpFixtures;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rollout activity (issue 4): first and latest e-file per office and active desks per office per week, over
 * {@link RollupFixtures}' story (against a replay of it here) and over {@link UpFixtures} (against the coverage
 * per category, which must be the sum of its offices).
 */
class OfficeActivityIT {

    private static final Instant AFTER_THE_STORY = ist("2026-11-10T00:00");

    private final RolloutQueries rollout = new RolloutQueries(RollupFixtures.warehouse());

    @Test
    void firstAndLatestEFilePerOffice() {
        // Kanpur: S (20-10) first, U (03-11 12:00) latest, P R S U — Q is a receipt. Lucknow: T, V.
        assertThat(rollout.byOffice(AFTER_THE_STORY, Scope.state()))
                .extracting(OfficeActivity::officeId, OfficeActivity::firstEFile, OfficeActivity::latestEFile,
                        OfficeActivity::eFilesInHistory, OfficeActivity::desks)
                .containsExactly(
                        tuple(KNP_COLL, Optional.of(ist("2026-10-20T10:00")), Optional.of(ist("2026-11-03T12:00")), 4L,
                                3L),
                        tuple(LKO_COLL, Optional.of(ist("2026-11-03T10:00")), Optional.of(ist("2026-11-09T10:00")), 2L,
                                1L));
    }

    @Test
    void theEFilesAreAsOfTheTimeAsked() {
        assertThat(rollout.byOffice(ist("2026-11-03T11:00"), Scope.office(LKO_COLL)))
                .extracting(OfficeActivity::firstEFile, OfficeActivity::latestEFile, OfficeActivity::eFilesInHistory)
                .containsExactly(tuple(Optional.of(ist("2026-11-03T10:00")), Optional.of(ist("2026-11-03T10:00")), 1L));
        assertThat(rollout.byOffice(ist("2026-10-01T00:00"), Scope.office(LKO_COLL)))
                .extracting(OfficeActivity::firstEFile, OfficeActivity::eFilesInHistory, OfficeActivity::registered)
                .containsExactly(tuple(Optional.empty(), 0L, true));
    }

    @Test
    void activeDesksPerWeekEqualAReplayOfTheStory() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 12);

        List<WeeklyActiveDesks> weeks = rollout.activeDesksByWeek(from, to, Scope.state());

        assertThat(weeks).extracting(WeeklyActiveDesks::officeId, WeeklyActiveDesks::week,
                        WeeklyActiveDesks::activeDesks)
                .containsExactlyElementsOf(replayedActiveDesks(from, to));
        // Worked out by hand: Kanpur's week of 02-11 saw AG3 (created P, Q, U; forwarded S), OS (forwarded R and P,
        // closed P) and the DM (returned P); the unregistered desk only received S. Sunday 01-11 belongs to the
        // week of 26-10 (R created at OS).
        assertThat(weeks).filteredOn(w -> w.officeId().equals(KNP_COLL))
                .extracting(WeeklyActiveDesks::week, WeeklyActiveDesks::desks, WeeklyActiveDesks::activeDesks)
                .containsExactly(tuple(LocalDate.of(2026, 10, 26), 3L, 1L), tuple(LocalDate.of(2026, 11, 2), 3L, 3L),
                        tuple(LocalDate.of(2026, 11, 9), 3L, 0L));
    }

    @Test
    void aScopedWeekListsOnlyItsOffices() {
        assertThat(rollout.activeDesksByWeek(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9),
                        Scope.office(LKO_COLL)))
                .extracting(WeeklyActiveDesks::officeId, WeeklyActiveDesks::name, WeeklyActiveDesks::week,
                        WeeklyActiveDesks::activeDesks)
                .containsExactly(tuple(LKO_COLL, "Collectorate Lucknow", LocalDate.of(2026, 11, 9), 1L));
        assertThat(rollout.activeDesksByWeek(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9),
                Scope.district("Agra"))).isEmpty();
    }

    @Test
    void theOfficesOfACategoryAddUpToItsCoverageRow() {
        RolloutQueries up = new RolloutQueries(UpFixtures.warehouse());
        Map<Optional<OfficeCategory>, Long> byOffice = up.byOffice(UpFixtures.NOW, Scope.state()).stream()
                .collect(Collectors.groupingBy(OfficeActivity::category,
                        Collectors.summingLong(OfficeActivity::filesCreated)));

        for (RolloutRow row : up.byCategory(UpFixtures.NOW)) {
            assertThat(byOffice.getOrDefault(row.category(), 0L)).as("%s", row.category())
                    .isEqualTo(row.filesCreated());
        }
    }

    @Test
    void anUnregisteredOfficeWithEFilesIsListedAndAnOpeningBalanceIsShownApart() {
        List<OfficeActivity> up = new RolloutQueries(UpFixtures.warehouse()).byOffice(UpFixtures.NOW, Scope.state());

        assertThat(up).filteredOn(a -> a.officeId().equals(UpFixtures.GZB_TEHSIL))
                .extracting(OfficeActivity::registered, OfficeActivity::name, OfficeActivity::category,
                        OfficeActivity::eFilesInHistory)
                .containsExactly(tuple(false, "Unregistered office", Optional.empty(), 1L));
        // H is the Revenue Department's only e-file in the history; 86,53,999 came before it.
        assertThat(up).filteredOn(a -> a.officeId().equals(UpFixtures.SEC_REV))
                .extracting(OfficeActivity::eFilesInHistory, OfficeActivity::openingBalance,
                        OfficeActivity::filesCreated, a -> a.firstEFile().equals(a.latestEFile()))
                .containsExactly(tuple(1L, 8_653_999L, 8_654_000L, true));
    }

    /** (office, week, active desks) for every registered office and week, from the story's actions. */
    private static List<org.assertj.core.groups.Tuple> replayedActiveDesks(LocalDate from, LocalDate to) {
        Map<String, String> deskOfItem = new HashMap<>();
        Map<String, String> officeOfItem = new HashMap<>();
        Map<String, Map<LocalDate, Set<String>>> active = new TreeMap<>();
        for (String office : List.of(KNP_COLL, LKO_COLL)) {
            active.put(office, new TreeMap<>());
        }
        for (Step s : STORY) {
            // the desk that acts: where a CREATED puts the item, the desk a move or close takes it from
            String actingDesk = s.type() == EventType.CREATED ? s.toDesk()
                    : s.type() == EventType.REOPENED ? null : deskOfItem.get(s.file());
            String actingOffice = s.type() == EventType.CREATED
                    ? OFFICE_OF_DESK.getOrDefault(s.toDesk(), s.office()) : officeOfItem.get(s.file());
            if (actingDesk != null) {
                LocalDate week = s.at().atZone(IST).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                active.computeIfAbsent(actingOffice, k -> new TreeMap<>())
                        .computeIfAbsent(week, k -> new HashSet<>()).add(actingDesk);
            }
            if (s.type() == EventType.CLOSED) {
                deskOfItem.remove(s.file());
            } else {
                String office = OFFICE_OF_DESK.getOrDefault(s.toDesk(),
                        s.type() == EventType.CREATED ? s.office() : officeOfItem.get(s.file()));
                deskOfItem.put(s.file(), s.toDesk());
                officeOfItem.put(s.file(), office);
            }
        }
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
        active.forEach((office, weeks) -> {
            for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
                rows.add(tuple(office, week, (long) weeks.getOrDefault(week, Set.of()).size()));
            }
        });
        return rows;
    }
}
