-- The office registry (latest load of each office), optionally one district's or one office ('' = all).
-- Parameters: district, office.
SELECT office_id, name, name_hi, toString(category) AS category, district, division, parent_office_id,
       toString(rollout_stage) AS rollout_stage, stage_since
FROM offices FINAL
WHERE ({district:String} = '' OR district = {district:String})
  AND ({office:String} = '' OR office_id = {office:String})
ORDER BY office_id
