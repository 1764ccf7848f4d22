import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import cluster from 'node:cluster';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Env } from '../../config/env.validation.js';
import { Metrics } from './metrics.js';

/**
 * `GET /metrics` on METRICS_PORT, bound to HOST: a port of its own, so the public port (and an Ingress in front of
 * it) never shows the metrics, and no rate limit, auth or body parsing stands in a scrape's way.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly metrics: Metrics,
    private readonly config: ConfigService<Env, true>,
  ) {}

  /** The bound port (METRICS_PORT=0 picks a free one), undefined while not listening. */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    // Under APP_WORKERS > 1 the primary serves the port, with every worker's metrics summed.
    if (!this.metrics.enabled || cluster.isWorker) return;
    const host = this.config.get('HOST', { infer: true });
    const server = createServer(
      metricsHandler(
        () => this.metrics.registry.metrics(),
        this.metrics.registry.contentType,
        (message) => this.logger.error(message),
      ),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.get('METRICS_PORT', { infer: true }), host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrics on http://${host}:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** `GET /metrics` answered with `collect()`'s text; anything else is a 404. */
export function metricsHandler(
  collect: () => Promise<string>,
  contentType: string,
  logError: (message: string) => void,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    collect().then(
      (text) => response.writeHead(200, { 'content-type': contentType }).end(text),
      (err: unknown) => {
        logError(`Collecting metrics failed: ${err instanceof Error ? err.message : String(err)}`);
        response.writeHead(500, { 'content-type': 'text/plain' }).end('Collecting metrics failed\n');
      },
    );
  };
}
