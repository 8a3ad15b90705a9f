-- Rejected input lines per reason code (dead_letters collapses a replayed line by its source position; FINAL).
-- Parameters: none.
SELECT reason, count() AS count
FROM dead_letters FINAL
GROUP BY reason
ORDER BY count DESC, reason
