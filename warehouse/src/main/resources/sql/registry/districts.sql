-- The districts that have registered offices, in alphabetical order (state-level offices have none).
SELECT DISTINCT district FROM offices FINAL WHERE district != '' ORDER BY district
