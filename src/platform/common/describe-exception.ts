import { HttpException, NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { mapDatabaseError } from '../database/pg-errors.js';
import { type Described, describeFastifyError } from './fastify-errors.js';

function describeHttp(exception: HttpException): Described {
  const body = exception.getResponse();
  if (typeof body === 'string') return { status: exception.getStatus(), error: body };
  const { message, details } = body as { message?: unknown; details?: unknown };
  const error = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return { status: exception.getStatus(), error, details };
}

/**
 * The status and the safe message of any exception: HTTP exceptions as thrown, Fastify's own errors, database
 * errors mapped (pg-errors.ts), anything else a 500 `Internal server error` (never a stack, SQL text or the URL).
 * Shared by the REST filter and the GraphQL error formatter, so both answer the same failure the same way.
 */
export function describeException(exception: unknown, request?: FastifyRequest): Described {
  // Nest's 404 for an unmatched route says `Cannot GET <url>`: the URL is not echoed back.
  if (exception instanceof NotFoundException && request?.is404) return { status: 404, error: 'Route not found' };
  // Nest wraps Fastify's own 4xx errors (body limits, JSON syntax, content types) in an HttpException.
  const fastifyError = exception instanceof HttpException ? exception.cause : undefined;
  if (typeof fastifyError === 'object' && fastifyError !== null) {
    const described = describeFastifyError(fastifyError, request);
    if (described) return described;
  }
  if (exception instanceof HttpException) return describeHttp(exception);
  const database = mapDatabaseError(exception);
  if (database) return { status: database.status, error: database.message };
  const parser =
    typeof exception === 'object' && exception !== null ? describeFastifyError(exception, request) : undefined;
  return parser ?? { status: 500, error: 'Internal server error' };
}
