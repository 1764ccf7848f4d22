-- The tenant audit chain's trigger (migrations/public/002) with the same canonical content, computed without a SQL
-- function call per field: the thirteen audit_field() calls, audit_time() and audit_hash() each ran through the SQL
-- function executor on every audited write, about 145 us of server time per row with 25 concurrent writers
-- (docs/performance.md). Each field is still '-' for NULL, else '<byte length>:<text>', joined by '|' after the previous
-- hash; src/platform/audit/audit-chain.ts, which verifies chains, is unchanged, and so are existing rows' hashes.
CREATE OR REPLACE FUNCTION public.audit_log_chain() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  f_seq text; f_id text; f_time text; f_actor text; f_resource_id text; f_changes text; f_details text;
  f_reason text; f_ip text; f_request text;
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext(TG_TABLE_SCHEMA));
  EXECUTE format('SELECT seq, hash FROM %I.audit_log ORDER BY seq DESC LIMIT 1', TG_TABLE_SCHEMA)
    INTO head_seq, head_hash;
  NEW.seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
  NEW.created_at := date_trunc('milliseconds', clock_timestamp());
  f_seq := NEW.seq::text;
  f_id := NEW.id::text;
  f_time := (extract(epoch FROM NEW.created_at) * 1000000)::bigint::text;
  f_actor := NEW.actor_id::text;
  f_resource_id := NEW.resource_id;
  f_changes := NEW.changes::text;
  f_details := NEW.details::text;
  f_reason := NEW.reason;
  f_ip := NEW.ip;
  f_request := NEW.request_id;
  NEW.hash := encode(sha256(convert_to(concat_ws('|', NEW.prev_hash,
    octet_length(f_seq) || ':' || f_seq,
    octet_length(f_id) || ':' || f_id,
    octet_length(f_time) || ':' || f_time,
    octet_length(NEW.actor_type) || ':' || NEW.actor_type,
    CASE WHEN f_actor IS NULL THEN '-' ELSE octet_length(f_actor) || ':' || f_actor END,
    octet_length(NEW.action) || ':' || NEW.action,
    octet_length(NEW.resource) || ':' || NEW.resource,
    CASE WHEN f_resource_id IS NULL THEN '-' ELSE octet_length(f_resource_id) || ':' || f_resource_id END,
    CASE WHEN f_changes IS NULL THEN '-' ELSE octet_length(f_changes) || ':' || f_changes END,
    CASE WHEN f_details IS NULL THEN '-' ELSE octet_length(f_details) || ':' || f_details END,
    CASE WHEN f_reason IS NULL THEN '-' ELSE octet_length(f_reason) || ':' || f_reason END,
    CASE WHEN f_ip IS NULL THEN '-' ELSE octet_length(f_ip) || ':' || f_ip END,
    CASE WHEN f_request IS NULL THEN '-' ELSE octet_length(f_request) || ':' || f_request END
  ), 'UTF8')), 'hex');
  RETURN NEW;
END
$$;
