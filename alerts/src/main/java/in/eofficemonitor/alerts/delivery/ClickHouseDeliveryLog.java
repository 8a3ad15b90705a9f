package in.eofficemonitor.alerts.delivery;

import in.eofficemonitor.alerts.recipients.ReportKind;
import in.eofficemonitor.warehouse.Row;
import in.eofficemonitor.warehouse.SqlParams;
import in.eofficemonitor.warehouse.SqlResources;
import in.eofficemonitor.warehouse.Warehouse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
        List<DeliveryRecord> rows = warehouse.query("delivery/claims",
                SqlParams.of("report", key.report().key()).and("period", key.period()).and("recipient_id", key.recipientId()),
                r -> {
                    now[0] = r.instant("server_now");
                    return record(r);
                });
        if (now[0] == null) {
            now[0] = warehouse.queryOne("delivery/now", SqlParams.none(), r -> r.instant("server_now")).orElseThrow();
        }
        return new Snapshot(rows, now[0]);
    }

    @Override
    public List<DeliveryRecord> history(DeliveryKey key) {
        return snapshot(key).latest();
    }

    @Override
    public List<DeliveryRecord> recent(int limit) {
        return warehouse.query("delivery/recent", SqlParams.of("limit", limit).and("days", RECENT_DAYS), ClickHouseDeliveryLog::record);
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
