import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { mapDatabaseError } from '../database/pg-errors.js';

interface Described {
  status: number;
  error: string;
  details?: unknown;
}

/** Errors Fastify raises before Nest routes the request (body parsing, limits), with their own status. */
interface FastifyError {
  code?: string;
  statusCode?: number;
}

function describeHttp(exception: HttpException): Described {
  const body = exception.getResponse();
  if (typeof body === 'string') return { status: exception.getStatus(), error: body };
  const { message, details } = body as { message?: unknown; details?: unknown };
  const error = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return { status: exception.getStatus(), error, details };
}

function describeFastify(err: FastifyError): Described | undefined {
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, error: 'Request body is larger than 1 MB' };
  if (err.code === 'FST_ERR_CTP_INVALID_JSON' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { status: 400, error: 'Request body is not valid JSON' };
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, error: 'Unsupported content type' };
  if (typeof err.code === 'string' && typeof err.statusCode === 'number' && err.statusCode < 500) {
    return { status: err.statusCode, error: 'Request could not be read' };
  }
  return undefined;
}

/** The one place that writes error responses: `{ success: false, error }`, never a stack or SQL text. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response: unknown = host.switchToHttp().getResponse();
    const described = this.describe(exception);
    if (described.status >= 500 && described.status !== 503) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    } else if (described.status === 503) {
      // The cause (a connection error) is for the log; the client only learns that the service is unavailable.
      const cause = exception instanceof HttpException || !(exception instanceof Error) ? '' : `: ${exception.message}`;
      this.logger.warn(`${described.error}${cause}`);
    }
    const { httpAdapter } = this.adapterHost;
    if (httpAdapter.isHeadersSent(response)) return;
    const body: Record<string, unknown> = { success: false, error: described.error };
    if (described.details !== undefined) body.details = described.details;
    httpAdapter.reply(response, body, described.status);
  }

  private describe(exception: unknown): Described {
    if (exception instanceof HttpException) return describeHttp(exception);
    const database = mapDatabaseError(exception);
    if (database) return { status: database.status, error: database.message };
    const parser = typeof exception === 'object' && exception !== null ? describeFastify(exception) : undefined;
    return parser ?? { status: 500, error: 'Internal server error' };
  }
}
