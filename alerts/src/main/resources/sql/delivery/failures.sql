-- The deliveries that ended without a mail (FailedDeliveries): per (report, recipient, period) no claim SENT or
-- SKIPPED, and the latest claim that did not yield to another instance ended FAILED or UNCERTAIN. Counted in all
-- (failed, uncertain), newest first, at most {limit} rows.
-- Parameters: days (claims this recent), limit.
WITH claims AS
(
    SELECT
        report,
        recipient_id,
        period,
        claim_token,
        argMax(instance, step)           AS instance,
        toString(argMax(status, step))   AS status,
        max(attempts)                    AS attempts,
        any(email)                       AS email,
        argMax(message_id, step)         AS message_id,
        argMax(error, step)              AS error,
        min(claimed_at)                  AS claim_time,
        max(updated_at)                  AS last_update
    FROM alert_deliveries
    WHERE claimed_at >= now64(3, 'Asia/Kolkata') - INTERVAL {days:UInt16} DAY
    GROUP BY report, recipient_id, period, claim_token
),
keys AS
(
    SELECT
        report,
        recipient_id,
        period,
        argMaxIf(tuple(claim_token, instance, status, attempts, email, message_id, error, claim_time, last_update),
                 tuple(claim_time, claim_token), status != 'YIELDED') AS latest,
        countIf(status IN ('SENT', 'SKIPPED')) AS done
    FROM claims
    GROUP BY report, recipient_id, period
),
ended AS
(
    SELECT report, recipient_id, period,
           latest.1 AS claim_token, latest.2 AS instance, latest.3 AS status, latest.4 AS attempts, latest.5 AS email,
           latest.6 AS message_id, latest.7 AS error, latest.8 AS claim_time, latest.9 AS last_update
    FROM keys
    WHERE done = 0 AND latest.3 IN ('FAILED', 'UNCERTAIN')
)
SELECT *,
       countIf(status = 'FAILED') OVER ()    AS failed,
       countIf(status = 'UNCERTAIN') OVER () AS uncertain,
       now64(3, 'Asia/Kolkata')              AS server_now
FROM ended
ORDER BY last_update DESC, report, recipient_id, period
LIMIT {limit:UInt32}
