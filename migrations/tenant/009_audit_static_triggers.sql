-- The audit log's chain and webhook-wake triggers as functions of this schema, with its tables in static SQL, so
-- their plans are kept per connection instead of planned on every audited write (migrations/public/013).
SELECT public.audit_install_tenant_triggers(current_schema());
