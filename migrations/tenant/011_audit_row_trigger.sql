-- One BEFORE INSERT row trigger on audit_log instead of three (migrations/public/015).
SELECT public.audit_install_tenant_triggers(current_schema());
