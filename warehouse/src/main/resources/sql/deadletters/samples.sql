-- The latest few raw lines per reason, to show what was wrong with them.
-- Parameters: per_reason.
SELECT reason, source, source_position, detail, raw_line, arrived_at
FROM
(
    SELECT reason, source, source_position, detail, raw_line, arrived_at,
           row_number() OVER (PARTITION BY reason ORDER BY arrived_at DESC, source, source_position) AS n
    FROM dead_letters FINAL
)
WHERE n <= {per_reason:UInt32}
ORDER BY reason, n
