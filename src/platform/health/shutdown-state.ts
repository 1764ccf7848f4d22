import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Env } from '../config/env.validation.js';

/**
 * On SIGTERM, readiness fails first; the server keeps serving for SHUTDOWN_DELAY_MS so load balancers
 * notice, then Nest closes the HTTP server (in-flight requests finish) and finally the pool.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ShutdownState.name);
  private stopping = false;

  constructor(private readonly config: ConfigService<Env, true>) {}

  get isShuttingDown(): boolean {
    return this.stopping;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.stopping = true;
    const delay = this.config.get('SHUTDOWN_DELAY_MS', { infer: true }) ?? 0;
    if (signal) this.logger.log(`${signal}: readiness is failing; closing in ${delay} ms`);
    if (delay > 0) await sleep(delay);
  }
}
