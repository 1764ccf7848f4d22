// Pool partitions with tenant affinity at the largest tenant count (settings-pair.mjs): a fresh app with the default
// partitions (DATABASE_POOL_PARTITIONS unset: pairs of connections) against one with one undivided pool
// (DATABASE_POOL_PARTITIONS=1), both with the default recycling, on the (audited) create scenario. A write that is
// its backend's first into a tenant loads the tenant's catalog and compiles its audit trigger; affinity makes those
// rarer, and each backend caches fewer tenants.
import { formatSettingsPair, measureSettingsPair } from './settings-pair.mjs';

export function measureAffinity({ ctx, tenants, start, stop }) {
  return measureSettingsPair({
    ctx,
    tenants,
    scenario: 'create',
    on: { env: {}, name: 'app (pool partitions, default)', label: 'affinity' },
    off: { env: { DATABASE_POOL_PARTITIONS: '1' }, name: 'app (DATABASE_POOL_PARTITIONS=1)' },
    start,
    stop,
  });
}

export function formatAffinity(a) {
  if (!a) return 'pool partitions: not measured';
  if (a.error) return `pool partitions: failed (${a.error})`;
  const label = 'pool partitions with tenant affinity (on) vs one pool (off), on create';
  const gain = a.cost !== null && a.cost < 0 ? ` (negative: a gain of ${(-a.cost * 100).toFixed(1)}%)` : '';
  return formatSettingsPair(label, a, 'with partitions', 'with one pool', gain);
}
