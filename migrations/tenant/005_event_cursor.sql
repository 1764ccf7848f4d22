-- How far the event dispatcher has read this tenant's audit log (src/platform/events). Starts at the current end:
-- history from before events existed is not replayed.
CREATE TABLE event_cursor (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL
);
INSERT INTO event_cursor (seq) SELECT coalesce(max(seq), 0) FROM audit_log;

CREATE TRIGGER audit_log_events AFTER INSERT ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION public.events_wake();
