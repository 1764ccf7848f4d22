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

  /**
   * Up when the database answers on the health connection. A shared pool with every connection busy is
   * reported (`pool.saturated`) but stays up: one tenant's slow queries must not take the replica out of rotation.
   */
  async isHealthy(key = 'database') {
    const indicator = this.indicators.check(key);
    const stats = this.db.poolStats();
    const pool = { ...stats, saturated: stats.total >= stats.max && stats.idle === 0 };
    try {
      await this.db.ping(PING_TIMEOUT_MS);
      return indicator.up({ pool });
    } catch {
      return indicator.down({ message: 'database is unreachable', pool });
    }
  }
}
