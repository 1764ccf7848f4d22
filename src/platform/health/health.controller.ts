import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { ChangeChannelHealthIndicator } from '../changes/change-channel.health.js';
import { RateLimitHealthIndicator } from '../throttling/rate-limit.health.js';
import { DatabaseHealthIndicator } from './database.health.js';
import { ShutdownState } from './shutdown-state.js';
import { ApiErrors } from '../common/openapi/api-responses.decorator.js';
import { HealthCheckResult, HealthSummary } from './health.responses.js';

@ApiTags('health')
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
  @ApiOkResponse({ type: HealthSummary, description: 'Always 200 while serving; says whether the database answers' })
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
  @ApiOkResponse({ type: HealthCheckResult, description: 'The process serves' })
  live() {
    return { status: 'ok', info: {}, error: {}, details: {} };
  }

  /**
   * Readiness: 503 while the database is unreachable, the change channel has been down too long, or shutting down;
   * the rate-limit store is shown in the details (always up).
   */
  @Get('ready')
  // Terminus would add its own OpenAPI answers when it can load @nestjs/swagger (not under Jest): ours only.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({ type: HealthCheckResult, description: 'Ready for traffic' })
  @ApiErrors([503, 'Not ready: `error` names the failing checks, `details` holds every check'])
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
