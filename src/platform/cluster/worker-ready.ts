import cluster from 'node:cluster';

/** The message a worker sends its primary once it listens. */
export const WORKER_READY = 'mtb:worker-ready';

/** Tells the primary (APP_WORKERS > 1) that this worker serves; nothing in a single process. */
export function announceWorkerReady(): void {
  if (cluster.isWorker) process.send?.({ type: WORKER_READY });
}
