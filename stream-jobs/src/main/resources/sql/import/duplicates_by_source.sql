SELECT count() FROM duplicate_events FINAL WHERE source = ?
