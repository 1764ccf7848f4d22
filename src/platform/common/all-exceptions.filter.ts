import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { describeException } from './describe-exception.js';
import { OutageLog } from './outage-log.js';

/** The one place that writes error responses: `{ success: false, error }`, never a stack, SQL text or the URL. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly outages: OutageLog,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // A resolver's error goes back to GraphQL, whose error formatter answers it (graphql-errors.ts).
    if (host.getType<string>() === 'graphql') throw exception;
    const http = host.switchToHttp();
    const response: unknown = http.getResponse();
    const described = describeException(exception, http.getRequest<FastifyRequest | undefined>());
    if (described.status >= 500 && described.status !== 503) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
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
    httpAdapter.reply(response, body, described.status);
  }
}
