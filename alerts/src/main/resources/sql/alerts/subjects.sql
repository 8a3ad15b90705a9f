-- Subjects of the files a mail lists (the stuck list names each file by id and subject).
SELECT file_id, subject
FROM file_positions FINAL
WHERE file_id IN {file_ids:Array(String)}
