import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { currentRequestStore } from '../common/request-context.js';

type ConnectCallback = (
  err: Error | undefined,
  client: PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

const FORWARDED_EVENTS = ['connect', 'acquire', 'release', 'remove', 'error'] as const;

/** The running request's (or job's) tenant id, if any: the request store types its tenant loosely (common/). */
export function currentTenantKey(): string | undefined {
  const tenant = currentRequestStore()?.tenant as { id?: unknown } | undefined;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}

/** FNV-1a over the key's characters: stable across processes, cheap for a 36-character id. */
export function partitionOf(key: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % partitions;
}

/** Sizes that add up to `max` over `partitions` parts, the larger first (10 over 4: 3, 3, 2, 2). */
export function partitionSizes(max: number, partitions: number): number[] {
  const n = Math.max(1, Math.min(partitions, max));
  return Array.from({ length: n }, (_, i) => Math.floor(max / n) + (i < max % n ? 1 : 0));
}

/**
 * The shared pool, split into partitions that each serve a fixed slice of the tenants first. A PostgreSQL backend
 * caches the catalog of every tenant schema it touches, and a tenant's first statement on a backend loads it (for an
 * audited write, also the audit table and the compiled trigger: ~1.5 ms more). With one undivided pool, at 1,000
 * tenants most writes are a backend's first into their tenant before the connection is recycled; with P partitions
 * each backend sees about 1/P of the tenants, so it stays warm and caches less (docs/performance.md, "affinity").
 *
 * A connection comes from the tenant's home partition when it has room; otherwise from a partition that has
 * served the tenant before (a free connection, else the shortest queue); a partition new to the tenant only once
 * two rounds of home's connections are queued and it has a free connection (a hot tenant overflows into idle
 * capacity; an even load of many tenants stays at home). Work outside a tenant (platform routes, migrations) takes
 * the least-loaded partition. The total stays `max` (the configured bound); counts and events are the sum of the
 * partitions', as for one pg Pool.
 */
export class AffinityPool extends Pool {
  readonly partitions: Pool[];
  /** The tenants each open connection has served (a backend caches each one's catalog until it exits). */
  private readonly served = new WeakMap<PoolClient, Set<string>>();
  /** The tenants each partition has served: a statement can move there without a cold start (approximately). */
  private readonly visited = new Map<Pool, Set<string>>();

  /**
   * `maxTenantsPerConnection`: a connection that has served this many distinct tenants is closed when released,
   * which bounds its backend's catalog caches by what makes them grow (0 = no bound).
   */
  constructor(
    config: PoolConfig,
    partitions: number,
    private readonly maxTenantsPerConnection = 0,
  ) {
    super(config);
    this.partitions = partitionSizes(config.max ?? 10, partitions).map((max) => new Pool({ ...config, max }));
    for (const part of this.partitions) {
      for (const event of FORWARDED_EVENTS) part.on(event, (...args: unknown[]) => this.emit(event, ...args));
    }
    // pg-pool defines the counts as getters over its own (here unused) lists; these sum the partitions instead.
    const sum = (count: (p: Pool) => number) => ({ get: () => this.partitions.reduce((n, p) => n + count(p), 0) });
    Object.defineProperties(this, {
      totalCount: sum((p) => p.totalCount),
      idleCount: sum((p) => p.idleCount),
      waitingCount: sum((p) => p.waitingCount),
      expiredCount: sum((p) => p.expiredCount),
    });
  }

  override connect(): Promise<PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<PoolClient> | void {
    const key = currentTenantKey();
    const pool = this.choose(key);
    if (key !== undefined) this.visitedBy(pool).add(key);
    if (key === undefined || this.maxTenantsPerConnection <= 0) {
      return callback ? pool.connect(callback) : pool.connect();
    }
    if (!callback) return pool.connect().then((client) => this.track(client, key));
    pool.connect((err, client, done) => {
      if (client) this.track(client, key);
      // The release that `track` may have replaced: pg passes done as the checkout's own release.
      callback(err, client, client ? (release) => client.release(release as Error | boolean | undefined) : done);
    });
  }

  /** Notes that `client` serves `key`'s tenant; one that reached the bound is closed on release instead of kept. */
  private track(client: PoolClient, key: string): PoolClient {
    let tenants = this.served.get(client);
    if (!tenants) this.served.set(client, (tenants = new Set()));
    tenants.add(key);
    if (tenants.size >= this.maxTenantsPerConnection) {
      // pg-pool gives each checkout a release of its own; a truthy argument closes the connection instead of keeping it.
      const release = client.release.bind(client);
      client.release = (err?: Error | boolean) => release(err || true);
    }
    return client;
  }

  override end(): Promise<void>;
  override end(callback: () => void): void;
  override end(callback?: () => void): Promise<void> | void {
    const ended = Promise.all(this.partitions.map((p) => p.end())).then(() => undefined);
    if (!callback) return ended;
    void ended.finally(callback);
  }

  /** The partition a statement of `key`'s tenant (undefined: no tenant) takes its connection from. */
  choose(key: string | undefined): Pool {
    const parts = this.partitions;
    if (parts.length === 1) return parts[0];
    if (key === undefined) return parts.reduce((best, p) => (load(p) < load(best) ? p : best));
    const home = parts[partitionOf(key, parts.length)];
    if (hasRoom(home)) return home;
    // Partitions that have served this tenant take it as freely as home: a free connection, else the shortest
    // queue (home when it is among the shortest). Any other costs a cold start: a backend's first statement in a
    // tenant takes it milliseconds and about half a megabyte of cache it keeps until it exits. Moving there on any
    // idle connection or shorter queue (the rule before) spread every tenant over every backend under load, so at
    // 1,000 tenants backends passed DATABASE_POOL_MAX_TENANTS_PER_CONNECTION and were recycled cold again and again
    // (docs/performance.md). So a new partition only once two rounds of home's connections are queued, and only
    // for a free connection: a hot tenant (or one of a handful) overflows into idle capacity, an even load of many
    // tenants stays at home.
    const warm = parts.filter((p) => p === home || this.visitedBy(p).has(key));
    const free = warm.find(hasRoom);
    if (free) return free;
    if (home.waitingCount >= 2 * (home.options.max ?? 1)) {
      const cold = parts.find(hasRoom);
      if (cold) return cold;
    }
    const shortest = warm.reduce((best, p) => (p.waitingCount < best.waitingCount ? p : best));
    return home.waitingCount <= shortest.waitingCount ? home : shortest;
  }

  private visitedBy(pool: Pool): Set<string> {
    let tenants = this.visited.get(pool);
    if (!tenants) this.visited.set(pool, (tenants = new Set()));
    return tenants;
  }
}

/** Statements waiting minus connections free now (an idle one not promised to a waiter, or room to open one). */
function load(pool: Pool): number {
  const spare =
    Math.max(0, pool.idleCount - pool.waitingCount) + Math.max(0, (pool.options.max ?? 0) - pool.totalCount);
  return pool.waitingCount - spare;
}

/** A connection now, without waiting: an idle one not promised to a waiter, or room to open one. */
function hasRoom(pool: Pool): boolean {
  return pool.idleCount > pool.waitingCount || pool.totalCount < (pool.options.max ?? 0);
}
