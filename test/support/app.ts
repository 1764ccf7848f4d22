import { type INestApplication, type LogLevel } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import pg from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module.js';
import { configureApp, createAdapter } from '../../src/app.setup.js';
import { AppLogger } from '../../src/platform/observability/logging/app-logger.js';
import { buildOpenApiDocument } from '../../src/platform/common/openapi/openapi.document.js';
import { registerContractCheck } from './contract.js';
import { adminHeaders, TEST_PASSWORD } from './auth.js';

/** The supertest agent bound to a test app. */
export type Http = ReturnType<typeof request>;

export interface TestApp {
  app: INestApplication;
  http: Http;
  close(): Promise<void>;
}

const VERBOSITY: LogLevel[] = ['verbose', 'debug', 'log', 'warn', 'error', 'fatal'];

/**
 * Boots the real AppModule (real PostgreSQL, same HTTP setup and logger as main.ts), optionally with overrides.
 * Log lines go through process.stdout (not fd 1 directly, as in main.ts), so `captureOutput` sees them.
 */
export async function createTestApp(
  customize?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  logLevels: LogLevel[] = ['error', 'warn'],
  options: { trustProxy?: string; logFormat?: 'json' | 'pretty' } = {},
): Promise<TestApp> {
  const builder = Test.createTestingModule({ imports: [AppModule] });
  const moduleRef = await (customize ? customize(builder) : builder).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createAdapter({ TRUST_PROXY: options.trustProxy ?? 'false' }),
    {
      logger: AppLogger.create({
        level: VERBOSITY.find((level) => logLevels.includes(level)) ?? 'error',
        format: options.logFormat ?? 'pretty',
        destination: process.stdout,
      }),
    },
  );
  await configureApp(app);
  // Every response of the suite is checked against the app's OpenAPI document (contract.ts).
  registerContractCheck(app.getHttpAdapter().getInstance(), () => buildOpenApiDocument(app));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  return { app, http: request(server), close: () => app.close() };
}

/** A direct connection to the run's database, for assertions the API cannot make. */
export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A domain nobody else in the run uses. */
export function uniqueDomain(prefix = 'tenant'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}.example.com`;
}

export async function createTenant(http: Http, name = 'Acme'): Promise<{ id: string; name: string; domain: string }> {
  const res = await http.post('/api/tenants').set(adminHeaders).send({ name, domain: uniqueDomain() }).expect(201);
  return res.body.data;
}

export interface TenantSession {
  tenant: { id: string; name: string; domain: string };
  admin: { id: string; email: string; password: string };
  /** Headers that make a request act inside this tenant as its admin (`.set(session.headers)`). */
  headers: Record<string, string>;
  refreshToken: string;
}

/** A fresh tenant with a first admin, signed in: what a client needs to call its `/api/tenant/...` routes. */
export async function createTenantSession(http: Http, name = 'Session tenant'): Promise<TenantSession> {
  const domain = uniqueDomain();
  const email = `admin@${domain}`;
  const created = await http
    .post('/api/tenants')
    .set(adminHeaders)
    .send({ name, domain, admin: { email, password: TEST_PASSWORD } })
    .expect(201);
  const { admin, ...tenant } = created.body.data;
  const login = await http
    .post('/api/tenant/auth/login')
    .set('x-tenant-id', tenant.id)
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  return {
    tenant,
    admin: { id: admin.id, email, password: TEST_PASSWORD },
    headers: { 'x-tenant-id': tenant.id, authorization: `Bearer ${login.body.data.access_token}` },
    refreshToken: login.body.data.refresh_token,
  };
}
