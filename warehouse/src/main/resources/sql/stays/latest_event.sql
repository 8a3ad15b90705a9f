-- The time of the latest accepted event. max(ts) is answered from the parts' min/max index of the partition key
-- column, without reading the table. An empty table answers 1970-01-01.
SELECT max(ts) AS latest FROM movement_events
