-- Only for WarehouseMigrationsIT: a migration that appears between two starts.
CREATE TABLE IF NOT EXISTS it_added_later
(
    id UInt32
)
ENGINE = MergeTree
ORDER BY id;

INSERT INTO it_added_later VALUES (1);
