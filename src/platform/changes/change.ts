import { isUuid } from '../database/tenant-schema.js';

/** The PostgreSQL channel every replica LISTENs on. */
export const CHANGES_CHANNEL = 'mtb_changes';

/** A change other replicas must apply to what they cache. */
export type Change =
  | { type: 'tenant'; tenant_id: string }
  | { type: 'user'; tenant_id: string; user_id: string }
  | { type: 'refresh_family'; tenant_id: string; family_id: string };

/** What a subscriber receives: a change, or `reset` when the channel was lost (anything cached may be stale). */
export type ChannelEvent = Change | { type: 'reset' };

export type ChangeListener = (event: ChannelEvent) => void;

/** Parses a notification payload; anything that is not a change we publish is ignored (undefined). */
export function parseChange(payload: string | undefined): Change | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isUuid(v.tenant_id)) return undefined;
  const tenant_id = v.tenant_id.toLowerCase();
  if (v.type === 'tenant') return { type: 'tenant', tenant_id };
  if (v.type === 'user' && isUuid(v.user_id)) return { type: 'user', tenant_id, user_id: v.user_id.toLowerCase() };
  if (v.type === 'refresh_family' && isUuid(v.family_id)) {
    return { type: 'refresh_family', tenant_id, family_id: v.family_id.toLowerCase() };
  }
  return undefined;
}
