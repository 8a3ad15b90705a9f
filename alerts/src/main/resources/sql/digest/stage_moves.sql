-- Rollout stages of offices that reached a new stage in [from, to): every stage row of those offices, so the
-- caller can pair each new stage with the one before it. Scoped by district / office ('' = no restriction).
SELECT h.office_id AS office_id, toString(h.rollout_stage) AS rollout_stage, h.stage_since AS stage_since
FROM office_stage_history AS h FINAL
WHERE h.office_id IN (
        SELECT office_id FROM office_stage_history FINAL
        WHERE stage_since >= {from:Date} AND stage_since < {to:Date})
  AND ({office:String} = '' OR h.office_id = {office:String})
  AND ({district:String} = ''
       OR h.office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
ORDER BY office_id, stage_since, rollout_stage
