INSERT INTO offices (office_id, name, name_hi, category, district, division, parent_office_id, rollout_stage, stage_since, loaded_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
