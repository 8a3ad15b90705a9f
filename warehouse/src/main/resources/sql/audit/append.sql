-- One audit entry per row of a JDBC batch (Warehouse.insertBatch); the columns in the order AuditLog binds them.
INSERT INTO audit_log (at, user_name, action, role, scope, view, rows, detail, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
