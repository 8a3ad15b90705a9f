package in.eofficemonitor.streamjobs.simulator;

import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.UP;
import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.events;
import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.lines;
import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.parse;
import static in.eofficemonitor.streamjobs.simulator.SimulatorFixtures.smallRun;
import static org.assertj.core.api.Assertions.assertThat;

import in.eofficemonitor.streamjobs.contract.EventLineParser;
import in.eofficemonitor.streamjobs.contract.ParseResult;
import in.eofficemonitor.streamjobs.contract.RejectionReason;
import in.eofficemonitor.streamjobs.functions.FileTransitions;
import in.eofficemonitor.streamjobs.functions.StayRules;
import in.eofficemonitor.streamjobs.records.FileState;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.streamjobs.records.SequencedEvent;
import in.eofficemonitor.streamjobs.registry.RegistryLookup;
import in.eofficemonitor.warehouse.stuck.StuckThresholds;
import in.eofficemonitor.warehouse.calendar.OfficeCalendar;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorldSimulatorTest {

    private static final List<MovementEvent> SMALL = events(smallRun(7));

    private static OfficeCategory categoryOf(String officeId) {
        return UP.model(officeId).office().category();
    }

    @Test
    void everyEmittedLineIsAcceptedByTheParserAsTheSameEvent() {
        List<String> lines = lines(smallRun(7), NoiseOptions.none());
        assertThat(lines).hasSize(SMALL.size()).hasSizeGreaterThan(2_000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(parse(lines.get(i))).isEqualTo(SMALL.get(i));
        }
    }

    @Test
    void fileModeBytesAreExactlyTheContractWritersLines() throws Exception {
        java.io.ByteArrayOutputStream fast = new java.io.ByteArrayOutputStream();
        EventLines lines = new EventLines(new WorldSimulator(UP, smallRun(7)), NoiseOptions.none(), 7);
        while (lines.writeNextLine(fast)) {
            // all of it
        }
        StringBuilder reference = new StringBuilder();
        for (MovementEvent e : SMALL) {
            reference.append(in.eofficemonitor.streamjobs.contract.EventLineWriter.toLine(e)).append('\n');
        }
        assertThat(fast.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(reference.toString());
    }

    @Test
    void aFileIsAtExactlyOneDeskOrClosedAndNoEventMovesItFromADeskItIsNotAt() {
        LifecycleChecker checker = new LifecycleChecker();
        for (MovementEvent e : SMALL) {
            assertThat(checker.apply(e)).as("%s", e).isNull();
        }
        long open = checker.positions().values().stream().filter(p -> !p.equals(LifecycleChecker.CLOSED)).count();
        assertThat(open).isPositive();
        assertThat(checker.positions().values()).allSatisfy(p -> assertThat(p).isNotBlank());
    }

    @Test
    void eventsComeInTimeOrderWithUniqueIds() {
        assertThat(SMALL).isSortedAccordingTo(Comparator.comparing(MovementEvent::ts));
        assertThat(SMALL).extracting(MovementEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void noEventOnADayTheActingOfficeIsClosed() {
        for (MovementEvent e : SMALL) {
            LocalDate day = LocalDate.ofInstant(e.ts(), OfficeCalendar.ZONE);
            assertThat(OfficeCalendar.forCategory(categoryOf(e.officeId())).isWorkingDay(day))
                    .as("%s on %s", e.eventId(), day).isTrue();
        }
        assertThat(SMALL).noneMatch(e -> LocalDate.ofInstant(e.ts(), OfficeCalendar.ZONE).equals(LocalDate.of(2026, 11, 14))
                && categoryOf(e.officeId()) != OfficeCategory.SECRETARIAT_DEPARTMENT);
    }

    @Test
    void afterHoursEventsOnlyAtTheConfiguredSmallShare() {
        double byDefault = afterHoursShare(SMALL);
        assertThat(byDefault).isBetween(0.005, 0.04);
        assertThat(afterHoursShare(events(smallRun(7).withAfterHoursShare(0)))).isZero();
        double tenPercent = afterHoursShare(events(smallRun(7).withAfterHoursShare(0.10)));
        assertThat(tenPercent).as("the share follows the setting").isBetween(0.05, 0.15).isGreaterThan(byDefault * 2);
    }

    private static double afterHoursShare(List<MovementEvent> events) {
        long after = 0;
        for (MovementEvent e : events) {
            OfficeHours hours = OfficeHours.forCategory(categoryOf(e.officeId()));
            int second = OfficeHours.secondOfDay(e.ts().getEpochSecond());
            if (second < hours.open || second >= hours.close) {
                after++;
            }
        }
        return (double) after / events.size();
    }

    @Test
    void receiptsAreEnteredByAssistantGrade3AndSomeArePutUpInAFile() {
        Map<String, String> designation = new HashMap<>();
        UP.desks().forEach(d -> designation.put(d.deskId(), d.designation()));
        List<MovementEvent> collectorate = SMALL.stream()
                .filter(e -> categoryOf(e.officeId()) == OfficeCategory.DISTRICT_OFFICE && e.officeId().endsWith("-COLL"))
                .toList();
        List<MovementEvent> entered = collectorate.stream()
                .filter(e -> e.kind() == ItemKind.RECEIPT && e.type() == EventType.CREATED).toList();
        assertThat(entered).isNotEmpty()
                .allSatisfy(e -> assertThat(designation.get(e.toDesk())).isEqualTo("Assistant Grade 3"));
        // "Put up in file": a receipt closed at a dealing desk and a file created on that desk at the same moment.
        long putUp = 0;
        for (int i = 0; i + 1 < SMALL.size(); i++) {
            MovementEvent r = SMALL.get(i);
            MovementEvent f = SMALL.get(i + 1);
            if (r.kind() == ItemKind.RECEIPT && r.type() == EventType.CLOSED && f.kind() == ItemKind.FILE
                    && f.type() == EventType.CREATED && f.ts().equals(r.ts()) && f.toDesk().equals(r.fromDesk())) {
                putUp++;
            }
        }
        long filesCreated = SMALL.stream().filter(e -> e.kind() == ItemKind.FILE && e.type() == EventType.CREATED).count();
        assertThat(putUp).as("files opened on a receipt").isPositive().isLessThan(filesCreated);
    }

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        assertThat(events(smallRun(7))).isEqualTo(SMALL);
        assertThat(events(smallRun(8))).isNotEqualTo(SMALL);
    }

    @Test
    void filesAreSentBackReopenedAndCrossFromKannaujToTheSecretariatAndBack() {
        List<MovementEvent> month = events(new SimulationOptions(11, SimulatorFixtures.WEEK_START,
                SimulatorFixtures.WEEK_START.plusDays(40), null, 0.05, 0.02));
        assertThat(month).anyMatch(e -> e.type() == EventType.RETURNED);
        assertThat(month).anyMatch(e -> e.type() == EventType.REOPENED);
        assertThat(month).anyMatch(e -> e.fromDesk().startsWith("KNJ-") && e.toDesk().startsWith("SEC-"));
        assertThat(month).anyMatch(e -> e.fromDesk().startsWith("SEC-") && e.toDesk().startsWith("KNJ-"));
        assertThat(month).anyMatch(e -> e.fromDesk().startsWith("HOD-") && e.toDesk().startsWith("SEC-"));
    }

    @Test
    void onlyLiveOfficesProduceEvents() {
        assertThat(SMALL).allSatisfy(e -> assertThat(UP.model(e.officeId()).live()).isTrue());
        assertThat(SMALL).noneMatch(e -> categoryOf(e.officeId()) == OfficeCategory.DIVISION_OFFICE);
    }

    @Test
    void prioritiesHaveTheirOwnPace() {
        List<MovementEvent> run = events(new SimulationOptions(3, SimulatorFixtures.WEEK_START,
                SimulatorFixtures.WEEK_START.plusDays(30), null, 0.05, 0.02));
        Map<String, MovementEvent> previous = new HashMap<>();
        Map<in.eofficemonitor.warehouse.movement.Priority, List<Long>> dwell =
                new EnumMap<>(in.eofficemonitor.warehouse.movement.Priority.class);
        for (MovementEvent e : run) {
            MovementEvent p = previous.put(e.fileId(), e);
            if (p != null && e.kind() == ItemKind.FILE && e.type() != EventType.REOPENED) {
                dwell.computeIfAbsent(e.priority(), k -> new ArrayList<>()).add(e.ts().getEpochSecond() - p.ts().getEpochSecond());
            }
        }
        long normal = median(dwell.get(in.eofficemonitor.warehouse.movement.Priority.NORMAL));
        long immediate = median(dwell.get(in.eofficemonitor.warehouse.movement.Priority.IMMEDIATE));
        long most = median(dwell.get(in.eofficemonitor.warehouse.movement.Priority.MOST_IMMEDIATE));
        assertThat(normal).isGreaterThan(immediate);
        assertThat(immediate).isGreaterThan(most);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void theBadLineModeProducesEveryRejectionReasonAndEachIsNamedAsSuch() {
        NoiseOptions noise = new NoiseOptions(0.2, 0.02, 0.02, java.time.Duration.ofMinutes(5));
        EventLines lines = new EventLines(new WorldSimulator(UP, smallRun(5)), noise, 5);
        List<MovementEvent> accepted = new ArrayList<>();
        Map<RejectionReason, Long> named = new EnumMap<>(RejectionReason.class);
        String l;
        while ((l = lines.nextLine()) != null) {
            ParseResult r = EventLineParser.parse(l);
            if (r instanceof ParseResult.Rejected rej) {
                named.merge(rej.reason(), 1L, Long::sum);
            } else {
                accepted.add(((ParseResult.Accepted) r).event());
            }
        }
        // The stream jobs apply events per file in (ts, event_id) order and drop repeated event ids: here the
        // product's own transition rules name the state-level reasons, as the job does.
        accepted.sort(Comparator.comparing(MovementEvent::ts).thenComparing(MovementEvent::eventId));
        FileTransitions transitions = new FileTransitions(new StayRules(
                RegistryLookup.of(UP.offices(), UP.desks()), StuckThresholds.defaults(), false));
        Map<String, FileState> files = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        long duplicates = 0;
        for (MovementEvent e : accepted) {
            if (!seen.add(e.eventId())) {
                duplicates++;
                continue;
            }
            SequencedEvent in = new SequencedEvent(e, "test", e.eventId(), "", e.ts().toEpochMilli(), false);
            FileTransitions.Result r = transitions.apply(files.get(e.fileId()), in, e.ts(), row -> { });
            if (r.accepted()) {
                files.put(e.fileId(), r.next());
            } else {
                assertThat(e.eventId()).as("only injected lines are rejected").endsWith("-x");
                named.merge(r.rejection(), 1L, Long::sum);
            }
        }
        // Not written into a line by the noise stage: LATE and FUTURE_TS are decided by the stream jobs from arrival
        // order; LINE_TOO_LONG, NOT_UTF8 and NOT_A_REGULAR_FILE by the sources, from bytes, before a line is text.
        assertThat(named.keySet()).containsExactlyInAnyOrderElementsOf(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(RejectionReason.LATE, RejectionReason.FUTURE_TS, RejectionReason.LINE_TOO_LONG,
                        RejectionReason.NOT_UTF8, RejectionReason.NOT_A_REGULAR_FILE)));
        assertThat(named).isEqualTo(new EnumMap<>(lines.badLines()));
        assertThat(duplicates).isEqualTo(lines.duplicates()).isPositive();
        assertThat(lines.lateEvents()).isPositive();
    }

    @Test
    void lateLinesArriveWithinTheirBoundAndDuplicatesRepeatTheSameLine() {
        NoiseOptions noise = new NoiseOptions(0, 0.05, 0.05, java.time.Duration.ofMinutes(5));
        List<String> noisy = lines(smallRun(7), noise);
        List<String> clean = lines(smallRun(7), NoiseOptions.none());
        assertThat(new java.util.HashSet<>(noisy)).isEqualTo(new java.util.HashSet<>(clean));
        assertThat(noisy.size()).isGreaterThan(clean.size());
        long maxBehind = 0;
        long latest = Long.MIN_VALUE;
        for (String l : noisy) {
            long ts = parse(l).ts().getEpochSecond();
            latest = Math.max(latest, ts);
            maxBehind = Math.max(maxBehind, latest - ts);
        }
        assertThat(maxBehind).isPositive().isLessThanOrEqualTo(5 * 60);
    }
}
