import { HttpException } from '@nestjs/common';
import { isDatabaseError, mapDatabaseError } from '../database/pg-errors.js';
import type { Metrics } from '../observability/metrics/metrics.js';

/**
 * Counts an error that came from the database in `db_errors_total`, by kind (`unique_violation`, …, or `other`);
 * an HTTP exception or anything else is not counted. REST's exception filter and GraphQL's error formatter both call it.
 */
export function countDatabaseError(metrics: Metrics, exception: unknown): void {
  if (exception instanceof HttpException) return;
  const database = mapDatabaseError(exception);
  if (database) metrics.databaseError(database.kind);
  else if (isDatabaseError(exception)) metrics.databaseError('other');
}
