INSERT INTO office_stage_history (office_id, rollout_stage, stage_since, first_seen_at)
VALUES (?, ?, ?, ?)
