import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { reportError } from '../observability/errors/error-reporter.js';
import { tenantIdOf, userIdOf } from '../observability/logging/log-fields.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { countDatabaseError } from './database-error-count.js';
import { describeException } from './describe-exception.js';
import { OutageLog } from './outage-log.js';
import { currentRequestStore } from './request-context.js';

/**
 * The one place that writes error responses: `{ success: false, error }`, never a stack, SQL text or the URL. A 500
 * also names its `request_id`, so that support can find its log line and its error report.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly outages: OutageLog,
    private readonly metrics: Metrics,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // A resolver's error goes back to GraphQL, whose error formatter answers it (graphql-errors.ts).
    if (host.getType<string>() === 'graphql') throw exception;
    const http = host.switchToHttp();
    const response: unknown = http.getResponse();
    const request = http.getRequest<FastifyRequest | undefined>();
    const described = describeException(exception, request);
    countDatabaseError(this.metrics, exception);
    if (described.status >= 500 && described.status !== 503) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      if (described.status === 500) this.report(exception, request);
    } else if (described.status === 503) {
      // The cause (a connection error) is for the log; the client only learns that the service is unavailable.
      // Logged once per outage, then summarised: not one line per refused request.
      const cause = exception instanceof HttpException || !(exception instanceof Error) ? '' : `: ${exception.message}`;
      this.outages.record(described.error, cause);
    }
    const { httpAdapter } = this.adapterHost;
    if (httpAdapter.isHeadersSent(response)) return;
    const body: Record<string, unknown> = { success: false, error: described.error };
    if (described.details !== undefined) body.details = described.details;
    if (described.status === 500 && request) body.request_id = request.id;
    // Every 429 says when to come back; the rate limits set their own value, a full export queue waits a second.
    if (described.status === 429 && !(response as FastifyReply).hasHeader('retry-after')) {
      httpAdapter.setHeader(response, 'Retry-After', '1');
    }
    httpAdapter.reply(response, body, described.status);
  }

  /** An unexpected error goes to error tracking (when SENTRY_DSN is set) with the ids that find its log lines. */
  private report(exception: unknown, request: FastifyRequest | undefined): void {
    const store = currentRequestStore();
    reportError(exception, {
      request_id: request?.id ?? store?.request_id,
      tenant_id: tenantIdOf(store),
      user_id: userIdOf(store),
      route: request?.routeOptions.url,
      method: request?.method,
    });
  }
}
