-- The chain trigger as one statement instead of sixteen, so each backend keeps a fraction of the cached plans per
-- tenant it writes to (migrations/public/014).
SELECT public.audit_install_tenant_triggers(current_schema());
