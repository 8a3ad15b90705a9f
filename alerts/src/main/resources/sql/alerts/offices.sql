-- The registry's offices, for names, districts and stages in the mails (who is live, which district an office is in).
SELECT office_id, name, name_hi, toString(category) AS category, district, toString(rollout_stage) AS rollout_stage,
       stage_since
FROM offices FINAL
ORDER BY office_id
