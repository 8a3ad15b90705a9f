-- Is the warehouse answering, and which ClickHouse is it? The health view times this round trip.
-- Parameters: none.
SELECT version() AS version, uptime() AS uptime_seconds
