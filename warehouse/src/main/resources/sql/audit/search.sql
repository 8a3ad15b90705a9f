-- The audit entries of a time range, newest first, narrowed to one user and/or one action when those are not empty.
-- total counts every matching entry, also those past the limit, so the page can say how many it does not show.
-- Parameters: from, to (to exclusive), user, action, limit.
SELECT at, user_name, action, role, scope, view, rows, detail, address, count() OVER () AS total
FROM audit_log
WHERE at >= {from:DateTime64(3, 'Asia/Kolkata')}
  AND at < {to:DateTime64(3, 'Asia/Kolkata')}
  AND ({user:String} = '' OR user_name = {user:String})
  AND ({action:String} = '' OR action = {action:String})
ORDER BY at DESC, user_name, action
LIMIT {limit:UInt32}
