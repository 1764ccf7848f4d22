import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { mapDatabaseError } from '../database/pg-errors.js';

interface Described {
  status: number;
  error: string;
  details?: unknown;
}

/** Errors raised by body-parser before Nest routes the request. */
interface BodyParserError {
  type?: string;
  status?: number;
}

function describeHttp(exception: HttpException): Described {
  const body = exception.getResponse();
  if (typeof body === 'string') return { status: exception.getStatus(), error: body };
  const { message, details } = body as { message?: unknown; details?: unknown };
  const error = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return { status: exception.getStatus(), error, details };
}

function describeBodyParser(err: BodyParserError): Described | undefined {
  if (err.type === 'entity.too.large') return { status: 413, error: 'Request body is larger than 1 MB' };
  if (err.type === 'entity.parse.failed') return { status: 400, error: 'Request body is not valid JSON' };
  if (typeof err.type === 'string' && typeof err.status === 'number' && err.status < 500) {
    return { status: err.status, error: 'Request body could not be read' };
  }
  return undefined;
}

/** The one place that writes error responses: `{ success: false, error }`, never a stack or SQL text. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const described = this.describe(exception);
    if (described.status >= 500 && described.status !== 503) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    } else if (described.status === 503) {
      // The cause (a connection error) is for the log; the client only learns that the service is unavailable.
      const cause = exception instanceof HttpException || !(exception instanceof Error) ? '' : `: ${exception.message}`;
      this.logger.warn(`${described.error}${cause}`);
    }
    if (response.headersSent) return;
    const body: Record<string, unknown> = { success: false, error: described.error };
    if (described.details !== undefined) body.details = described.details;
    response.status(described.status).json(body);
  }

  private describe(exception: unknown): Described {
    if (exception instanceof HttpException) return describeHttp(exception);
    const database = mapDatabaseError(exception);
    if (database) return { status: database.status, error: database.message };
    const parser = typeof exception === 'object' && exception !== null ? describeBodyParser(exception) : undefined;
    return parser ?? { status: 500, error: 'Internal server error' };
  }
}
