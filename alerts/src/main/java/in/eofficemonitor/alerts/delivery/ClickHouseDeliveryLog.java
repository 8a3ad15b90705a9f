package in.eofficemonitor.alerts.delivery;

import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.SqlResources;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import in.eofficemonitor.alerts.format.ClickHouseArrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The delivery log in ClickHouse ({@code alert_deliveries}, migration V030), through the warehouse's named
 * queries ({@code sql/delivery/*.sql}). Shared by every app instance that points at the same warehouse, which
 * is what makes the at-most-once guarantee hold across instances.
 *
 * <p>On a replicated cluster, set {@code insert_quorum} and {@code select_sequential_consistency} for the
 * alerts' user (docs/alerts.md), so that a claim read back on any replica sees every claim acknowledged before.
 */
public final class ClickHouseDeliveryLog extends AppendOnlyDeliveryLog {

    /** Long enough for a competing claim's INSERT to be visible on a single server; see docs/alerts.md. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(300);
    private static final int RECENT_DAYS = 90;
    /** Recipients per claim query or insert: keeps the parameters well inside any server's URL limit. */
    private static final int CHUNK = 200;

    private final Warehouse warehouse;

    public ClickHouseDeliveryLog(Warehouse warehouse, Duration settle) {
        super(settle);
        this.warehouse = warehouse;
    }

    @Override
    protected void append(DeliveryKey key, String token, String instance, DeliveryStatus status, int attempts,
                          String email, String messageId, String error, Instant claimedAt) {
        warehouse.execute(SqlResources.load("delivery/append"),
                SqlParams.of("report", key.report().key())
                        .and("recipient_id", key.recipientId())
                        .and("period", key.period())
                        .and("claim_token", token)
                        .and("instance", instance)
                        .and("status", status.name())
                        .and("step", step(status, attempts))
                        .and("attempts", attempts)
                        .and("email", email)
                        .and("message_id", messageId == null ? "" : messageId)
                        .and("error", truncate(error))
                        .and("claimed_at_ms", claimedAt == null ? -1L : claimedAt.toEpochMilli()));
    }

    @Override
    protected Snapshot snapshot(DeliveryKey key) {
        Instant[] now = {null};
        // One recipient's claims: the many-recipients query with a list of one (claim_time order within it).
        List<DeliveryRecord> rows = warehouse.query("delivery/claims_many",
                SqlParams.of("report", key.report().key()).and("period", key.period())
                        .and("recipient_ids", ClickHouseArrays.literal(List.of(key.recipientId()))),
                r -> {
                    now[0] = r.instant("server_now");
                    return record(r);
                });
        return new Snapshot(rows, now[0] != null ? now[0] : serverNow());
    }

    /** Keys of one run share report and period: one query per 200 recipients. */
    @Override
    protected Map<DeliveryKey, List<DeliveryRecord>> latestOf(List<DeliveryKey> keys, Instant[] now) {
        Map<DeliveryKey, List<DeliveryRecord>> out = new LinkedHashMap<>();
        Map<String, List<DeliveryKey>> byRun = keys.stream().collect(Collectors.groupingBy(
                k -> k.report().key() + "\u0000" + k.period(), LinkedHashMap::new, Collectors.toList()));
        for (List<DeliveryKey> run : byRun.values()) {
            for (int i = 0; i < run.size(); i += CHUNK) {
                List<DeliveryKey> chunk = run.subList(i, Math.min(run.size(), i + CHUNK));
                chunk.forEach(k -> out.put(k, new ArrayList<>()));
                warehouse.query("delivery/claims_many", SqlParams.of("report", chunk.getFirst().report().key())
                        .and("period", chunk.getFirst().period())
                        .and("recipient_ids", ClickHouseArrays.literal(chunk.stream().map(DeliveryKey::recipientId).toList())), r -> {
                    now[0] = r.instant("server_now");
                    DeliveryRecord rec = record(r);
                    out.computeIfAbsent(rec.key(), k -> new ArrayList<>()).add(rec);
                    return rec;
                });
            }
        }
        if (now[0] == null) {
            now[0] = serverNow();
        }
        return out;
    }

    @Override
    protected void appendClaims(List<ClaimRequest> requests, List<String> tokens, String instance) {
        Map<String, List<Integer>> byRun = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            DeliveryKey k = requests.get(i).key();
            byRun.computeIfAbsent(k.report().key() + "\u0000" + k.period(), x -> new ArrayList<>()).add(i);
        }
        for (List<Integer> run : byRun.values()) {
            for (int i = 0; i < run.size(); i += CHUNK) {
                List<Integer> chunk = run.subList(i, Math.min(run.size(), i + CHUNK));
                DeliveryKey first = requests.get(chunk.getFirst()).key();
                warehouse.execute(SqlResources.load("delivery/append_claims"), SqlParams.of("report", first.report().key())
                        .and("period", first.period())
                        .and("instance", instance)
                        .and("recipient_ids", ClickHouseArrays.literal(chunk.stream().map(j -> requests.get(j).key().recipientId()).toList()))
                        .and("tokens", ClickHouseArrays.literal(chunk.stream().map(tokens::get).toList()))
                        .and("emails", ClickHouseArrays.literal(chunk.stream().map(j -> requests.get(j).email()).toList())));
            }
        }
    }

    private Instant serverNow() {
        return warehouse.queryOne("delivery/now", SqlParams.none(), r -> r.instant("server_now")).orElseThrow();
    }

    @Override
    public List<DeliveryRecord> history(DeliveryKey key) {
        return snapshot(key).latest();
    }

    @Override
    public List<DeliveryRecord> recent(int limit) {
        return warehouse.query("delivery/recent", SqlParams.of("limit", limit).and("days", RECENT_DAYS), ClickHouseDeliveryLog::record);
    }

    @Override
    public FailedDeliveries failures(int limit) {
        long[] counts = new long[2];
        List<DeliveryRecord> latest = warehouse.query("delivery/failures",
                SqlParams.of("limit", limit).and("days", RECENT_DAYS), r -> {
                    counts[0] = r.longValue("failed");
                    counts[1] = r.longValue("uncertain");
                    return record(r);
                });
        if (latest.isEmpty()) {
            return FailedDeliveries.none();
        }
        return new FailedDeliveries(counts[0], counts[1], latest);
    }

    private static DeliveryRecord record(Row r) {
        return new DeliveryRecord(
                new DeliveryKey(ReportKind.parse(r.string("report")), r.string("recipient_id"), r.string("period")),
                r.string("claim_token"), r.string("instance"), DeliveryStatus.valueOf(r.string("status")),
                r.intValue("attempts"), r.string("email"), r.string("message_id"), r.string("error"),
                r.instant("claim_time"), r.instant("last_update"));
    }

    /** Orders the states of one claim: attempts * 4 + phase (claimed 0, sending 1, retrying 2, final 3). */
    static int step(DeliveryStatus status, int attempts) {
        int phase = switch (status) {
            case CLAIMED -> 0;
            case SENDING -> 1;
            case RETRYING -> 2;
            case SENT, FAILED, SKIPPED, UNCERTAIN, YIELDED -> 3;
        };
        return attempts * 4 + phase;
    }

    private static String truncate(String error) {
        if (error == null) {
            return "";
        }
        return error.length() <= 2000 ? error : error.substring(0, 2000) + "…";
    }
}
