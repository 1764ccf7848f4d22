import { performance } from 'node:perf_hooks';
import type { Pool, PoolClient } from 'pg';
import type { Metrics } from '../observability/metrics/metrics.js';

type Release = (release?: unknown) => void;
type ConnectCallback = (err: Error | undefined, client: PoolClient | undefined, done: Release) => void;

/**
 * The shared pool's occupancy (read at scrape time) and how long each connection was waited for. `connect` is
 * wrapped rather than timed at each call site: `pool.query` and transactions all go through it.
 */
export function instrumentPool(pool: Pool, metrics: Metrics): void {
  if (!metrics.enabled) return;
  metrics.gauge({
    name: 'db_pool_connections',
    help: 'Connections of the shared pool, by state (total, idle) and its size (max)',
    labelNames: ['state'] as const,
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'max' }, pool.options.max ?? 0);
    },
  });
  metrics.gauge({
    name: 'db_pool_waiting_clients',
    help: 'Queries and transactions waiting for a connection of the shared pool',
    collect() {
      this.set(pool.waitingCount);
    },
  });
  const acquire = metrics.poolAcquire;
  const connect = pool.connect.bind(pool) as (callback?: ConnectCallback) => Promise<PoolClient> | undefined;
  const timed = (callback?: ConnectCallback): Promise<PoolClient> | undefined => {
    const started = performance.now();
    const observe = () => acquire.observe((performance.now() - started) / 1000);
    if (callback) {
      return connect((err, client, done) => {
        observe();
        callback(err, client, done);
      });
    }
    return connect()!.then(
      (client) => {
        observe();
        return client;
      },
      (err: unknown) => {
        observe();
        throw err;
      },
    );
  };
  pool.connect = timed as Pool['connect'];
}
