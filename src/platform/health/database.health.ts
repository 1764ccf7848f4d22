import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DatabaseService } from '../database/database.service.js';

const PING_TIMEOUT_MS = 2000;

@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly db: DatabaseService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'database') {
    const indicator = this.indicators.check(key);
    try {
      await this.db.ping(PING_TIMEOUT_MS);
      return indicator.up();
    } catch {
      return indicator.down({ message: 'database is unreachable' });
    }
  }
}
