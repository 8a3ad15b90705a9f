package in.eofficemonitor.streamjobs.testdata;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The clock-skew scenarios of the input boundary's tests, made from a generated stream of three offices. */
public final class SkewedFeeds {

    private SkewedFeeds() {}

    /**
     * The lines with {@code count} CREATED lines of new files from {@code officeId} whose year is ten too high (2036
     * typed for 2026), the first a third of the way in and then one every {@code every} lines.
     */
    public static List<GeneratedMovements.Line> typoedYears(List<GeneratedMovements.Line> lines, String officeId,
            int count, int every) {
        List<GeneratedMovements.Line> out = new ArrayList<>();
        int first = lines.size() / 3;
        int written = 0;
        Instant near = GeneratedMovements.START;
        for (int i = 0; i < lines.size(); i++) {
            GeneratedMovements.Line line = lines.get(i);
            if (line.event() != null) {
                near = line.event().ts();
            }
            out.add(line);
            if (written < count && i >= first && (i - first) % every == 0) {
                written++;
                Instant typo = near.atOffset(ZoneOffset.ofHoursMinutes(5, 30)).plusYears(10).toInstant();
                MovementEvent e = new MovementEvent("typo-" + written, typo, EventType.CREATED, ItemKind.FILE,
                        "UP/TYPO/" + written, officeId, "", officeId + "-D1", Priority.NORMAL, "a typed year");
                out.add(new GeneratedMovements.Line(EventLineWriter.toLine(e), e));
            }
        }
        return out;
    }

    /**
     * The same stream with a hole of {@code gap} half way: every event from the middle line on happened {@code gap}
     * later (the feed resumes after an outage). Lines that are not events stay as they are.
     */
    public static List<GeneratedMovements.Line> jump(List<GeneratedMovements.Line> lines, Duration gap) {
        List<GeneratedMovements.Line> out = new ArrayList<>();
        int middle = lines.size() / 2;
        for (int i = 0; i < lines.size(); i++) {
            GeneratedMovements.Line line = lines.get(i);
            if (i < middle || line.event() == null) {
                out.add(line);
            } else {
                MovementEvent e = line.event();
                MovementEvent later = new MovementEvent(e.eventId(), e.ts().plus(gap), e.type(), e.kind(), e.fileId(),
                        e.officeId(), e.fromDesk(), e.toDesk(), e.priority(), e.subject());
                out.add(new GeneratedMovements.Line(EventLineWriter.toLine(later), later));
            }
        }
        return out;
    }
}
