-- The dashboard's audit trail (docs/dashboard.md "Deploying for a state"): who logged in, out or failed to, who was
-- refused what, and who exported which rows. Append-only; nothing ever updates or deletes a row. The dashboard
-- writes its entries in small batches (a queue flushed every second or so), so each insert is a few rows.
-- action is a plain string rather than an Enum: a new kind of entry is a new word, not a schema change.
-- rows is NULL for entries that are not an export (a login has no row count).
CREATE TABLE IF NOT EXISTS audit_log
(
    at        DateTime64(3, 'Asia/Kolkata'),
    user_name String,
    action    LowCardinality(String),
    role      LowCardinality(String),
    scope     String,
    view      String,
    rows      Nullable(UInt64),
    detail    String,
    address   String
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(at)
ORDER BY (at, user_name);
