-- The audit log's row trigger as a function of this schema, with its tables in static SQL (migrations/public/013).
SELECT public.audit_install_tenant_triggers(current_schema());
