-- The registered offices that accepted events refer to, in id order: a new offices.csv that leaves one out is
-- worth a word (RegistryLoader.notListed). Parameters: none.
SELECT office_id
FROM offices FINAL
WHERE office_id IN (SELECT DISTINCT office_id FROM movement_events)
ORDER BY office_id
