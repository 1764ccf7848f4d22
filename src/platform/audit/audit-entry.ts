/** What a caller records in a tenant's audit log; actor, IP and request id come from the RequestContext. */
export interface AuditEntry {
  action: string;
  resource: string;
  resource_id?: string | null;
  /** Changed fields with their old and new values; secrets are replaced by `[redacted]` before they are written. */
  changes?: Record<string, { old?: unknown; new?: unknown }> | null;
  /** Anything else worth keeping that is not a field change (e.g. the email a failed sign-in tried). */
  details?: Record<string, unknown> | null;
  reason?: string | null;
}

export const PLATFORM_ACTIONS = [
  'create',
  'update',
  'suspend',
  'resume',
  'delete',
  'restore',
  'purge',
  'export',
] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/** A platform operation on one tenant; the actor is always `platform`. */
export interface PlatformAuditEntry {
  tenant_id: string;
  action: PlatformAction;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

export const REDACTED = '[redacted]';

/** Column and field names whose values never reach the audit log (password hashes, tokens, secrets). */
export const SECRET_NAME = /password|token|secret/i;

/** The same rule as SECRET_NAME, for SQL (`key ~* SECRET_NAME_SQL`). */
export const SECRET_NAME_SQL = 'password|token|secret';

export function redactChanges(changes: AuditEntry['changes']): AuditEntry['changes'] {
  if (!changes) return null;
  const out: Record<string, { old?: unknown; new?: unknown }> = {};
  for (const [key, change] of Object.entries(changes)) {
    if (!SECRET_NAME.test(key)) out[key] = change;
    else {
      out[key] = {};
      if ('old' in change) out[key].old = REDACTED;
      if ('new' in change) out[key].new = REDACTED;
    }
  }
  return out;
}

export function redactDetails(details: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!details) return null;
  return Object.fromEntries(Object.entries(details).map(([k, v]) => [k, SECRET_NAME.test(k) ? REDACTED : v]));
}
