INSERT INTO desks (desk_id, office_id, designation, designation_hi, holder_name, loaded_at)
VALUES (?, ?, ?, ?, ?, ?)
