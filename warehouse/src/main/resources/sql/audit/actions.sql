-- The actions the audit trail holds so far, for the page's action filter (new kinds appear as they are written).
-- Parameters: none.
SELECT DISTINCT action FROM audit_log ORDER BY action
