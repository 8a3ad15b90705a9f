package in.eofficemonitor.warehouse.rollups;

import static in.eofficemonitor.warehouse.fixtures.RollupFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import in.eofficemonitor.warehouse.Scope;
import in.eofficemonitor.warehouse.fixtures.RollupFixtures;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyQueries;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The daily roll-ups over {@link RollupFixtures}' week, against a replay of the same story done here in plain
 * Java (stays from the steps, grouped by Indian day, sorted for the quantiles), a few rows worked out by hand, and
 * the pendency query: each day's flow must be the change in what is pending.
 */
class RollupQueriesIT {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 5);

    private final RollupQueries rollups = new RollupQueries(RollupFixtures.warehouse());

    @Test
    void perDeskEqualsAPlainReplayOfTheStory() {
        List<Expected> expected = expected(RollupLevel.DESK, FROM, TO, office -> true);

        assertThat(expected).as("desk-days in the story").hasSizeGreaterThan(12);
        assertThat(rows(rollups.daily(FROM, TO, RollupLevel.DESK, Scope.state()))).containsExactlyElementsOf(expected);
    }

    @Test
    void perOfficeEqualsAPlainReplayOfTheStory() {
        assertThat(rows(rollups.daily(FROM, TO, RollupLevel.OFFICE, Scope.state())))
                .containsExactlyElementsOf(expected(RollupLevel.OFFICE, FROM, TO, office -> true));
    }

    @Test
    void aScopeKeepsToItsOfficesAndPeriodBoundsAreWholeIndianDays() {
        assertThat(rows(rollups.daily(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), RollupLevel.DESK,
                        Scope.district(KANPUR))))
                .containsExactlyElementsOf(expected(RollupLevel.DESK, LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 11, 4), KNP_COLL::equals));
        assertThat(rows(rollups.daily(FROM, TO, RollupLevel.OFFICE, Scope.office(LKO_COLL))))
                .containsExactlyElementsOf(expected(RollupLevel.OFFICE, FROM, TO, LKO_COLL::equals));
    }

    @Test
    void aDeskDayWorkedOutByHand() {
        // AG3 on Tue 03-11: U created, R received; Q (20 min, left 00:10 IST — still 02-11 in UTC) and U (2 h)
        // forwarded. Median of [20 min, 2 h] is the lower, 20 min; the 90th percentile is the 2nd of 2.
        DailyRollup ag3 = rollups.daily(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), RollupLevel.DESK,
                        Scope.office(KNP_COLL)).stream()
                .filter(r -> r.deskId().equals(KNP_AG3)).findFirst().orElseThrow();

        assertThat(ag3).extracting(DailyRollup::name, DailyRollup::created, DailyRollup::received,
                        DailyRollup::forwarded, DailyRollup::returned, DailyRollup::closed, DailyRollup::medianDwell,
                        DailyRollup::p90Dwell)
                .containsExactly("Assistant Grade 3", 1L, 1L, 2L, 0L, 0L, Optional.of(Duration.ofMinutes(20)),
                        Optional.of(Duration.ofHours(2)));
    }

    @Test
    void anOfficeDayWorkedOutByHand() {
        // Kanpur on 03-11: U created; R at AG3, Q, P and U at OS, P at the DM received, P back at OS by RETURNED.
        // Left: Q 20 min, U 2 h, P from the DM 6.5 h (returned), P from OS 22 h, R from OS 48 h: median the 3rd of
        // 5, the 90th percentile the 5th — over the office's stays, not a mean of its desks'.
        assertThat(rollups.daily(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), RollupLevel.OFFICE,
                        Scope.office(KNP_COLL)))
                .extracting(DailyRollup::name, DailyRollup::created, DailyRollup::received, DailyRollup::forwarded,
                        DailyRollup::returned, DailyRollup::closed, DailyRollup::medianDwell, DailyRollup::p90Dwell)
                .containsExactly(tuple("Collectorate Kanpur Nagar", 1L, 5L, 4L, 1L, 0L,
                        Optional.of(Duration.ofMinutes(390)), Optional.of(Duration.ofHours(48))));
    }

    @Test
    void aReopenedItemIsReceivedAndAnUnregisteredDeskIsNamedSo() {
        List<DailyRollup> wednesday = rollups.daily(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4),
                RollupLevel.DESK, Scope.office(KNP_COLL));

        assertThat(wednesday).filteredOn(r -> r.deskId().equals(KNP_AG3))
                .extracting(DailyRollup::received, DailyRollup::forwarded).containsExactly(tuple(1L, 1L));
        assertThat(wednesday).filteredOn(r -> r.deskId().equals(KNP_UNREGISTERED_DESK))
                .extracting(DailyRollup::registered, DailyRollup::name, DailyRollup::officeId, DailyRollup::received,
                        DailyRollup::medianDwell)
                .containsExactly(tuple(false, "Unregistered desk", KNP_COLL, 1L, Optional.empty()));
    }

    @Test
    void eachDaysFlowIsTheChangeInPendency() {
        PendencyQueries pendency = new PendencyQueries(RollupFixtures.warehouse());
        Map<String, Map<LocalDate, Long>> change = new HashMap<>();
        for (DailyRollup r : rollups.daily(FROM, TO, RollupLevel.DESK, Scope.state())) {
            change.computeIfAbsent(r.deskId(), k -> new HashMap<>()).put(r.day(), r.pendencyChange());
        }
        Map<String, Long> before = pendingAtEndOf(pendency, FROM.minusDays(1));
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            Map<String, Long> after = pendingAtEndOf(pendency, day);
            for (String desk : List.of(KNP_AG3, KNP_OS, KNP_DM, KNP_UNREGISTERED_DESK, LKO_AG3)) {
                long flow = change.getOrDefault(desk, Map.of()).getOrDefault(day, 0L);
                assertThat(after.getOrDefault(desk, 0L) - before.getOrDefault(desk, 0L))
                        .as("%s on %s", desk, day).isEqualTo(flow);
            }
            before = after;
        }
    }

    private static Map<String, Long> pendingAtEndOf(PendencyQueries pendency, LocalDate day) {
        Instant end = day.plusDays(1).atStartOfDay(IST).toInstant().minusMillis(1);
        Map<String, Long> byDesk = new HashMap<>();
        for (PendencyRow r : pendency.asOf(end, PendencyLevel.DESK, Scope.state())) {
            byDesk.put(r.id(), r.files() + r.receipts());
        }
        return byDesk;
    }

    // --- the independent replay ---------------------------------------------------------------------------

    /** A roll-up row as compared: day, id, the five counts, the two quantiles. */
    record Expected(LocalDate day, String id, long created, long received, long forwarded, long returned, long closed,
            Optional<Duration> median, Optional<Duration> p90) {}

    private static List<Expected> rows(List<DailyRollup> rollups) {
        return rollups.stream().map(r -> new Expected(r.day(), r.id(), r.created(), r.received(), r.forwarded(),
                r.returned(), r.closed(), r.medianDwell(), r.p90Dwell())).toList();
    }

    private record Stay(String office, String desk, Instant arrived, EventType arrivedBy, Instant left,
            EventType leftBy) {}

    /** The stays of the story: an item is at a desk from the step that puts it there to the next step of it. */
    private static List<Stay> stays() {
        List<Stay> done = new ArrayList<>();
        Map<String, Stay> open = new HashMap<>();
        Map<String, String> officeOfItem = new HashMap<>();
        for (Step s : STORY) {
            Stay current = open.remove(s.file());
            if (current != null) {
                done.add(new Stay(current.office(), current.desk(), current.arrived(), current.arrivedBy(), s.at(),
                        s.type()));
            }
            if (s.type() != EventType.CLOSED) {
                String itemOffice = s.type() == EventType.CREATED ? s.office() : officeOfItem.get(s.file());
                String office = OFFICE_OF_DESK.getOrDefault(s.toDesk(), itemOffice);
                officeOfItem.put(s.file(), office);
                open.put(s.file(), new Stay(office, s.toDesk(), s.at(), s.type(), null, null));
            }
        }
        done.addAll(open.values());
        return done;
    }

    private static List<Expected> expected(RollupLevel level, LocalDate from, LocalDate to, Predicate<String> office) {
        record Key(LocalDate day, String office, String desk) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = day.compareTo(o.day);
                c = c != 0 ? c : office.compareTo(o.office);
                return c != 0 ? c : desk.compareTo(o.desk);
            }
        }
        final class Counts {
            long created, received, forwarded, returned, closed;
            final List<Duration> dwell = new ArrayList<>();
        }
        TreeMap<Key, Counts> byKey = new TreeMap<>();
        for (Stay s : stays()) {
            if (!office.test(s.office())) {
                continue;
            }
            String desk = level == RollupLevel.DESK ? s.desk() : "";
            LocalDate arrivedOn = s.arrived().atZone(IST).toLocalDate();
            if (!arrivedOn.isBefore(from) && !arrivedOn.isAfter(to)) {
                Counts c = byKey.computeIfAbsent(new Key(arrivedOn, s.office(), desk), k -> new Counts());
                if (s.arrivedBy() == EventType.CREATED) {
                    c.created++;
                } else {
                    c.received++;
                }
            }
            if (s.left() != null) {
                LocalDate leftOn = s.left().atZone(IST).toLocalDate();
                if (!leftOn.isBefore(from) && !leftOn.isAfter(to)) {
                    Counts c = byKey.computeIfAbsent(new Key(leftOn, s.office(), desk), k -> new Counts());
                    switch (s.leftBy()) {
                        case FORWARDED -> c.forwarded++;
                        case RETURNED -> c.returned++;
                        case CLOSED -> c.closed++;
                        default -> throw new IllegalStateException(s.toString());
                    }
                    c.dwell.add(Duration.between(s.arrived(), s.left()));
                }
            }
        }
        List<Expected> out = new ArrayList<>();
        byKey.forEach((k, c) -> {
            List<Duration> sorted = c.dwell.stream().sorted().toList();
            int n = sorted.size();
            // nearest rank: the k-th smallest, k = ceil(p * n)
            Optional<Duration> median = n == 0 ? Optional.empty() : Optional.of(sorted.get(Math.ceilDiv(n, 2) - 1));
            Optional<Duration> p90 = n == 0 ? Optional.empty() : Optional.of(sorted.get(Math.ceilDiv(9 * n, 10) - 1));
            out.add(new Expected(k.day(), level == RollupLevel.DESK ? k.desk() : k.office(), c.created, c.received,
                    c.forwarded, c.returned, c.closed, median, p90));
        });
        return out;
    }
}
