CREATE TABLE bench_events
(
    file_id String, kind String, priority String, office_id String, i UInt32, is_close UInt8,
    desk_id String, prev_desk String,
    at DateTime64(3, 'Asia/Kolkata'), next_at Nullable(DateTime64(3, 'Asia/Kolkata')),
    type String, next_type String
)
ENGINE = MergeTree ORDER BY (file_id, i)
