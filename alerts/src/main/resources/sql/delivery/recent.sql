-- The newest claims in their latest state, for the dashboard's delivery log (newest first).
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
    max(updated_at)                  AS last_update,
    now64(3, 'Asia/Kolkata')         AS server_now
FROM alert_deliveries
WHERE claimed_at >= now64(3, 'Asia/Kolkata') - INTERVAL {days:UInt16} DAY
GROUP BY report, recipient_id, period, claim_token
ORDER BY last_update DESC, claim_token
LIMIT {limit:UInt32}
