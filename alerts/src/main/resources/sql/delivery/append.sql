-- Appends one state of a delivery claim. claimed_at_ms < 0 means "a new claim": stamped with the server's clock,
-- the one clock every app instance shares, so "the earliest claim" means the same thing to all of them.
INSERT INTO alert_deliveries
    (report, recipient_id, period, claim_token, instance, status, step, attempts, email, message_id, error,
     claimed_at, updated_at)
SELECT {report:String}, {recipient_id:String}, {period:String}, {claim_token:String}, {instance:String},
       {status:String}, {step:UInt32}, {attempts:UInt16}, {email:String}, {message_id:String}, {error:String},
       if({claimed_at_ms:Int64} < 0, now64(3, 'Asia/Kolkata'),
          fromUnixTimestamp64Milli({claimed_at_ms:Int64}, 'Asia/Kolkata')),
       now64(3, 'Asia/Kolkata')
