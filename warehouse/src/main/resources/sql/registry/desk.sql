-- One desk of the registry (latest load) by id: which office it belongs to, so that a desk typed into a filter can
-- be checked against the user's scope. Parameters: desk.
SELECT desk_id, office_id, designation, designation_hi, holder_name
FROM desks FINAL
WHERE desk_id = {desk:String}
