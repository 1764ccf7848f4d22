-- Announce each audit row of a CRUD write to every replica's sockets (function in migrations/public/009).
CREATE TRIGGER audit_log_live AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION public.audit_live_notify();
