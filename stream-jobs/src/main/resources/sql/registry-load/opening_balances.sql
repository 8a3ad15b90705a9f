INSERT INTO office_opening_balances (office_id, before_date, files_created, loaded_at)
VALUES (?, ?, ?, ?)
