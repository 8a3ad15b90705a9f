-- The server's clock: the one every app instance's claims are stamped and compared with.
SELECT now64(3, 'Asia/Kolkata') AS server_now
