package in.eofficemonitor.streamjobs.simulator;

import in.eofficemonitor.streamjobs.records.MovementEvent;
import in.eofficemonitor.warehouse.movement.EventType;
import in.eofficemonitor.warehouse.movement.ItemKind;
import in.eofficemonitor.warehouse.movement.Priority;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The e-Office world as a discrete-event simulation: every open file or receipt has one pending action (the
 * holder of its current desk acts on it), kept in a heap ordered by time, so events come out in time order.
 * Deterministic: one {@link SplittableRandom} from the seed, a heap with total order (time, then slot).
 *
 * <p>Behaviour (calibration in docs/simulator.md): arrivals per office and working day proportional to the
 * office's dealing desks; files climb the hierarchy to a deciding level (about 4–5 distinct desks), with
 * send-backs (RETURNED), come back down and are closed at the dealing desk (about 11 moves per file); receipts are
 * entered at the dak desk and marked on (about 2.5 moves), and some are put up in a new file; files of district
 * offices, HOD offices and police units may go to the Secretariat (or their controlling office) and come back;
 * dwell at a desk is log-normal in office hours with a heavy tail, priorities have their own pace, a few
 * bottleneck desks hold files much longer; a few closed files are reopened. Events happen on the acting office's
 * working days within office hours, except a configured small share after closing time.
 */
public final class WorldSimulator {

    // Phases of an item.
    private static final byte CREATE_FILE = 0, CREATE_RECEIPT = 1, UP = 2, DOWN = 3, FOREIGN_UP = 4, FOREIGN_DOWN = 5,
            RECEIPT = 6, AWAIT_REOPEN = 7, CONSUMED = 8, FREE = 9;

    private static final int SLOT_BITS = 24;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final int DAY_TICK = 0;

    private static final Priority[] PRIORITIES = Priority.values();

    private final Scenario scenario;
    private final SimulationOptions options;
    private final SplittableRandom random;
    private final OfficeHours[] hoursOf; // per office
    private final boolean[] bottleneck; // per desk
    private final String[] deskIds;
    private final String[] officeIds;
    private final OfficeModel[] models;
    private final OfficeCategory[] categoryOf;
    private final String[][] subjects; // per office
    private final long baseDay; // epoch day of options.from
    private final long endTime; // exclusive end in epoch seconds, Long.MAX_VALUE when unbounded
    private final int[][] quotaPlan; // per office, per day index: files to open; null if no quota
    private final long quotaDays;
    private final long[] filesCreated; // per office
    private final long[] receiptsCreated; // per office
    private final int[] fileSeq; // per office
    private final int[] receiptSeq; // per office
    private final IntQueue[] receiptPool; // per office: receipts waiting at a dealing desk

    // Per-slot state (structure of arrays; slots are reused).
    private int capacity = 1 << 14;
    private String[] itemId = new String[capacity];
    private byte[] phase = new byte[capacity];
    private byte[] kind = new byte[capacity]; // 0 file, 1 receipt
    private byte[] priority = new byte[capacity];
    private int[] desk = new int[capacity];
    private int[] office = new int[capacity];
    private int[] home = new int[capacity];
    private byte[] level = new byte[capacity];
    private byte[] peak = new byte[capacity];
    private byte[] loops = new byte[capacity];
    private byte[] movesLeft = new byte[capacity];
    private int[] section = new int[capacity];
    private int[] spread = new int[capacity];
    private int[] returnDesk = new int[capacity];
    private boolean[] reopened = new boolean[capacity];
    private long[] due = new long[capacity];
    private final IntQueue freeSlots = new IntQueue();
    private int nextSlot = 1; // slot 0 is the day tick

    private long[] heap = new long[1 << 14];
    private int heapSize;

    private final ArrayDeque<MovementEvent> out = new ArrayDeque<>();
    private long eventSeq;
    private final String eventPrefix;
    private long currentDayTick; // day index of the next day tick
    private boolean finished;
    private long openItems;

    public WorldSimulator(Scenario scenario, SimulationOptions options) {
        this.scenario = scenario;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.models = scenario.models().toArray(OfficeModel[]::new);
        int offices = models.length;
        this.hoursOf = new OfficeHours[offices];
        this.categoryOf = new OfficeCategory[offices];
        // Two calendars: the Secretariat's, and the one every other category shares.
        OfficeHours secretariat = OfficeHours.forCategory(OfficeCategory.SECRETARIAT_DEPARTMENT);
        OfficeHours others = OfficeHours.forCategory(OfficeCategory.HOD_OFFICE);
        for (int i = 0; i < offices; i++) {
            categoryOf[i] = models[i].office().category();
            hoursOf[i] = categoryOf[i] == OfficeCategory.SECRETARIAT_DEPARTMENT ? secretariat : others;
        }
        // Re-made from bytes so that they are compact (Latin-1) strings: ids read through a builder that also held
        // Devanagari come out UTF-16, and appending one turns a whole line into UTF-16 (measured: the hot spot).
        this.deskIds = scenario.desks().stream().map(d -> compact(d.deskId())).toArray(String[]::new);
        this.officeIds = scenario.offices().stream().map(o -> compact(o.officeId())).toArray(String[]::new);
        this.bottleneck = new boolean[deskIds.length];
        for (int d = 0; d < deskIds.length; d++) {
            // About 2 % of desks are bottlenecks: they hold files several times longer than their peers.
            bottleneck[d] = random.nextInt(50) == 0;
        }
        this.subjects = new String[offices][];
        Map<String, List<String>> byScope = SubjectList.byScope();
        for (int i = 0; i < offices; i++) {
            List<String> s = new ArrayList<>(byScope.getOrDefault("ANY", List.of()));
            s.addAll(byScope.getOrDefault(models[i].subjectScope(), List.of()));
            subjects[i] = s.toArray(String[]::new);
        }
        requireNoEscapes();
        this.baseDay = options.from().toEpochDay();
        this.endTime = options.until() == null ? Long.MAX_VALUE : OfficeHours.at(options.until().toEpochDay() + 1, 0);
        this.filesCreated = new long[offices];
        this.receiptsCreated = new long[offices];
        this.fileSeq = new int[offices];
        this.receiptSeq = new int[offices];
        this.receiptPool = new IntQueue[offices];
        for (int i = 0; i < offices; i++) {
            receiptPool[i] = new IntQueue();
        }
        this.eventPrefix = "s" + options.seed() + "-";
        if (options.quotaUntil() != null) {
            quotaDays = options.quotaUntil().toEpochDay() - baseDay + 1;
            quotaPlan = planQuotas(new SplittableRandom(options.seed() ^ 0x5eed_0f_a11L));
        } else {
            quotaDays = 0;
            quotaPlan = null;
        }
        push(OfficeHours.at(baseDay, 0), DAY_TICK);
        currentDayTick = 0;
    }

    private static String compact(String ascii) {
        return new String(ascii.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * EventLines and LineBytes write without escaping, and ids as plain ASCII bytes; every string that goes into
     * a line must allow it (subjects may be Devanagari, but need no escapes).
     */
    private void requireNoEscapes() {
        List<String> ids = new ArrayList<>(Arrays.asList(deskIds));
        scenario.offices().forEach(o -> ids.add(o.officeId()));
        for (String s : ids) {
            if (!s.chars().allMatch(c -> c >= 0x20 && c < 0x7f) || !in.eofficemonitor.streamjobs.contract.EventLineWriter.safeUnescaped(s)) {
                throw new IllegalStateException("scenario id is not plain ASCII without JSON escapes: " + s);
            }
        }
        for (String[] list : subjects) {
            for (String s : list) {
                if (!in.eofficemonitor.streamjobs.contract.EventLineWriter.safeUnescaped(s)) {
                    throw new IllegalStateException("scenario subject needs JSON escaping, which the simulator skips: " + s);
                }
            }
        }
    }

    /** Builds the exact file quotas: each quota file goes to a live office (by size) and one of its working days. */
    private int[][] planQuotas(SplittableRandom r) {
        int[][] plan = new int[models.length][];
        for (Map.Entry<OfficeCategory, Integer> q : scenario.fileQuotas().entrySet()) {
            List<OfficeModel> live = Arrays.stream(models).filter(m -> m.live() && m.office().category() == q.getKey()).toList();
            if (live.isEmpty()) {
                continue;
            }
            int[] cumulative = new int[live.size()];
            int total = 0;
            for (int i = 0; i < live.size(); i++) {
                total += live.get(i).dealingDesks();
                cumulative[i] = total;
            }
            OfficeHours hours = hoursOf[live.getFirst().index()];
            long[] workingDays = new long[(int) quotaDays];
            int nWorking = 0;
            for (long d = 0; d < quotaDays; d++) {
                if (hours.isWorkingDay(baseDay + d)) {
                    workingDays[nWorking++] = d;
                }
            }
            if (nWorking == 0) {
                throw new IllegalArgumentException("the history " + options.from() + " to " + options.quotaUntil()
                        + " has no working day for " + q.getKey() + "; it cannot hold the scenario's files");
            }
            for (OfficeModel m : live) {
                plan[m.index()] = new int[(int) quotaDays];
            }
            for (int k = 0; k < q.getValue(); k++) {
                int pick = r.nextInt(total);
                int i = Arrays.binarySearch(cumulative, pick + 1);
                if (i < 0) {
                    i = -i - 1;
                }
                plan[live.get(i).index()][(int) workingDays[r.nextInt(nWorking)]]++;
            }
        }
        return plan;
    }

    /** The next event in time order, or {@code null} when the simulated period is over. */
    public MovementEvent next() {
        while (out.isEmpty()) {
            if (finished || heapSize == 0) {
                finished = true;
                return null;
            }
            long key = pop();
            long t = key >>> SLOT_BITS;
            int slot = (int) (key & SLOT_MASK);
            if (t >= endTime) {
                finished = true;
                return null;
            }
            if (slot == DAY_TICK) {
                dayTick(t);
            } else if (due[slot] == t) {
                act(slot, t);
            } else if (phase[slot] == CONSUMED) {
                free(slot); // its pending action was cancelled when a file was opened on it
            }
        }
        return out.poll();
    }

    /** Files (kind FILE) created so far per office, in {@link Scenario#models()} order. */
    public long[] filesCreatedByOffice() {
        return filesCreated.clone();
    }

    public long[] receiptsCreatedByOffice() {
        return receiptsCreated.clone();
    }

    /** Items (files and receipts) open right now, i.e. at some desk or waiting to be reopened. */
    public long openItems() {
        return openItems;
    }

    /** Progress of the simulated clock: epoch second of the last action taken. */
    public long simulatedSecond() {
        return lastTime;
    }

    private long lastTime;

    // ---------------------------------------------------------------- arrivals

    private void dayTick(long t) {
        long dayIndex = currentDayTick;
        long epochDay = baseDay + dayIndex;
        for (OfficeModel m : models) {
            if (!m.live()) {
                continue;
            }
            OfficeHours h = hoursOf[m.index()];
            if (!h.isWorkingDay(epochDay)) {
                continue;
            }
            int files;
            boolean quotaOffice = quotaPlan != null && scenario.fileQuotas().containsKey(m.office().category());
            if (quotaOffice && dayIndex < quotaDays) {
                files = quotaPlan[m.index()] == null ? 0 : quotaPlan[m.index()][(int) dayIndex];
            } else {
                files = poisson(filesPerDealingDesk(m) * m.dealingDesks() * options.volume());
            }
            int receipts = poisson(receiptsPerDealingDesk(m) * m.dealingDesks() * options.volume());
            for (int i = 0; i < receipts; i++) {
                schedule(newSlot(m, CREATE_RECEIPT), arrivalTime(h, epochDay));
            }
            for (int i = 0; i < files; i++) {
                schedule(newSlot(m, CREATE_FILE), arrivalTime(h, epochDay));
            }
        }
        currentDayTick++;
        push(OfficeHours.at(baseDay + currentDayTick, 0), DAY_TICK);
        lastTime = t;
    }

    /** Files opened per dealing desk per working day at volume 1 (docs/simulator.md, calibration). */
    static double filesPerDealingDesk(OfficeModel m) {
        return switch (m.office().category()) {
            // 86.54 lakh e-files in about five years over 492 sections: about 14 per section (7 per ARO) a day.
            case SECRETARIAT_DEPARTMENT -> 7.0;
            case DISTRICT_OFFICE -> 1.5;
            default -> 1.0;
        };
    }

    static double receiptsPerDealingDesk(OfficeModel m) {
        return switch (m.office().category()) {
            case SECRETARIAT_DEPARTMENT -> 4.0;
            case DISTRICT_OFFICE -> 3.0;
            default -> 1.5;
        };
    }

    private long arrivalTime(OfficeHours h, long epochDay) {
        int s = h.open + random.nextInt(h.close - h.open);
        if (random.nextDouble() < options.afterHoursShare()) {
            s = h.close + random.nextInt(9000);
        }
        return OfficeHours.at(epochDay, s);
    }

    private int newSlot(OfficeModel m, byte createPhase) {
        int slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.poll();
        if (slot >= capacity) {
            grow();
        }
        if (slot > SLOT_MASK) {
            throw new IllegalStateException("more than " + SLOT_MASK + " open items");
        }
        phase[slot] = createPhase;
        office[slot] = m.index();
        home[slot] = m.index();
        section[slot] = random.nextInt(m.branches());
        spread[slot] = random.nextInt(1 << 20);
        reopened[slot] = false;
        desk[slot] = -1;
        openItems++;
        return slot;
    }

    // ---------------------------------------------------------------- actions

    private void act(int slot, long t) {
        lastTime = t;
        switch (phase[slot]) {
            case CREATE_FILE -> createFile(slot, t);
            case CREATE_RECEIPT -> createReceipt(slot, t);
            case RECEIPT -> receiptStep(slot, t);
            case UP, FOREIGN_UP -> climb(slot, t);
            case DOWN, FOREIGN_DOWN -> descend(slot, t);
            case AWAIT_REOPEN -> reopen(slot, t);
            default -> throw new IllegalStateException("slot " + slot + " in phase " + phase[slot]);
        }
    }

    private void createFile(int slot, long t) {
        OfficeModel m = models[home[slot]];
        kind[slot] = 0;
        priority[slot] = pickPriority(0.85, 0.12);
        int fileDesk = -1;
        // About a third of new files are opened on a receipt waiting at a dealing desk ("put up in file").
        if (random.nextInt(100) < 35) {
            IntQueue pool = receiptPool[m.index()];
            while (!pool.isEmpty()) {
                int r = pool.poll();
                if (phase[r] == RECEIPT && office[r] == m.index() && level[r] == m.dealingLevel()) {
                    fileDesk = desk[r];
                    emit(t, EventType.CLOSED, ItemKind.RECEIPT, itemId[r], m, deskIds[desk[r]], "", r, "");
                    phase[r] = CONSUMED; // its pending action is cancelled; the slot is freed when that pops
                    due[r] = -1;
                    openItems--;
                    break;
                }
            }
        }
        if (fileDesk < 0) {
            fileDesk = deskAt(m, m.dealingLevel(), slot);
        }
        itemId[slot] = "UP/" + officeIds[m.index()] + "/" + yearOf(t) + "/" + pad6(++fileSeq[m.index()]);
        desk[slot] = fileDesk;
        level[slot] = (byte) m.dealingLevel();
        filesCreated[m.index()]++;
        emit(t, EventType.CREATED, ItemKind.FILE, itemId[slot], m, "", deskIds[fileDesk], slot, subject(m));
        phase[slot] = UP;
        peak[slot] = (byte) Math.min(m.topLevel(), m.dealingLevel() + pickRise());
        loops[slot] = pickLoops();
        scheduleDwell(slot, t);
    }

    private void createReceipt(int slot, long t) {
        OfficeModel m = models[home[slot]];
        kind[slot] = 1;
        priority[slot] = pickPriority(0.90, 0.08);
        itemId[slot] = "R/" + officeIds[m.index()] + "/" + yearOf(t) + "/" + pad6(++receiptSeq[m.index()]);
        desk[slot] = deskAt(m, 0, slot);
        level[slot] = 0;
        receiptsCreated[m.index()]++;
        emit(t, EventType.CREATED, ItemKind.RECEIPT, itemId[slot], m, "", deskIds[desk[slot]], slot, subject(m));
        phase[slot] = RECEIPT;
        // Moves after entry: 1 to 4 (mean about 3.05); some are put up in a file before the end (about 2.5 left).
        int u = random.nextInt(100);
        movesLeft[slot] = (byte) (u < 5 ? 1 : u < 25 ? 2 : u < 65 ? 3 : 4);
        scheduleDwell(slot, t);
    }

    private void receiptStep(int slot, long t) {
        OfficeModel m = models[office[slot]];
        if (movesLeft[slot] == 0) {
            close(slot, t, m);
            return;
        }
        int l = level[slot];
        int target = l <= m.dealingLevel() ? Math.min(l + 1, m.topLevel()) : l - 1;
        if (target == l) {
            target = Math.max(0, l - 1);
        }
        move(slot, t, EventType.FORWARDED, m, target);
        movesLeft[slot]--;
        if (target == m.dealingLevel()) {
            receiptPool[m.index()].add(slot);
        }
        scheduleDwell(slot, t);
    }

    private void climb(int slot, long t) {
        OfficeModel m = models[office[slot]];
        int l = level[slot];
        boolean foreign = phase[slot] == FOREIGN_UP;
        int floor = foreign ? m.receivingLevel() : m.dealingLevel();
        if (l < peak[slot]) {
            if (loops[slot] > 0 && l > floor && random.nextInt(100) < 70) {
                // Send-back: returned one or two levels down for clarification, then it climbs again.
                int back = Math.max(floor, l - (random.nextInt(100) < 40 ? 2 : 1));
                loops[slot]--;
                move(slot, t, EventType.RETURNED, m, back);
            } else {
                int step = l + 2 <= peak[slot] && random.nextInt(100) < 12 ? 2 : 1;
                move(slot, t, EventType.FORWARDED, m, l + step);
            }
            scheduleDwell(slot, t);
            return;
        }
        // At the deciding level.
        if (!foreign && !reopened[slot] && l == m.topLevel() && m.escalatesTo().length > 0
                && random.nextInt(1000) < crossOfficePerMille(m)) {
            OfficeModel target = models[m.escalatesTo()[random.nextInt(m.escalatesTo().length)]];
            returnDesk[slot] = desk[slot];
            int from = desk[slot];
            office[slot] = target.index();
            section[slot] = random.nextInt(target.branches());
            int arrive = target.receivingLevel();
            phase[slot] = FOREIGN_UP;
            peak[slot] = (byte) Math.min(target.topLevel(), arrive + 1 + random.nextInt(4));
            loops[slot] = (byte) (random.nextInt(100) < 30 ? 1 : 0);
            int to = deskAt(target, arrive, slot);
            desk[slot] = to;
            level[slot] = (byte) arrive;
            emit(t, EventType.FORWARDED, ItemKind.FILE, itemId[slot], m, deskIds[from], deskIds[to], slot, "");
            scheduleDwell(slot, t);
            return;
        }
        if (foreign) {
            phase[slot] = FOREIGN_DOWN;
        } else {
            phase[slot] = DOWN;
        }
        descend(slot, t);
    }

    private void descend(int slot, long t) {
        OfficeModel m = models[office[slot]];
        int l = level[slot];
        if (phase[slot] == FOREIGN_DOWN) {
            if (l > m.receivingLevel()) {
                move(slot, t, EventType.FORWARDED, m, l - 1);
            } else {
                // The reply goes back to the desk in the home office that sent the file.
                int from = desk[slot];
                int to = returnDesk[slot];
                OfficeModel homeOffice = models[home[slot]];
                emit(t, EventType.FORWARDED, ItemKind.FILE, itemId[slot], m, deskIds[from], deskIds[to], slot, "");
                office[slot] = homeOffice.index();
                desk[slot] = to;
                level[slot] = (byte) scenario.deskLevel()[to];
                phase[slot] = DOWN;
            }
            scheduleDwell(slot, t);
            return;
        }
        if (l > m.dealingLevel()) {
            int to = random.nextInt(100) < 10 ? m.dealingLevel() : l - 1;
            move(slot, t, EventType.FORWARDED, m, to);
            scheduleDwell(slot, t);
        } else {
            close(slot, t, m);
        }
    }

    private void close(int slot, long t, OfficeModel m) {
        emit(t, EventType.CLOSED, kind[slot] == 0 ? ItemKind.FILE : ItemKind.RECEIPT, itemId[slot], m,
                deskIds[desk[slot]], "", slot, "");
        if (kind[slot] == 0 && !reopened[slot] && random.nextInt(100) < 3) {
            // A few closed files come back (an appeal, a court order): reopened 3 to 60 working days later.
            phase[slot] = AWAIT_REOPEN;
            OfficeHours h = hoursOf[home[slot]];
            long wait = (3 + random.nextInt(58)) * (long) (h.close - h.open);
            schedule(slot, h.addOfficeTime(t, wait));
            return;
        }
        openItems--;
        free(slot);
    }

    private void reopen(int slot, long t) {
        OfficeModel m = models[home[slot]];
        office[slot] = m.index();
        int to = deskAt(m, m.dealingLevel(), slot);
        desk[slot] = to;
        level[slot] = (byte) m.dealingLevel();
        reopened[slot] = true;
        emit(t, EventType.REOPENED, ItemKind.FILE, itemId[slot], m, "", deskIds[to], slot, "");
        phase[slot] = UP;
        peak[slot] = (byte) Math.min(m.topLevel(), m.dealingLevel() + 1 + random.nextInt(2));
        loops[slot] = 0;
        scheduleDwell(slot, t);
    }

    private void move(int slot, long t, EventType type, OfficeModel m, int toLevel) {
        int from = desk[slot];
        int to = deskAt(m, toLevel, slot);
        if (to == from) {
            // Two levels can share a desk only in tiny offices; the file then goes to the next desk of the level.
            int[] ds = m.desksByLevel()[toLevel];
            to = ds.length > 1 ? ds[(indexOf(ds, to) + 1) % ds.length] : to;
        }
        emit(t, type, kind[slot] == 0 ? ItemKind.FILE : ItemKind.RECEIPT, itemId[slot], m, deskIds[from], deskIds[to],
                slot, "");
        desk[slot] = to;
        level[slot] = (byte) toLevel;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return 0;
    }

    private static int crossOfficePerMille(OfficeModel m) {
        return switch (m.office().category()) {
            case DISTRICT_OFFICE -> 250;
            case HOD_OFFICE -> 120;
            case POLICE_UNIT -> 80;
            default -> 0;
        };
    }

    /** The desk of a level that serves the item's section (a section's officers are the same all the way up). */
    private int deskAt(OfficeModel m, int lvl, int slot) {
        int[] ds = m.desksByLevel()[lvl];
        int perSection = Math.max(1, ds.length / m.branches());
        int i = (int) ((long) section[slot] * ds.length / m.branches()) + spread[slot] % perSection;
        return ds[i % ds.length];
    }

    // ---------------------------------------------------------------- timing

    private void scheduleDwell(int slot, long t) {
        int d = desk[slot];
        OfficeHours h = hoursOf[scenario.deskOffice()[d]];
        double median = switch (PRIORITIES[priority[slot]]) {
            case NORMAL -> 6.5 * 3600;
            case IMMEDIATE -> 2.0 * 3600;
            case MOST_IMMEDIATE -> 0.6 * 3600;
        };
        if (kind[slot] == 1) {
            median *= 0.6; // a receipt is read and marked on faster than a file is examined
        }
        double dwell = median * Math.exp(1.1 * random.nextGaussian());
        if (random.nextInt(100) < 3) {
            dwell *= 5 + random.nextInt(16); // parked: waiting for a report, a court date, a budget
        }
        if (bottleneck[d]) {
            dwell *= 6;
        }
        long at = h.addOfficeTime(t, Math.max(60, (long) dwell));
        if (random.nextDouble() < options.afterHoursShare()) {
            long day = OfficeHours.day(at);
            at = OfficeHours.at(day, h.close + random.nextInt(9000));
        }
        schedule(slot, Math.max(at, t + 1));
    }

    private void schedule(int slot, long t) {
        due[slot] = t;
        push(t, slot);
    }

    // ---------------------------------------------------------------- output

    private void emit(long t, EventType type, ItemKind k, String id, OfficeModel actingOffice, String from, String to,
            int slot, String subject) {
        out.add(new MovementEvent(eventPrefix + (++eventSeq), Instant.ofEpochSecond(t), type, k, id,
                officeIds[actingOffice.index()], from, to, PRIORITIES[priority[slot]], subject));
    }

    private String subject(OfficeModel m) {
        String[] s = subjects[m.index()];
        return s.length == 0 ? "" : s[random.nextInt(s.length)];
    }

    private static int yearOf(long t) {
        return LocalDate.ofEpochDay(OfficeHours.day(t)).getYear();
    }

    private static String pad6(int n) {
        String s = Integer.toString(n);
        return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
    }

    // ---------------------------------------------------------------- random choices

    private byte pickPriority(double normal, double immediate) {
        double u = random.nextDouble();
        return (byte) (u < normal ? 0 : u < normal + immediate ? 1 : 2);
    }

    /** Levels a file climbs above the dealing desk before it is decided (mean about 4, capped by the office). */
    private int pickRise() {
        int u = random.nextInt(100);
        return u < 5 ? 1 : u < 18 ? 2 : u < 40 ? 3 : u < 65 ? 4 : u < 83 ? 5 : u < 93 ? 6 : 7;
    }

    /** Send-backs a file may get on its way up (mean 2.15; not all are used). */
    private byte pickLoops() {
        int u = random.nextInt(100);
        return (byte) (u < 10 ? 0 : u < 30 ? 1 : u < 60 ? 2 : u < 85 ? 3 : 4);
    }

    private int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    // ---------------------------------------------------------------- slots and heap

    private void free(int slot) {
        phase[slot] = FREE;
        itemId[slot] = null;
        due[slot] = -1;
        freeSlots.add(slot);
    }

    private void grow() {
        capacity *= 2;
        itemId = Arrays.copyOf(itemId, capacity);
        phase = Arrays.copyOf(phase, capacity);
        kind = Arrays.copyOf(kind, capacity);
        priority = Arrays.copyOf(priority, capacity);
        desk = Arrays.copyOf(desk, capacity);
        office = Arrays.copyOf(office, capacity);
        home = Arrays.copyOf(home, capacity);
        level = Arrays.copyOf(level, capacity);
        peak = Arrays.copyOf(peak, capacity);
        loops = Arrays.copyOf(loops, capacity);
        movesLeft = Arrays.copyOf(movesLeft, capacity);
        section = Arrays.copyOf(section, capacity);
        spread = Arrays.copyOf(spread, capacity);
        returnDesk = Arrays.copyOf(returnDesk, capacity);
        reopened = Arrays.copyOf(reopened, capacity);
        due = Arrays.copyOf(due, capacity);
    }

    private void push(long t, int slot) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        long key = (t << SLOT_BITS) | slot;
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            long p = heap[parent];
            if (p <= key) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = key;
    }

    private long pop() {
        long top = heap[0];
        long last = heap[--heapSize];
        int i = 0;
        int half = heapSize >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            long c = heap[child];
            int right = child + 1;
            if (right < heapSize && heap[right] < c) {
                child = right;
                c = heap[child];
            }
            if (last <= c) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }

    /** A growable FIFO of ints (free slots, receipt pools) without boxing. */
    static final class IntQueue {
        private int[] a = new int[16];
        private int head;
        private int tail;

        boolean isEmpty() {
            return head == tail;
        }

        void add(int v) {
            if (tail == a.length) {
                if (head > a.length / 2) {
                    System.arraycopy(a, head, a, 0, tail - head);
                    tail -= head;
                    head = 0;
                } else {
                    a = Arrays.copyOf(a, a.length * 2);
                }
            }
            a[tail++] = v;
        }

        int poll() {
            return a[head++];
        }
    }
}
