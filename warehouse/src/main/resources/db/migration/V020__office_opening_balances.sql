-- E-files created in an office before the first day of its event history (opening-balances.csv,
-- docs/input-format.md). Cumulative files created as of D = files_created + FILE CREATED events up to D.
-- Reloading the same file collapses on (office_id, before_date).
CREATE TABLE IF NOT EXISTS office_opening_balances
(
    office_id     String,
    before_date   Date,
    files_created UInt64,
    loaded_at     DateTime64(3, 'Asia/Kolkata')
)
ENGINE = ReplacingMergeTree(loaded_at)
ORDER BY (office_id, before_date);
