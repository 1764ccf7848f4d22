import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ChangeChannelHealthIndicator } from '../changes/change-channel.health.js';
import { RateLimitHealthIndicator } from '../throttling/rate-limit.health.js';
import { DatabaseHealthIndicator } from './database.health.js';
import { ShutdownState } from './shutdown-state.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
    private readonly changes: ChangeChannelHealthIndicator,
    private readonly rateLimit: RateLimitHealthIndicator,
  ) {}

  /** The seed's contract. Always 200 while the process serves, so a liveness probe never restarts a pod over a database blip. */
  @Get()
  async summary() {
    const db = await this.database.isHealthy();
    const up = db.database.status === 'up';
    return {
      status: up ? 'ok' : 'error',
      database: up ? 'connected' : 'disconnected',
      timestamp: new Date().toISOString(),
    };
  }

  /**
   * Liveness: depends on nothing but the event loop, and stays 200 while the app drains after SIGTERM
   * (Terminus' own check answers 503 once shutdown begins, which would fail requests still being served).
   */
  @Get('live')
  live() {
    return { status: 'ok', info: {}, error: {}, details: {} };
  }

  /**
   * Readiness: 503 while the database is unreachable, the change channel has been down too long, or shutting down;
   * the rate-limit store is shown in the details (always up).
   */
  @Get('ready')
  @HealthCheck()
  async ready() {
    try {
      return await this.health.check([
        async () => {
          const indicator = this.indicators.check('shutdown');
          return this.shutdown.isShuttingDown ? indicator.down({ message: 'shutting down' }) : indicator.up();
        },
        () => this.database.isHealthy(),
        () => this.changes.isHealthy(),
        // Always up: shows whether rate limits are shared (Redis) or counted per replica during a Redis outage.
        () => this.rateLimit.check(),
      ]);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      const body = err.getResponse() as { error?: Record<string, unknown>; details?: unknown };
      const failing = Object.keys(body.error ?? {}).join(', ') || 'unknown';
      throw new ServiceUnavailableException({ message: `Not ready: ${failing}`, details: body.details });
    }
  }
}
