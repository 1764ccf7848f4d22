// Connection recycling at the largest tenant count (settings-pair.mjs): a fresh app closing each pooled connection
// once it has served recycleMaxTenants(tenants) tenants (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION) against one that
// never recycles (that bound, DATABASE_POOL_MAX_USES and DATABASE_POOL_MAX_LIFETIME_SECONDS all 0), both with the
// default pool partitions, on the list scenario: what recycling saves in backend memory, next to what it costs.
import { formatSettingsPair, measureSettingsPair } from './settings-pair.mjs';

/**
 * Tenants per connection for the run: the default (500) where that is below what one of the default 5 partitions
 * serves, otherwise a twentieth of the tenants (a quarter of a partition's share; at least 20), so that a short run
 * at 1,000 tenants recycles too.
 */
export const recycleMaxTenants = (tenants) => Math.min(500, Math.max(20, Math.round(tenants / 20)));

const NEVER = {
  DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: '0',
  DATABASE_POOL_MAX_USES: '0',
  DATABASE_POOL_MAX_LIFETIME_SECONDS: '0',
};

export async function measureRecycling({ ctx, tenants, start, stop }) {
  const maxTenants = recycleMaxTenants(tenants);
  const env = { ...NEVER, DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: String(maxTenants) };
  const pair = await measureSettingsPair({
    ctx,
    tenants,
    scenario: 'list',
    on: { env, name: `app (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION=${maxTenants})`, label: 'recycle' },
    off: { env: NEVER, name: 'app (no recycling)' },
    start,
    stop,
  });
  return { ...pair, maxTenants };
}

export function formatRecycling(r) {
  if (!r) return 'connection recycling: not measured';
  if (r.error) return `connection recycling: failed (${r.error})`;
  const label = `connection recycling (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION=${r.maxTenants}) on list`;
  return formatSettingsPair(label, r, 'with recycling', 'without');
}
