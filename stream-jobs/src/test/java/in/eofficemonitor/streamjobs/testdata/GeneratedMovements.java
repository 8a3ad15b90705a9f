package in.eofficemonitor.streamjobs.testdata;

import in.eofficemonitor.streamjobs.contract.EventLineWriter;
import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.Desk;
import in.eofficemonitor.warehouse.registry.Office;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A seeded stream of file movements for the end-to-end tests: files walk between desks of three offices over
 * about a month, arriving slightly out of order (within the bound), with some duplicate, late, bad and
 * rule-breaking lines mixed in. Independent of the production simulator on purpose.
 */
public final class GeneratedMovements {

    public static final Instant START = Instant.parse("2026-10-01T04:30:00Z");

    /** One line as written, with the event behind it (null for a line that is not a valid event). */
    public record Line(String raw, MovementEvent event) {}

    public final List<Office> offices = new ArrayList<>();
    public final List<Desk> desks = new ArrayList<>();
    public final List<Line> lines = new ArrayList<>();

    private final Random random;

    private GeneratedMovements(long seed) {
        this.random = new Random(seed);
    }

    public static GeneratedMovements generate(long seed, int files) {
        GeneratedMovements g = new GeneratedMovements(seed);
        g.registry();
        g.movements(files);
        return g;
    }

    public Path write(Path dir) throws IOException {
        Path file = dir.resolve("events.jsonl");
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.raw()).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private void registry() {
        addOffice("KNJ-COLL", OfficeCategory.DISTRICT_OFFICE, "Kannauj");
        addOffice("SEC-REV", OfficeCategory.SECRETARIAT_DEPARTMENT, "");
        addOffice("PU-LKO", OfficeCategory.POLICE_UNIT, "Lucknow");
    }

    private void addOffice(String id, OfficeCategory category, String district) {
        offices.add(new Office(id, id + " office", id + " कार्यालय", category, district, "", "", RolloutStage.LIVE,
                LocalDate.of(2026, 4, 1)));
        for (int i = 1; i <= 4; i++) {
            desks.add(new Desk(id + "-D" + i, id, "Desk " + i, "पटल " + i, "Holder " + i));
        }
    }

    private void movements(int files) {
        record Arrival(MovementEvent e, long arrivalKey) {}
        List<Arrival> arrivals = new ArrayList<>();
        long spanMillis = Duration.ofDays(30).toMillis();
        for (int f = 0; f < files; f++) {
            String fileId = "UP/TEST/2026/" + String.format("%05d", f);
            ItemKind kind = random.nextInt(4) == 0 ? ItemKind.RECEIPT : ItemKind.FILE;
            Priority priority = switch (random.nextInt(10)) {
                case 0 -> Priority.MOST_IMMEDIATE;
                case 1, 2 -> Priority.IMMEDIATE;
                default -> Priority.NORMAL;
            };
            Desk desk = desks.get(random.nextInt(desks.size()));
            Instant t = START.plusMillis((long) (random.nextDouble() * spanMillis * 0.7));
            List<MovementEvent> walk = new ArrayList<>();
            walk.add(event(fileId + "-c", t, EventType.CREATED, kind, fileId, desk.officeId(), "", desk.deskId(), priority));
            int moves = random.nextInt(6);
            boolean closed = false;
            for (int m = 0; m < moves; m++) {
                t = t.plus(dwell());
                Desk next = nextDesk(desk);
                EventType type = random.nextInt(5) == 0 ? EventType.RETURNED : EventType.FORWARDED;
                walk.add(event(fileId + "-m" + m, t, type, kind, fileId, desk.officeId(), desk.deskId(), next.deskId(), priority));
                desk = next;
            }
            if (random.nextInt(10) < 6) {
                t = t.plus(dwell());
                walk.add(event(fileId + "-x", t, EventType.CLOSED, kind, fileId, desk.officeId(), desk.deskId(), "", priority));
                closed = true;
                if (random.nextInt(10) == 0) {
                    t = t.plus(dwell());
                    Desk back = nextDesk(desk);
                    walk.add(event(fileId + "-r", t, EventType.REOPENED, kind, fileId, back.officeId(), "", back.deskId(), priority));
                }
            }
            // Rule breakers: a second CREATED, a forward from a desk the file is not at, a reopen of an open file.
            if (random.nextInt(40) == 0) {
                walk.add(event(fileId + "-dup-create", t.plus(Duration.ofHours(1)), EventType.CREATED, kind, fileId,
                        desk.officeId(), "", desk.deskId(), priority));
            }
            if (random.nextInt(40) == 0 && !closed) {
                walk.add(event(fileId + "-wrong-desk", t.plus(Duration.ofHours(2)), EventType.FORWARDED, kind, fileId,
                        desk.officeId(), "NOWHERE-01", desk.deskId(), priority));
            }
            for (MovementEvent e : walk) {
                long jitter = (long) (random.nextDouble() * Duration.ofMinutes(8).toMillis());
                long key = e.ts().toEpochMilli() + jitter;
                if (random.nextInt(100) == 0) {
                    key += Duration.ofHours(2 + random.nextInt(20)).toMillis(); // arrives far too late
                }
                arrivals.add(new Arrival(e, key));
            }
        }
        // A forward of a file nobody created.
        arrivals.add(new Arrival(event("ghost-1", START.plus(Duration.ofDays(5)), EventType.FORWARDED, ItemKind.FILE,
                "UP/TEST/GHOST", "KNJ-COLL", "KNJ-COLL-D1", "KNJ-COLL-D2", Priority.NORMAL),
                START.plus(Duration.ofDays(5)).toEpochMilli()));
        arrivals.sort(Comparator.comparingLong(Arrival::arrivalKey).thenComparing(a -> a.e().eventId()));

        for (Arrival a : arrivals) {
            lines.add(new Line(EventLineWriter.toLine(a.e()), a.e()));
            int r = random.nextInt(100);
            if (r < 2) {
                // Redelivered a little later: same line again.
                int at = Math.max(0, lines.size() - 1 - random.nextInt(5));
                lines.add(lines.get(at));
            } else if (r == 2) {
                lines.add(new Line("{\"event_id\": \"broken", null));
            } else if (r == 3) {
                lines.add(new Line(EventLineWriter.toLine(a.e()).replace("\"file_id\"", "\"file\""), null));
            } else if (r == 4) {
                lines.add(new Line(EventLineWriter.toLine(a.e()).replace("\"type\":\"" + a.e().type() + "\"",
                        "\"type\":\"MISPLACED\""), null));
            }
        }
    }

    private Duration dwell() {
        // Mostly hours to a few days; one in five long enough to be stuck.
        return random.nextInt(5) == 0
                ? Duration.ofHours(24 * 3 + random.nextInt(24 * 9))
                : Duration.ofMinutes(30 + random.nextInt(60 * 48));
    }

    private Desk nextDesk(Desk current) {
        Desk d;
        do {
            d = desks.get(random.nextInt(desks.size()));
        } while (d.deskId().equals(current.deskId()));
        return d;
    }

    private static MovementEvent event(String id, Instant ts, EventType type, ItemKind kind, String fileId,
            String officeId, String from, String to, Priority priority) {
        return new MovementEvent(id, ts, type, kind, fileId, officeId, from, to, priority, "Subject of " + fileId);
    }
}
