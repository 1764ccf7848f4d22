import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Env } from '../../config/env.validation.js';
import { buildOpenApiDocument } from './openapi.document.js';

export const DOCS_PATH = '/docs';
export const DOCUMENT_PATH = '/openapi.json';

/** Served outside production unless API_DOCS=off; in production only with API_DOCS=on. */
export function apiDocsEnabled(env: Pick<Env, 'NODE_ENV' | 'API_DOCS'>): boolean {
  return env.API_DOCS ? env.API_DOCS === 'on' : env.NODE_ENV !== 'production';
}

/**
 * `/openapi.json` and the Swagger UI at `/docs` (assets by @fastify/static, all same-origin: helmet's default CSP
 * allows them). Neither is under /api, so no tenant guard or rate limit applies. The document is built on the
 * first request, not at start-up.
 */
export function setupApiDocs(app: NestFastifyApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: DOCUMENT_PATH,
    raw: ['json'],
    customSiteTitle: 'Multi-tenant backend API',
    // Swagger UI would otherwise send the document to validator.swagger.io for its badge.
    validatorUrl: 'none',
    swaggerOptions: { persistAuthorization: false, validatorUrl: null },
  });
}
