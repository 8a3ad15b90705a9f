-- File ids that begin with what the user has typed, for the trail's search box: only items held now by an office
-- of the scope (the office the trail view checks too). file_positions is ordered by file_id, so the prefix reads a
-- few granules.
-- Parameters: prefix, district and office ('' = no scope), limit.
SELECT file_id, office_id
FROM file_positions FINAL
WHERE startsWith(file_id, {prefix:String})
  AND ({office:String} = '' OR office_id = {office:String})
  AND ({district:String} = ''
       OR office_id IN (SELECT office_id FROM offices FINAL WHERE district = {district:String}))
ORDER BY file_id
LIMIT {limit:UInt32}
