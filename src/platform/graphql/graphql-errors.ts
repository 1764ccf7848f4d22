import { Logger } from '@nestjs/common';
import { type ExecutionResult, GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { describeException } from '../common/describe-exception.js';
import { currentRequestStore } from '../common/request-context.js';
import { reportError } from '../observability/errors/error-reporter.js';
import { tenantIdOf, userIdOf } from '../observability/logging/log-fields.js';

/** `extensions.code` of an error, from the HTTP status REST would answer for the same failure. */
const CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
  504: 'TIMEOUT',
};

export const codeFor = (status: number) => CODES[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');

interface Shaped {
  status: number;
  errors: GraphQLFormattedError[];
}

const logger = new Logger('GraphQL');

/** An error graphql-js or mercurius raised about the document itself (syntax, validation, variables, depth). */
function documentError(error: unknown): GraphQLFormattedError {
  const { message, code } = error as { message: string; code?: unknown };
  const locations = error instanceof GraphQLError ? error.locations : undefined;
  let kind = 'GRAPHQL_VALIDATION_FAILED';
  if (code === 'MER_ERR_GQL_QUERY_DEPTH') kind = 'QUERY_TOO_DEEP';
  else if (message.startsWith('Syntax Error')) kind = 'GRAPHQL_PARSE_FAILED';
  else if (message.startsWith('Variable "$')) kind = 'BAD_USER_INPUT';
  else if (!(error instanceof GraphQLError)) kind = 'BAD_REQUEST';
  return { message, ...(locations && { locations }), extensions: { code: kind } };
}

function shape(error: GraphQLError, context: MercuriusContext, onError: (error: unknown) => void): Shaped {
  const original: unknown = error.originalError;
  const inner = (original as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(inner)) {
    // mercurius' MER_ERR_GQL_VALIDATION (and its GET-mutation refusal) wrap the document's errors.
    const status = (original as { statusCode?: number }).statusCode ?? 400;
    return { status, errors: inner.map(documentError) };
  }
  const own = original instanceof GraphQLError ? original : original === undefined ? error : undefined;
  if (own) {
    // Ours (complexity) carry a code; graphql-js' own document errors do not.
    const code = typeof own.extensions.code === 'string' ? own.extensions.code : undefined;
    return code ? { status: 400, errors: [own.toJSON()] } : { status: 400, errors: [documentError(own)] };
  }
  const request = context.reply?.request;
  onError(original);
  const described = describeException(original, request);
  const extensions: Record<string, unknown> = { code: codeFor(described.status) };
  if (described.status >= 500) {
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    if (described.status === 503) logger.warn(`${described.error}: ${detail.split('\n')[0]}`);
    else {
      logger.error(detail);
      // As the REST filter does: an unexpected error goes to error tracking (when SENTRY_DSN is set).
      const store = currentRequestStore();
      reportError(original, {
        request_id: request?.id ?? store?.request_id,
        tenant_id: tenantIdOf(store),
        user_id: userIdOf(store),
        route: request?.routeOptions.url,
        method: request?.method,
      });
    }
    if (request) extensions.request_id = request.id;
  }
  const formatted: GraphQLFormattedError = {
    message: described.error,
    ...(error.locations && { locations: error.locations }),
    ...(error.path && { path: error.path }),
    extensions,
  };
  return { status: described.status, errors: [formatted] };
}

/**
 * mercurius' errorFormatter: every error gets an `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN,
 * NOT_FOUND, CONFLICT, …) and the message REST would give, never internals (a 500 carries the request id).
 * An operation that ran answers 200 with `data` and `errors`, as GraphQL over HTTP expects; a request refused before
 * it ran (tenant, token, rate limit, an invalid or too costly document) answers the HTTP status REST would, and
 * only `errors`. `onError` sees each error a resolver threw (the app counts database errors with it, as REST does).
 */
export function graphqlErrorFormatter(onError: (error: unknown) => void = () => undefined) {
  return (
    execution: ExecutionResult & Required<Pick<ExecutionResult, 'errors'>>,
    context: MercuriusContext,
  ): { statusCode: number; response: ExecutionResult | { errors: GraphQLFormattedError[] } } => {
    const shaped = execution.errors.map((e) => shape(e, context, onError));
    const errors = shaped.flatMap((s) => s.errors) as unknown as GraphQLError[];
    if ('data' in execution) return { statusCode: 200, response: { data: execution.data ?? null, errors } };
    return { statusCode: shaped[0]?.status ?? 400, response: { errors } };
  };
}
