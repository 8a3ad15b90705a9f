-- The desks of LIVE offices, numbered, with the first number and the count of their office's desks: the
-- generated items live at these desks and move only within their office.
CREATE TABLE bench_live_desks ENGINE = MergeTree ORDER BY n AS
SELECT n, desk_id, office_id,
       min(n) OVER (PARTITION BY office_id)  AS office_first,
       count() OVER (PARTITION BY office_id) AS office_desks
FROM
(
    SELECT toUInt64(row_number() OVER (ORDER BY office_id, desk_id) - 1) AS n, desk_id, office_id
    FROM desks FINAL
    WHERE office_id IN (SELECT office_id FROM offices FINAL WHERE rollout_stage = 'LIVE')
)
