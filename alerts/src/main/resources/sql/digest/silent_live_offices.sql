-- LIVE offices that created no e-file (CREATED, kind FILE) in the days up to as_of: the last one they created, if any.
SELECT o.office_id AS office_id, o.name AS name, o.name_hi AS name_hi, o.district AS district,
       c.last_created AS last_created
FROM (SELECT office_id, name, name_hi, district FROM offices FINAL
      WHERE rollout_stage = 'LIVE'
        AND ({office:String} = '' OR office_id = {office:String})
        AND ({district:String} = '' OR district = {district:String})) AS o
LEFT JOIN (SELECT office_id, max(ts) AS last_created FROM movement_events FINAL
           WHERE type = 'CREATED' AND kind = 'FILE' AND ts <= {as_of:DateTime64(3, 'Asia/Kolkata')}
           GROUP BY office_id) AS c ON c.office_id = o.office_id
WHERE c.office_id = '' OR c.last_created < {as_of:DateTime64(3, 'Asia/Kolkata')} - INTERVAL {days:UInt16} DAY
ORDER BY o.district, o.office_id
SETTINGS join_use_nulls = 0
