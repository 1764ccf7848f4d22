import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Env } from '../config/env.validation.js';
import { ChangeChannel } from './change-channel.js';

/**
 * Readiness of the change channel: a replica whose channel has been down longer than CHANGE_CHANNEL_MAX_DOWN_MS
 * may miss invalidations for longer than that (its caches are short-lived meanwhile, but it also cannot tell
 * other replicas anything it cached), so it leaves the rotation until the channel is back.
 */
@Injectable()
export class ChangeChannelHealthIndicator {
  private readonly maxDownMs: number;

  constructor(
    private readonly channel: ChangeChannel,
    private readonly indicators: HealthIndicatorService,
    config: ConfigService<Env, true>,
  ) {
    this.maxDownMs = config.get('CHANGE_CHANNEL_MAX_DOWN_MS', { infer: true });
  }

  isHealthy(key = 'change_channel') {
    const indicator = this.indicators.check(key);
    const downFor = this.channel.downForMs();
    if (downFor <= this.maxDownMs) return indicator.up(downFor > 0 ? { down_for_ms: downFor } : undefined);
    return indicator.down({ message: `change channel down for ${downFor} ms` });
  }
}
