package in.eofficemonitor.alerts.source;

import in.eofficemonitor.alerts.recipients.Scope;
import in.eofficemonitor.warehouse.registry.OfficeCategory;
import in.eofficemonitor.warehouse.registry.RolloutStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the alert mails read, in the shape the mails need. The production implementation
 * only delegates to the warehouse's read queries — the same ones the
 * {@code report} command and the dashboard use — so a mail's numbers are the report's numbers.
 * Every method is restricted to a {@link Scope}: a Collector's mail holds their district and nothing else.
 */
public interface ReportSource {

    /** How pendency rows are grouped, as in {@code report pendency --by}. */
    enum Grouping { DESK, OFFICE, DISTRICT, CATEGORY }

    /**
     * Pendency of one group as of a time. {@code buckets} count files and receipts together per age bucket of
     * dwell (0–7, 8–15, 16–30, 31–90, 91–180, over 180 days), as the warehouse's pendency query does.
     */
    record PendencyRow(String key, String label, String labelHi, long files, long receipts, long stuck, List<Long> buckets) {
        public PendencyRow {
            buckets = List.copyOf(buckets);
            labelHi = labelHi == null || labelHi.isBlank() ? label : labelHi;
            if (buckets.size() != 6) {
                throw new IllegalArgumentException("six age buckets, got " + buckets.size());
            }
        }

        public String label(boolean hindi) {
            return hindi ? labelHi : label;
        }
    }

    /** A file (or receipt) stuck at a desk: dwell above the threshold of its priority. */
    record StuckFile(String fileId, String kind, String priority, String subject, String officeId, String officeName,
                     String district, String deskId, String deskLabel, Instant arrivedAt, Instant stuckAt,
                     double dwellDays, double thresholdDays, String officeNameHi, String deskLabelHi) {

        public String officeName(boolean hindi) {
            String n = hindi && !officeNameHi.isBlank() ? officeNameHi : officeName;
            return n.isBlank() ? officeId : n;
        }

        public String deskLabel(boolean hindi) {
            String n = hindi && !deskLabelHi.isBlank() ? deskLabelHi : deskLabel;
            return n.isBlank() ? deskId : n;
        }

        /** How many times its threshold the file has been at the desk. */
        public double timesThreshold() {
            return thresholdDays <= 0 ? 0 : dwellDays / thresholdDays;
        }
    }

    /** Files and receipts created, opened (created + reopened), forwarded and closed in a period. */
    record Activity(long created, long opened, long forwarded, long closed) {
        /** Closed ÷ opened (DESIGN §3), or empty when nothing was opened. */
        public java.util.OptionalDouble disposalRate() {
            return opened == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of((double) closed / opened);
        }
    }

    /** Rollout of one office category: offices per stage, and how many created an e-file in 30 days. */
    record RolloutRow(OfficeCategory category, Map<RolloutStage, Long> officesByStage, long active) {
        public long offices() {
            return officesByStage.values().stream().mapToLong(Long::longValue).sum();
        }

        public long live() {
            return officesByStage.getOrDefault(RolloutStage.LIVE, 0L);
        }
    }

    record StageMove(String officeId, String officeName, String district, RolloutStage from, RolloutStage to, LocalDate since) {}

    record SilentOffice(String officeId, String officeName, String district, Instant lastEfile) {}

    record IdleDesk(String deskId, String deskLabel, String holderName, String officeId, String officeName, Instant lastAction) {}

    /** Pending files and receipts as of a time. */
    record PendencyTotal(LocalDate monday, long files, long receipts) {}

    List<PendencyRow> pendency(Scope scope, Instant asOf, Grouping by);

    /** Pendency as of 00:00 IST of every Monday from {@code firstMonday} to {@code lastMonday}: the week-on-week line. */
    List<PendencyTotal> weeklyTrend(Scope scope, LocalDate firstMonday, LocalDate lastMonday);

    /** Every stuck item in scope as of {@code asOf}, longest dwell first. */
    List<StuckFile> stuck(Scope scope, Instant asOf);

    /**
     * The {@code limit} longest-waiting stuck items of a scope as of {@code asOf} (the first {@code limit} of
     * {@link #stuck}), and how many are stuck in all: what a mail lists, when the state has lakhs.
     */
    StuckHead longestStuck(Scope scope, Instant asOf, int limit);

    /** The first of a scope's stuck items, longest dwell first, and the number stuck in all. */
    record StuckHead(List<StuckFile> longest, long total) {
        public StuckHead {
            longest = List.copyOf(longest);
        }
    }

    /** Items that crossed their threshold in [{@code from}, {@code to}) and were still stuck at {@code to}. */
    List<StuckFile> becameStuck(Scope scope, Instant from, Instant to);

    Activity activity(Scope scope, Instant from, Instant to);

    List<RolloutRow> rollout(Scope scope, Instant asOf);

    List<StageMove> stageMoves(Scope scope, Instant from, Instant to);

    List<SilentOffice> silentLiveOffices(Scope scope, Instant asOf, int days);

    List<IdleDesk> idleDesks(Scope scope, Instant asOf, int days);

    /** Office ids at stage LIVE now: only heads of live offices get the weekly office report. */
    Set<String> liveOfficeIds();

    /** Display name of a district or office scope, in the language wanted (Hindi name from the registry). */
    String scopeName(Scope scope, boolean hindi);
}
