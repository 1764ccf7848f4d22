import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';

// A pool of 4 in two partitions of 2, and no job worker (its polls would take connections of their own).
const SETTINGS: Record<string, string> = {
  DATABASE_POOL_MAX: '4',
  DATABASE_POOL_PARTITIONS: '2',
  JOBS_WORKERS: 'off',
};
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));
Object.assign(process.env, SETTINGS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { PG_POOL } = await import('../src/platform/database/database.constants.js');
const { AffinityPool, partitionOf, partitionSizes } = await import('../src/platform/database/affinity-pool.js');
const { RequestContext } = await import('../src/platform/common/request-context.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type Pool = InstanceType<typeof AffinityPool>;

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const context = new RequestContext();
/** Runs `fn` as a request of tenant `id` (or of no tenant). */
const asTenant = <T>(id: string | undefined, fn: () => Promise<T>): Promise<T> =>
  context.run({ request_id: randomUUID(), ip: null, tenant: id ? { id } : undefined }, fn);

const backendPid = async (pool: Pool, tenant?: string): Promise<number> =>
  asTenant(tenant, async () => (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid);

/** `n` tenant ids whose home is partition `p` of `partitions`. */
function tenantsOf(p: number, partitions: number, n: number): string[] {
  const ids: string[] = [];
  while (ids.length < n) {
    const id = randomUUID();
    if (partitionOf(id, partitions) === p) ids.push(id);
  }
  return ids;
}

describe('partitionSizes', () => {
  it('splits the pool into parts that add up to its size, never more parts than connections', () => {
    expect(partitionSizes(10, 5)).toEqual([2, 2, 2, 2, 2]);
    expect(partitionSizes(10, 4)).toEqual([3, 3, 2, 2]);
    expect(partitionSizes(3, 8)).toEqual([1, 1, 1]);
    expect(partitionSizes(1, 1)).toEqual([1]);
  });
});

describe('AffinityPool on the run database (pool of 4, two partitions)', () => {
  let pool: Pool;
  beforeEach(() => {
    pool = new AffinityPool({ connectionString: process.env.DATABASE_URL, max: 4, idleTimeoutMillis: 10_000 }, 2);
  });
  afterEach(() => pool.end());

  it("runs each tenant's statements on its home partition's backends, and the two partitions' backends differ", async () => {
    const seen = [new Set<number>(), new Set<number>()];
    for (const p of [0, 1]) {
      for (const tenant of tenantsOf(p, 2, 5)) {
        for (let i = 0; i < 3; i++) seen[p].add(await backendPid(pool, tenant));
      }
    }
    // Sequential statements reuse the partition's idle connection: one backend each, and not the other's.
    expect(seen[0].size).toBe(1);
    expect(seen[1].size).toBe(1);
    expect([...seen[0]].some((pid) => seen[1].has(pid))).toBe(false);
    expect(pool.partitions.map((p) => p.totalCount)).toEqual([1, 1]);
  });

  it('reports the sum of its partitions as one pool, with the configured size', async () => {
    const [a] = tenantsOf(0, 2, 1);
    const [b] = tenantsOf(1, 2, 1);
    const held = [await asTenant(a, () => pool.connect()), await asTenant(b, () => pool.connect())];
    await asTenant(a, async () => (await pool.connect()).release());
    expect(pool.options.max).toBe(4);
    expect({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }).toEqual({
      total: 3,
      idle: 1,
      waiting: 0,
    });
    held.forEach((c) => c.release());
    expect(pool.idleCount).toBe(3);
  });

  it('waits at home while home is busy but not behind, even with a free partition elsewhere that has not served the tenant', async () => {
    const [a] = tenantsOf(0, 2, 1);
    const home = [await asTenant(a, () => pool.connect()), await asTenant(a, () => pool.connect())];
    const pids = await Promise.all(
      home.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    const waiting = backendPid(pool, a);
    await new Promise((r) => setImmediate(r));
    expect(pool.partitions.map((p) => p.waitingCount)).toEqual([1, 0]);
    expect(pool.partitions.map((p) => p.totalCount)).toEqual([2, 0]);
    home[0].release();
    expect(pids).toContain(await waiting);
    home[1].release();
  });

  it("lends another partition's free connection once home has two rounds of its connections queued", async () => {
    const [a] = tenantsOf(0, 2, 1);
    const home = [await asTenant(a, () => pool.connect()), await asTenant(a, () => pool.connect())];
    const pids = await Promise.all(
      home.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    const queued: Promise<number>[] = [];
    try {
      for (let i = 0; i < 4; i += 1) queued.push(backendPid(pool, a));
      await new Promise((r) => setImmediate(r));
      expect(pool.partitions.map((p) => p.totalCount)).toEqual([2, 0]);
      // Four (two rounds of home's two connections) wait at home: the next runs at once on partition 1.
      const lent = await backendPid(pool, a);
      expect(pids).not.toContain(lent);
      expect(pool.partitions.map((p) => p.totalCount)).toEqual([2, 1]);
      expect(pool.partitions[0].waitingCount).toBe(4);
    } finally {
      home.forEach((c) => c.release());
    }
    for (const pid of await Promise.all(queued)) expect(pids).toContain(pid);
  });

  it('waits at home when every partition is busy and no other has served the tenant, however long its queue', async () => {
    const [a] = tenantsOf(0, 2, 1);
    const [b] = tenantsOf(1, 2, 1);
    const held: PoolClient[] = [];
    for (const t of [a, a, b, b]) held.push(await asTenant(t, () => pool.connect()));
    const statements: Promise<number>[] = [];
    for (let i = 0; i < 6; i += 1) {
      statements.push(backendPid(pool, a));
      await new Promise((r) => setImmediate(r));
    }
    // Partition 1 has never served tenant a, and no partition has a free connection: all six wait at home.
    expect(pool.partitions.map((p) => p.waitingCount)).toEqual([6, 0]);
    held[0].release();
    await expect(statements[0]).resolves.toEqual(expect.any(Number));
    held.slice(1).forEach((c) => c.release());
    await expect(Promise.all(statements)).resolves.toEqual(Array(6).fill(expect.any(Number)));
  });

  it('moves a tenant as soon as home is busy to a partition that has served it: its free connection, else its shorter queue', async () => {
    const [a] = tenantsOf(0, 2, 1);
    const [b] = tenantsOf(1, 2, 1);
    // Partition 1 serves tenant a once, through the overflow rule (four waiting at home, a free connection there).
    const home = [await asTenant(a, () => pool.connect()), await asTenant(a, () => pool.connect())];
    const queued = Array.from({ length: 4 }, () => backendPid(pool, a));
    await new Promise((r) => setImmediate(r));
    await backendPid(pool, a);
    home.forEach((c) => c.release());
    await Promise.all(queued);
    expect(pool.partitions.map((p) => p.totalCount)).toEqual([2, 1]);

    const busy = [await asTenant(a, () => pool.connect()), await asTenant(a, () => pool.connect())];
    const pids = await Promise.all(
      busy.map(async (c) => (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    // Home is busy with nothing queued: the statement takes partition 1's idle connection at once.
    expect(pids).not.toContain(await backendPid(pool, a));
    busy.push(await asTenant(b, () => pool.connect()), await asTenant(b, () => pool.connect()));
    expect(pool.partitions.map((p) => p.totalCount)).toEqual([2, 2]);
    // Every connection busy: the first waits at home (queues even), the second in partition 1 (the shorter queue).
    const waiting = [backendPid(pool, a)];
    await new Promise((r) => setImmediate(r));
    waiting.push(backendPid(pool, a));
    await new Promise((r) => setImmediate(r));
    expect(pool.partitions.map((p) => p.waitingCount)).toEqual([1, 1]);
    busy.forEach((c) => c.release());
    await expect(Promise.all(waiting)).resolves.toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('runs work of no tenant (platform routes, migrations) on any partition with room', async () => {
    const [a] = tenantsOf(0, 2, 1);
    const home = [await asTenant(a, () => pool.connect()), await asTenant(a, () => pool.connect())];
    try {
      await expect(backendPid(pool, undefined)).resolves.toEqual(expect.any(Number));
      expect(pool.partitions[1].totalCount).toBe(1);
    } finally {
      home.forEach((c) => c.release());
    }
  });

  it('closes every partition on end()', async () => {
    await backendPid(pool, tenantsOf(0, 2, 1)[0]);
    await backendPid(pool, tenantsOf(1, 2, 1)[0]);
    const other = new AffinityPool({ connectionString: process.env.DATABASE_URL, max: 2 }, 2);
    await backendPid(other, tenantsOf(1, 2, 1)[0]);
    await other.end();
    expect(other.totalCount).toBe(0);
    await expect(other.connect()).rejects.toThrow(/after calling end/);
  });
});

describe('AffinityPool: connections retired after serving N tenants (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION)', () => {
  let pool: Pool;
  beforeEach(() => {
    pool = new AffinityPool({ connectionString: process.env.DATABASE_URL, max: 1 }, 1, 3);
  });
  afterEach(() => pool.end());

  it('keeps a connection while it serves fewer tenants, however often, and closes it once it has served the third', async () => {
    const [t1, t2, t3, t4] = Array.from({ length: 4 }, () => randomUUID());
    const pids: number[] = [];
    for (const t of [t1, t1, t2, t1, t2, t2]) pids.push(await backendPid(pool, t));
    expect(new Set(pids).size).toBe(1);
    // The third tenant is served, then the connection closes instead of going back to the pool.
    expect(await backendPid(pool, t3)).toBe(pids[0]);
    expect(pool.totalCount).toBe(0);
    const next = await backendPid(pool, t4);
    expect(next).not.toBe(pids[0]);
    // Work of no tenant does not count towards the bound.
    for (let i = 0; i < 5; i++) expect(await backendPid(pool, undefined)).toBe(next);
  });

  it('applies to connections checked out with connect() too', async () => {
    const pids: number[] = [];
    for (const t of Array.from({ length: 4 }, () => randomUUID())) {
      const client = await asTenant(t, () => pool.connect());
      pids.push((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
      client.release();
    }
    expect(pids[2]).toBe(pids[0]);
    expect(pids[3]).not.toBe(pids[0]);
  });
});

describe('The app’s shared pool (DATABASE_POOL_PARTITIONS=2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("serves a tenant's requests from its home partition", async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    expect(pool).toBeInstanceOf(AffinityPool);
    expect(pool.partitions.map((p) => p.options.max)).toEqual([2, 2]);
    // Tenants until each partition is the home of two (ids are random; 30 all landing in one: about 1 in 10^9).
    const sessions: Awaited<ReturnType<typeof createTenantSession>>[] = [];
    const homes = [0, 0];
    for (let i = 0; i < 30 && Math.min(...homes) < 2; i++) {
      const s = await createTenantSession(t.http, `Affinity ${i}`);
      if (homes[partitionOf(s.tenant.id, 2)]++ < 2) sessions.push(s);
    }
    expect(homes.every((n) => n >= 2)).toBe(true);
    for (const s of sessions) {
      const acquired = [0, 0];
      const counters = pool.partitions.map((p, i) => {
        const count = () => (acquired[i] += 1);
        p.on('acquire', count);
        return () => p.off('acquire', count);
      });
      try {
        for (let i = 0; i < 5; i++) {
          await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);
        }
      } finally {
        counters.forEach((stop) => stop());
      }
      const home = partitionOf(s.tenant.id, 2);
      expect(acquired[home]).toBeGreaterThanOrEqual(5);
      expect(acquired[1 - home]).toBe(0);
    }
  });
});
