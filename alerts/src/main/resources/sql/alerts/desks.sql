-- Every registered desk's designation (a few thousand rows): read once for a run, so that no mail looks desks up by id.
SELECT desk_id, designation, designation_hi
FROM desks FINAL
