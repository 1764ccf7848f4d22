import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ErrorResponse, PageMeta } from './envelope.schemas.js';

/** What each error status means in this API; the body is always the ErrorResponse envelope. */
export const ERROR_DESCRIPTIONS = {
  400: 'Invalid input: a parameter, header or body field breaks its rules',
  401: 'Missing or invalid credentials',
  403: 'Not allowed: role, suspended tenant',
  404: 'Not found in this tenant',
  409: 'Conflicts with existing data (a unique value is taken)',
  410: 'Gone: it existed but is no longer kept',
  413: 'Request body too large for this route',
  414: 'A path parameter is too long',
  415: 'Unsupported content type (send application/json)',
  429: 'Rate limit reached; see Retry-After',
  500: 'Unexpected error; carries no internals',
  503: 'A dependency (the database) is unavailable, or the server is shutting down',
  504: 'The request passed REQUEST_TIMEOUT_MS',
} as const;

export type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** Error answers of a route or controller: `@ApiErrors(404, 409)`, optionally with a route-specific description. */
export function ApiErrors(...statuses: (ErrorStatus | [ErrorStatus, string])[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((entry) => {
      const [status, description] = Array.isArray(entry) ? entry : [entry, ERROR_DESCRIPTIONS[entry]];
      return ApiResponse({ status, description, type: ErrorResponse });
    }),
  );
}

export interface EnvelopeOptions {
  /** 200 unless given (201 for a create). */
  status?: number;
  /** `data` is an array and `meta` holds the page (`limit`, `next_cursor`). */
  list?: boolean;
  /** The answer carries a human `message` (e.g. "Tenant created"). */
  message?: boolean;
  description?: string;
}

/** The success envelope as on the wire: `{success: true, data: <model or model[]>, meta?, message?}`. */
export function ApiEnvelope(model: Type, options: EnvelopeOptions = {}): MethodDecorator {
  const item = { $ref: getSchemaPath(model) };
  const properties: Record<string, object> = {
    success: { type: 'boolean', enum: [true] },
    data: options.list ? { type: 'array', items: item } : item,
  };
  const required = ['success', 'data'];
  if (options.list) {
    properties.meta = { $ref: getSchemaPath(PageMeta) };
    required.push('meta');
  }
  if (options.message) {
    properties.message = { type: 'string' };
    required.push('message');
  }
  return applyDecorators(
    ApiExtraModels(model, PageMeta),
    ApiResponse({
      status: options.status ?? 200,
      description: options.description ?? (options.list ? 'A page, newest first' : 'OK'),
      schema: { type: 'object', required, properties, additionalProperties: false },
    }),
  ) as MethodDecorator;
}

/** A 204: no body. */
export const ApiNoContent = (description = 'Done; no body') => ApiResponse({ status: 204, description });
