-- The desks of the registry (latest load), optionally of one district or one office ('' = all).
-- Parameters: district, office.
SELECT desk_id, office_id, designation, designation_hi, holder_name
FROM desks FINAL
WHERE ({office:String} = '' OR office_id = {office:String})
  AND ({district:String} = ''
       OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
ORDER BY office_id, desk_id
