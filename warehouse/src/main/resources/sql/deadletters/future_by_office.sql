-- Events held back as too far ahead of the stream's time (FUTURE_TS) per office: the offices whose clock to fix.
-- The office is read from the raw line (dead_letters keeps lines raw). Parameters: none.
SELECT JSONExtractString(raw_line, 'office_id') AS office_id, count() AS count
FROM dead_letters FINAL
WHERE reason = 'FUTURE_TS'
GROUP BY office_id
ORDER BY count DESC, office_id
