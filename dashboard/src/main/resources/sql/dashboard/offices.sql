-- The office registry as the dashboard needs it: names for rows, district and category for scoping by role
-- (a DISTRICT user sees the offices of their district, a POLICE user the police units). No parameters.
SELECT
    office_id,
    name,
    name_hi,
    toString(category) AS category,
    district
FROM offices FINAL
ORDER BY office_id
