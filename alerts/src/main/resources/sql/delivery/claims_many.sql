-- The latest state of every claim of many recipients of one (report, period), with the server's now.
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
WHERE report = {report:String} AND period = {period:String} AND recipient_id IN {recipient_ids:Array(String)}
GROUP BY report, recipient_id, period, claim_token
ORDER BY recipient_id, claim_time, claim_token
