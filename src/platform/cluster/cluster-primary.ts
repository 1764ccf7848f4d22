import cluster, { type Worker } from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { AggregatorRegistry } from 'prom-client';
import { ConfigValidationError, validateEnv, type Env } from '../config/env.validation.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres.js';
import { metricsHandler } from '../observability/metrics/metrics.server.js';
import { WORKER_READY } from './worker-ready.js';

/** A worker that dies more often than this in a minute is not going to stay up: the primary gives up. */
const RESTARTS_PER_MINUTE = 5;
/** How long the workers get to drain after SIGTERM, on top of their own delays, before they are killed. */
const SHUTDOWN_MARGIN_MS = 30_000;

/**
 * What each worker's environment adds: its share of the pool (the workers together hold at most
 * DATABASE_POOL_MAX connections), and the embedded PostgreSQL's address when the primary started one.
 */
export function workerEnvironment(env: Env, databaseUrl?: string): Record<string, string> {
  const extra: Record<string, string> = {
    DATABASE_POOL_MAX: String(Math.floor(env.DATABASE_POOL_MAX / env.APP_WORKERS)),
  };
  if (databaseUrl) extra.DATABASE_URL = databaseUrl;
  try {
    validateEnv({ ...process.env, ...extra });
  } catch (err) {
    if (!(err instanceof ConfigValidationError)) throw err;
    throw new ConfigValidationError(
      `${err.message} (with APP_WORKERS=${env.APP_WORKERS}, each worker's DATABASE_POOL_MAX is ${extra.DATABASE_POOL_MAX})`,
    );
  }
  return extra;
}

/**
 * APP_WORKERS > 1: this process forks the workers that serve the port (node:cluster hands them its connections in
 * turn) and does nothing else on the request path. It starts the embedded PostgreSQL when DATABASE_URL is unset,
 * serves METRICS_PORT with the workers' metrics summed (prom-client's AggregatorRegistry), replaces a worker that
 * dies, gives up when they keep dying or one fails before it is ready, and on SIGTERM or SIGINT stops the workers
 * (each drains as a single process does) before it exits.
 */
export async function runPrimary(env: Env): Promise<void> {
  const logger = new Logger('Cluster');
  let database: EmbeddedPostgresHandle | undefined;
  if (!env.DATABASE_URL) {
    database = await startEmbeddedPostgres({
      dir: env.EMBEDDED_PG_DIR,
      port: env.EMBEDDED_PG_PORT,
      log: (line) => new Logger('EmbeddedPostgres').warn(line),
    });
  }
  const extraEnv = workerEnvironment(env, database?.url);
  const metrics = env.METRICS === 'on' ? await serveMetrics(env, logger) : undefined;

  const ready = new Set<Worker>();
  const restarts: number[] = [];
  let announced = false;
  let stopping: Promise<void> | undefined;

  const stop = (code: number): Promise<void> =>
    (stopping ??= (async () => {
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      const deadline = setTimeout(
        () => {
          logger.error('Workers did not stop in time: killing them');
          for (const worker of workers) worker.process.kill('SIGKILL');
        },
        env.SHUTDOWN_DELAY_MS! + env.JOBS_SHUTDOWN_TIMEOUT_MS + SHUTDOWN_MARGIN_MS,
      );
      await Promise.all(
        workers.map((worker) =>
          worker.isDead()
            ? undefined
            : new Promise<void>((resolve) => {
                worker.once('exit', () => resolve());
                worker.process.kill('SIGTERM');
              }),
        ),
      );
      clearTimeout(deadline);
      await new Promise((resolve) => (metrics ? metrics.close(resolve) : resolve(undefined)));
      await database?.stop();
      process.exit(code);
    })());

  const fork = (): void => {
    const worker = cluster.fork(extraEnv);
    worker.on('message', (message: { type?: string }) => {
      if (message?.type !== WORKER_READY) return;
      ready.add(worker);
      if (!announced && ready.size === env.APP_WORKERS) {
        announced = true;
        logger.log(`Listening on http://${env.HOST}:${env.PORT} with ${env.APP_WORKERS} workers`);
      }
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    const wasReady = ready.delete(worker);
    if (stopping) return;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!wasReady) {
      logger.error(`A worker (pid ${worker.process.pid}) exited with ${how} before it was ready: stopping`);
      void stop(1);
      return;
    }
    const now = Date.now();
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > RESTARTS_PER_MINUTE) {
      logger.error(`Workers exited ${restarts.length} times in a minute (the last with ${how}): stopping`);
      void stop(1);
      return;
    }
    logger.error(`A worker (pid ${worker.process.pid}) exited with ${how}: starting another`);
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(0));
  for (let i = 0; i < env.APP_WORKERS; i++) fork();
}

/** METRICS_PORT on the primary: each scrape asks every worker for its registry and sums them. */
async function serveMetrics(env: Env, logger: Logger): Promise<Server> {
  const registry = new AggregatorRegistry();
  const server = createServer(
    metricsHandler(
      () => registry.clusterMetrics(),
      registry.contentType,
      (message) => logger.error(message),
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.METRICS_PORT, env.HOST, () => resolve());
  });
  return server;
}
