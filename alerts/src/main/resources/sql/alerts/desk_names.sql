-- Designations of the desks a mail lists (the stuck list names each desk).
SELECT desk_id, designation, designation_hi
FROM desks FINAL
WHERE desk_id IN {desk_ids:Array(String)}
