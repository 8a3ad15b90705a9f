-- The latest few rejected lines per reason, to show what was wrong with them. A raw line is cut to its first
-- shown_chars characters (a line can be up to the sources' limit, 1 MiB by default, or its 4 KiB start), with its
-- full size in bytes beside it; the office is read from the line when it is JSON that names one (FUTURE_TS, LATE).
-- Parameters: per_reason, shown_chars.
SELECT reason, source, source_position, detail, leftUTF8(raw_line, {shown_chars:UInt32}) AS raw_start,
       length(raw_line) AS raw_bytes, JSONExtractString(raw_line, 'office_id') AS office_id, arrived_at
FROM
(
    SELECT reason, source, source_position, detail, raw_line, arrived_at,
           row_number() OVER (PARTITION BY reason ORDER BY arrived_at DESC, source, source_position) AS n
    FROM dead_letters FINAL
)
WHERE n <= {per_reason:UInt32}
ORDER BY reason, n
