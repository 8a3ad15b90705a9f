SELECT count() FROM movement_events FINAL WHERE source = ?
