SELECT reason, count() FROM dead_letters FINAL WHERE source = ? GROUP BY reason ORDER BY reason
