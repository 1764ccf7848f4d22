import type { OpenAPIObject } from '@nestjs/swagger';
import { TENANT_THROTTLER } from '../../throttling/throttlers.js';

type HeaderObject = { description: string; required: boolean; schema: Record<string, unknown> };

const seconds = { type: 'integer', minimum: 0 };

/** The limits counted on the credential routes (throttlers.ts), whose library headers those routes carry. */
const AUTH_LIMITS = ['auth-ip', 'auth-email-ip', 'auth-email'];

/** The response headers of the API, as `components.headers` of the document. */
export const RESPONSE_HEADERS: Record<string, HeaderObject> = {
  RequestId: {
    description:
      "The request's id: the client's `x-request-id` when it is 1-64 of `[A-Za-z0-9._-]`, otherwise a new UUID. " +
      'It names the log lines and audit rows the request caused.',
    required: true,
    schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
  },
  RetryAfter: { description: 'Seconds to wait before sending again', required: true, schema: seconds },
  ...Object.fromEntries(
    [TENANT_THROTTLER, ...AUTH_LIMITS].flatMap((limit) => [
      [
        `RateLimitLimit-${limit}`,
        { description: `Requests the \`${limit}\` limit allows per window`, required: false, schema: seconds },
      ],
      [
        `RateLimitRemaining-${limit}`,
        { description: `Requests left in this \`${limit}\` window`, required: false, schema: seconds },
      ],
      [
        `RateLimitReset-${limit}`,
        { description: `Seconds until this \`${limit}\` window ends`, required: false, schema: seconds },
      ],
      [
        `RetryAfter-${limit}`,
        {
          description: `On a 429 of the \`${limit}\` limit: seconds until it lets requests through`,
          required: false,
          schema: seconds,
        },
      ],
    ]),
  ),
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** The headers of one limit's counter (sent once the limit has counted the request), by wire name. */
function limitHeaders(limit: string, status: string): Record<string, object> {
  const headers: Record<string, object> = {
    [`X-RateLimit-Limit-${limit}`]: ref(`RateLimitLimit-${limit}`),
    [`X-RateLimit-Remaining-${limit}`]: ref(`RateLimitRemaining-${limit}`),
    [`X-RateLimit-Reset-${limit}`]: ref(`RateLimitReset-${limit}`),
  };
  if (status === '429') headers[`Retry-After-${limit}`] = ref(`RetryAfter-${limit}`);
  return headers;
}

/**
 * The headers of a response: `x-request-id` on every one, `Retry-After` on every 429, and the rate limits' counters
 * on the routes that count them (the tenant's limit on signed-in tenant routes, the credential limits on the public
 * ones: sign-in, refresh, sign-out).
 */
export function responseHeaders(path: string, isPublic: boolean, status: string): Record<string, object> {
  const headers: Record<string, object> = { 'x-request-id': ref('RequestId') };
  if (status === '429') headers['Retry-After'] = ref('RetryAfter');
  if (path === '/api/tenant' || path.startsWith('/api/tenant/')) {
    for (const limit of isPublic ? AUTH_LIMITS : [TENANT_THROTTLER])
      Object.assign(headers, limitHeaders(limit, status));
  }
  return headers;
}

/** Adds the headers to every response of the document, and their definitions to its components. */
export function documentResponseHeaders(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as { responses?: Record<string, object>; security?: unknown[] }[]) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      for (const [status, response] of Object.entries(operation.responses)) {
        operation.responses[status] = { ...response, headers: responseHeaders(path, isPublic, status) };
      }
    }
  }
  document.components ??= {};
  document.components.headers = RESPONSE_HEADERS;
}
