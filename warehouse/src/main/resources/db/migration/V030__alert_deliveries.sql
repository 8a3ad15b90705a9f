-- The alert mails' delivery log (alerts module, docs/alerts.md "Delivery guarantee").
-- Append-only: every state change of a delivery claim is a new row, so no UPDATE is ever needed and the history
-- stays readable. The latest state of a claim is the row with the highest step (attempts * 4 + phase).
-- At most one successful mail per (report, recipient_id, period) is enforced by the claim protocol in
-- AppendOnlyDeliveryLog: insert a CLAIMED row stamped by the server's clock, read the key back, earliest alive wins.
CREATE TABLE IF NOT EXISTS alert_deliveries
(
    report       LowCardinality(String),
    recipient_id String,
    period       String,
    claim_token  String,
    instance     String,
    status       Enum8('CLAIMED' = 1, 'SENDING' = 2, 'SENT' = 3, 'RETRYING' = 4, 'FAILED' = 5, 'SKIPPED' = 6,
                       'UNCERTAIN' = 7, 'YIELDED' = 8),
    step         UInt32,
    attempts     UInt16,
    email        String,
    message_id   String,
    error        String,
    claimed_at   DateTime64(3, 'Asia/Kolkata'),
    updated_at   DateTime64(3, 'Asia/Kolkata')
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(claimed_at)
ORDER BY (report, period, recipient_id, claim_token, step);
