-- Announce user and refresh-token-family changes on the change channel (functions in migrations/public/006).
CREATE TRIGGER users_notify_change
  AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION public.notify_user_change();

CREATE TRIGGER refresh_tokens_notify_revoked
  AFTER UPDATE OF revoked_at ON refresh_tokens
  FOR EACH ROW
  WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL AND NEW.replaced_by IS NULL)
  EXECUTE FUNCTION public.notify_refresh_family_revoked();
