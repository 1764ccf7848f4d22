-- This tenant's audit row trigger is regenerated when its webhook subscriptions change, so that it wakes the
-- dispatcher only while one is active instead of checking on every write (migrations/public/014).
CREATE TRIGGER webhook_subscriptions_audit_trigger AFTER INSERT OR DELETE OR UPDATE OF active ON webhook_subscriptions
  FOR EACH STATEMENT EXECUTE FUNCTION public.audit_refresh_tenant_trigger();
SELECT public.audit_install_tenant_triggers(current_schema());
