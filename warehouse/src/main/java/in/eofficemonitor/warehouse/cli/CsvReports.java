package in.eofficemonitor.warehouse.cli;

import in.eofficemonitor.warehouse.deadletters.DeadLetterCount;
import in.eofficemonitor.warehouse.deadletters.DeadLetterSample;
import in.eofficemonitor.warehouse.kpis.KpiLevel;
import in.eofficemonitor.warehouse.kpis.KpiRow;
import in.eofficemonitor.warehouse.pendency.AgeBuckets;
import in.eofficemonitor.warehouse.pendency.DeskFlow;
import in.eofficemonitor.warehouse.pendency.PendencyLevel;
import in.eofficemonitor.warehouse.pendency.PendencyRow;
import in.eofficemonitor.warehouse.rollout.OfficeActivity;
import in.eofficemonitor.warehouse.rollout.RolloutRow;
import in.eofficemonitor.warehouse.rollout.WeeklyActiveDesks;
import in.eofficemonitor.warehouse.rollups.DailyRollup;
import in.eofficemonitor.warehouse.rollups.RollupLevel;
import in.eofficemonitor.warehouse.stuck.StuckItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CSV tables of the {@code report} commands: the header and the records, in the exact column order the
 * operator contract fixes (issue 4, docs/reports.md). Numbers are plain digits (no lakh grouping: this is for
 * scripts), ratios have four decimals, durations are hours with two decimals, times are ISO-8601 with the +05:30
 * offset, days and weeks are yyyy-MM-dd, names are English.
 */
public final class CsvReports {

    private CsvReports() {}

    public static List<String> pendencyHeader(PendencyLevel level) {
        List<String> header = new ArrayList<>(List.of(level.key() + "_id", "name", "files", "receipts"));
        header.addAll(List.of(AgeBuckets.COLUMNS));
        if (level == PendencyLevel.DESK) {
            header.addAll(DESK_FLOW_COLUMNS);
        }
        return header;
    }

    /**
     * Columns only {@code --by desk} has, after the contract's (docs/reports.md): the oldest pending item's arrival,
     * the median dwell of the pending items in days (one decimal), and the files and receipts that left the desk in
     * the 7 days before the as-of time. Empty oldest/median when nothing is pending.
     */
    public static final List<String> DESK_FLOW_COLUMNS =
            List.of("oldest_arrived_at", "median_dwell_days", "files_cleared_7d", "receipts_cleared_7d");

    /** A {@code --by desk} row: the pendency columns, then {@link #DESK_FLOW_COLUMNS}. */
    public static List<String> pendency(PendencyRow row, DeskFlow flow) {
        List<String> record = new ArrayList<>(pendency(row));
        record.add(flow.oldestArrivedAt().map(ReportTimes::format).orElse(""));
        record.add(flow.medianDwell().map(d -> BigDecimal.valueOf(d.toMillis() / 86_400_000.0)
                .setScale(1, RoundingMode.HALF_UP).toPlainString()).orElse(""));
        record.add(n(flow.filesCleared()));
        record.add(n(flow.receiptsCleared()));
        return record;
    }

    public static List<String> pendency(PendencyRow row) {
        List<String> record = new ArrayList<>(List.of(row.id(), row.name(), n(row.files()), n(row.receipts())));
        for (long bucket : row.ages().asArray()) {
            record.add(n(bucket));
        }
        return record;
    }

    public static final List<String> STUCK_HEADER =
            List.of("file_id", "kind", "priority", "office_id", "desk_id", "arrived_at", "dwell_days");

    public static List<String> stuck(StuckItem item) {
        return List.of(item.fileId(), item.kind().name(), item.priority().name(), item.officeId(), item.deskId(),
                ReportTimes.format(item.arrivedAt()), n(item.dwellDays()));
    }

    public static final List<String> ROLLOUT_HEADER =
            List.of("category", "offices", "live", "in_progress", "not_live", "files_created");

    public static List<String> rollout(RolloutRow row) {
        return List.of(row.category().map(Enum::name).orElse("UNREGISTERED"), n(row.offices()), n(row.live()),
                n(row.inProgress()), n(row.notLive()), n(row.filesCreated()));
    }

    public static final List<String> ROLLOUT_BY_OFFICE_HEADER = List.of("office_id", "name", "category", "district",
            "rollout_stage", "desks", "first_e_file_at", "latest_e_file_at", "files_created", "opening_balance");

    public static List<String> rolloutByOffice(OfficeActivity a) {
        return List.of(a.officeId(), a.name(), a.category().map(Enum::name).orElse(""), a.district(),
                a.stage().map(Enum::name).orElse(""), n(a.desks()), time(a.firstEFile()), time(a.latestEFile()),
                n(a.filesCreated()), n(a.openingBalance()));
    }

    public static final List<String> ROLLOUT_BY_WEEK_HEADER =
            List.of("office_id", "name", "week", "desks", "active_desks");

    public static List<String> rolloutByWeek(WeeklyActiveDesks w) {
        return List.of(w.officeId(), w.name(), w.week().toString(), n(w.desks()), n(w.activeDesks()));
    }

    public static List<String> dailyHeader(RollupLevel level) {
        List<String> header = new ArrayList<>(List.of("day", level.key() + "_id", "name"));
        if (level == RollupLevel.DESK) {
            header.add("office_id");
        }
        header.addAll(List.of("created", "received", "forwarded", "returned", "closed", "median_dwell_hours",
                "p90_dwell_hours"));
        return header;
    }

    public static List<String> daily(DailyRollup r) {
        List<String> record = new ArrayList<>(List.of(r.day().toString(), r.id(), r.name()));
        if (r.level() == RollupLevel.DESK) {
            record.add(r.officeId());
        }
        record.addAll(List.of(n(r.created()), n(r.received()), n(r.forwarded()), n(r.returned()), n(r.closed()),
                hours(r.medianDwell()), hours(r.p90Dwell())));
        return record;
    }

    public static final List<String> DEAD_LETTERS_HEADER = List.of("reason", "count");

    public static List<String> deadLetters(DeadLetterCount count) {
        return List.of(count.reason(), n(count.count()));
    }

    public static final List<String> DEAD_LETTER_SAMPLES_HEADER =
            List.of("reason", "source", "source_position", "arrived_at", "detail", "office_id", "raw_bytes", "raw_line");

    /** {@code raw_line} is the line's beginning ({@code DeadLetterQueries.SHOWN_CHARS}); {@code raw_bytes} its size. */
    public static List<String> deadLetterSample(DeadLetterSample s) {
        return List.of(s.reason(), s.source(), s.sourcePosition(), ReportTimes.format(s.arrivedAt()), s.detail(),
                s.officeId(), n(s.rawBytes()), s.rawLine());
    }

    public static List<String> kpisHeader(KpiLevel level) {
        return List.of(level.key() + "_id", "name", "created", "forwarded", "closed", "disposal_rate", "mean_levels",
                "share_over_4_levels", "idle_desks", "e_files", "e_receipts");
    }

    public static List<String> kpis(KpiRow row) {
        return List.of(row.id(), row.name(), n(row.created()), n(row.forwarded()), n(row.closed()),
                ratio(row.disposalRate()), ratio(row.meanLevels()), ratio(row.shareOverFourLevels()),
                n(row.idleDesks()), n(row.filesCreated()), n(row.receiptsCreated()));
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(ReportTimes::format).orElse("");
    }

    /** Hours with two decimals, half up; empty when there is no duration (no stay ended). */
    static String hours(Optional<Duration> value) {
        return value.map(d -> BigDecimal.valueOf(d.toMillis()).divide(BigDecimal.valueOf(3_600_000), 2,
                RoundingMode.HALF_UP).toPlainString()).orElse("");
    }

    /** Four decimals, half up; empty when the ratio is undefined (nothing to divide by). */
    static String ratio(OptionalDouble value) {
        return value.isEmpty() ? "" : BigDecimal.valueOf(value.getAsDouble()).setScale(4, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
