import { readFileSync } from 'node:fs';
import { type INestApplication, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_DESCRIPTIONS, type ErrorStatus } from './api-responses.decorator.js';
import { API_KEY_SCHEME, BEARER_SCHEME } from './api-scopes.decorator.js';
import { ErrorResponse } from './envelope.schemas.js';
import { documentedExtraPaths } from './extra-paths.js';
import { documentResponseHeaders } from './response-headers.js';
import { describeValidatedDto } from './validation-schema.js';

const { version } = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The OpenAPI document of the app: what `/openapi.json` serves and `npm run openapi` writes. Scans the controllers
 * (works on an app created with `preview: true`, which connects to nothing), then applies the platform's rules that
 * hold for every route, so that no controller repeats them (finalize below).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  describeRouteDtos(app);
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Multi-tenant backend API')
    .setDescription(
      "Platform routes (`/api/tenants`) take the operators' `x-api-key`; tenant routes (`/api/tenant/...`) take " +
        '`x-tenant-id` and a bearer access token from `/api/tenant/auth/login`. Every JSON answer is an envelope: ' +
        '`{success: true, data, meta?, message?}` or `{success: false, error}`.',
    )
    .setVersion(version)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, API_KEY_SCHEME)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponse],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  for (const [path, item] of documentedExtraPaths()) document.paths[path] = structuredClone(item);
  return finalize(document);
}

/** Every `@Body()` and `@Query()` DTO of every controller gets its schema from its validation rules. */
function describeRouteDtos(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as Type;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          { index: number }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as Type[];
        for (const [key, { index }] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[index];
          if (typeof type !== 'function' || [String, Number, Object, Boolean].includes(type as never)) continue;
          if (kind === RouteParamtypes.BODY) describeValidatedDto(type, 'body');
          if (kind === RouteParamtypes.QUERY) describeValidatedDto(type, 'query');
        }
      }
    }
  }
}

type Operation = {
  responses: Record<string, unknown>;
  requestBody?: unknown;
  parameters?: { in: string }[];
  security?: Record<string, string[]>[];
};

const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

const errorAnswer = (status: ErrorStatus) => ({
  description: ERROR_DESCRIPTIONS[status],
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
});

/**
 * Rules that hold for every route, applied here rather than on each controller:
 * - answers the platform gives on any route: 500, 504 (request deadline); on /api routes also 400 (malformed URL
 *   or JSON), 429 (per-IP limit) and 503 (database unavailable, shutting down); 413/415 on methods that take a
 *   body, 414 where the path has a parameter;
 * - `security: []` for routes marked public (PublicApi);
 * - the headers every response carries (`x-request-id`; `Retry-After` on a 429; the rate limits' counters where
 *   they count), see response-headers.ts;
 * - objects with declared properties allow no others (`additionalProperties: false`): the validation pipe refuses
 *   unknown body fields and the contract test refuses undocumented response fields;
 * - paths, schemas and responses in a stable order, so the committed file changes only when the API does.
 */
export function finalize(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, Operation][]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const statuses: ErrorStatus[] = [500, 504];
      if (path.startsWith('/api/')) statuses.push(400, 429, 503);
      // Fastify reads a body sent to any of these, declared or not (a POST /resume with a body of the wrong type).
      if (BODY_METHODS.has(method)) statuses.push(413, 415);
      if (operation.parameters?.some((p) => p.in === 'path')) statuses.push(414);
      for (const status of statuses) operation.responses[status] ??= errorAnswer(status);
      operation.responses = sortKeys(operation.responses);
      if (operation.security?.some((requirement) => Object.keys(requirement).length === 0)) operation.security = [];
    }
  }
  documentResponseHeaders(document);
  document.paths = sortKeys(document.paths);
  const schemas = document.components?.schemas ?? {};
  for (const schema of Object.values(schemas)) closeObjects(schema);
  if (document.components) document.components.schemas = sortKeys(schemas);
  return JSON.parse(JSON.stringify(document)) as OpenAPIObject;
}

function closeObjects(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as Record<string, unknown>;
  if (s.properties && s.additionalProperties === undefined) s.additionalProperties = false;
  for (const value of Object.values(s)) {
    if (Array.isArray(value)) value.forEach(closeObjects);
    else closeObjects(value);
  }
}

function sortKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
