-- New CLAIMED rows for many recipients of one (report, period) in one INSERT, stamped with the server's clock.
INSERT INTO alert_deliveries
    (report, recipient_id, period, claim_token, instance, status, step, attempts, email, message_id, error,
     claimed_at, updated_at)
SELECT {report:String}, c.1, {period:String}, c.2, {instance:String}, 'CLAIMED', 0, 0, c.3, '', '',
       now64(3, 'Asia/Kolkata'), now64(3, 'Asia/Kolkata')
FROM (SELECT arrayJoin(arrayZip({recipient_ids:Array(String)}, {tokens:Array(String)}, {emails:Array(String)})) AS c)
