import { ConsoleLogger, type INestApplication, type LogLevel } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import pg from 'pg';
import request from 'supertest';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/app.setup.js';

/** The supertest agent bound to a test app. */
export type Http = ReturnType<typeof request>;

export interface TestApp {
  app: INestApplication;
  http: Http;
  close(): Promise<void>;
}

/** Boots the real AppModule (real PostgreSQL, same HTTP setup as main.ts), optionally with overrides. */
export async function createTestApp(
  customize?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  logLevels: LogLevel[] = ['error', 'warn'],
): Promise<TestApp> {
  const builder = Test.createTestingModule({ imports: [AppModule] });
  const moduleRef = await (customize ? customize(builder) : builder).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: new ConsoleLogger({ logLevels }),
  });
  configureApp(app);
  await app.init();
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
  const res = await http.post('/api/tenants').send({ name, domain: uniqueDomain() }).expect(201);
  return res.body.data;
}

export interface TenantSession {
  tenant: { id: string; name: string; domain: string };
  /** Headers that make a request act inside this tenant (`.set(session.headers)`). */
  headers: Record<string, string>;
}

/** A fresh tenant and the headers a client needs to call its `/api/tenant/...` routes. */
export async function createTenantSession(http: Http, name = 'Session tenant'): Promise<TenantSession> {
  const tenant = await createTenant(http, name);
  return { tenant, headers: { 'x-tenant-id': tenant.id } };
}
