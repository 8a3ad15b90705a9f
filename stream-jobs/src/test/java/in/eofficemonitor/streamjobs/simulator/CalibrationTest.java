package in.eofficemonitor.streamjobs.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated office work stays near the public figures it is calibrated against (docs/simulator.md): about
 * 4–5 distinct levels per file, about 11 moves per e-file and 2.5 per receipt, same-month disposal around 30 %,
 * a heavy-tailed dwell and a few bottleneck desks. Four months at 3 % volume: about 2 lakh events.
 */
class CalibrationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final YearMonth FULL_MONTH = YearMonth.of(2026, 9);

    private static final class Item {
        ItemKind kind;
        LocalDate created;
        LocalDate closed;
        int moves;
        boolean reopened;
        final Set<String> desks = new HashSet<>();
    }

    private static final Map<String, Item> ITEMS = new HashMap<>();
    private static final Map<String, List<Long>> DWELL_BY_DESK = new HashMap<>();
    private static final List<Long> DWELLS = new ArrayList<>();

    @BeforeAll
    static void simulate() {
        WorldSimulator sim = new WorldSimulator(SimulatorFixtures.UP,
                new SimulationOptions(2026, FROM, LocalDate.of(2026, 10, 31), null, 0.03, 0.02));
        Map<String, MovementEvent> last = new HashMap<>();
        MovementEvent e;
        while ((e = sim.next()) != null) {
            Item it = ITEMS.computeIfAbsent(e.fileId(), k -> new Item());
            LocalDate day = LocalDate.ofInstant(e.ts(), OfficeCalendar.ZONE);
            MovementEvent prev = last.put(e.fileId(), e);
            if (prev != null && e.kind() == ItemKind.FILE && prev.type() != EventType.CLOSED) {
                long dwell = e.ts().getEpochSecond() - prev.ts().getEpochSecond();
                DWELLS.add(dwell);
                DWELL_BY_DESK.computeIfAbsent(prev.toDesk().isEmpty() ? prev.fromDesk() : prev.toDesk(),
                        k -> new ArrayList<>()).add(dwell);
            }
            switch (e.type()) {
                case CREATED -> {
                    it.kind = e.kind();
                    it.created = day;
                    it.desks.add(e.toDesk());
                }
                case FORWARDED, RETURNED -> {
                    it.moves++;
                    it.desks.add(e.toDesk());
                }
                case CLOSED -> it.closed = it.closed == null ? day : it.closed;
                case REOPENED -> it.reopened = true;
            }
        }
    }

    private static List<Item> closed(ItemKind kind) {
        return ITEMS.values().stream()
                .filter(i -> i.kind == kind && i.created != null && i.closed != null && !i.reopened).toList();
    }

    @Test
    void aboutFourToFiveDistinctLevelsPerFile() {
        double levels = closed(ItemKind.FILE).stream().mapToInt(i -> i.desks.size()).average().orElseThrow();
        assertThat(levels).isBetween(4.0, 6.0);
    }

    @Test
    void aboutElevenMovesPerEFile() {
        // Files closed within the window are the quicker ones, so the mean sits a little under 11.
        double moves = closed(ItemKind.FILE).stream().mapToInt(i -> i.moves).average().orElseThrow();
        assertThat(moves).isBetween(8.5, 13.0);
    }

    @Test
    void aboutTwoAndAHalfMovesPerReceipt() {
        double moves = closed(ItemKind.RECEIPT).stream().mapToInt(i -> i.moves).average().orElseThrow();
        assertThat(moves).isBetween(2.0, 3.0);
    }

    @Test
    void aboutThirtyPercentOfAMonthsFilesAreDisposedOfTheSameMonth() {
        List<Item> opened = ITEMS.values().stream()
                .filter(i -> i.kind == ItemKind.FILE && i.created != null && YearMonth.from(i.created).equals(FULL_MONTH))
                .toList();
        long sameMonth = opened.stream().filter(i -> i.closed != null && YearMonth.from(i.closed).equals(FULL_MONTH)).count();
        assertThat((double) sameMonth / opened.size()).isBetween(0.2, 0.42);
    }

    @Test
    void dwellIsMostlyHoursToDaysWithATailOfWeeks() {
        List<Long> sorted = DWELLS.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        long p99 = sorted.get((int) (sorted.size() * 0.99));
        assertThat(median).as("median dwell").isBetween(3_600L, 3 * 86_400L);
        assertThat(p99).as("99th percentile").isGreaterThan(14 * 86_400L);
    }

    @Test
    void aFewBottleneckDesksHoldFilesMuchLonger() {
        List<Double> means = DWELL_BY_DESK.values().stream().filter(l -> l.size() >= 30)
                .map(l -> l.stream().mapToLong(Long::longValue).average().orElseThrow()).sorted().toList();
        double median = means.get(means.size() / 2);
        double top = means.get((int) (means.size() * 0.99));
        assertThat(top).isGreaterThan(3 * median);
    }
}
