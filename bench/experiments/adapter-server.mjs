// The minimal Nest 12 app of the adapters experiment, started by adapters.mjs (one process per variant):
//   node adapter-server.mjs <express|express-noetag|fastify> <port>
// One global guard (APP_GUARD) that requires an `x-tenant-id` header (403 without it), one controller with
// GET /items returning a 20-item JSON array. No database, no middleware, each adapter with its defaults
// (Express computes an ETag for the body, as it does in the app); `express-noetag` is Express with
// `etag` and `x-powered-by` disabled, to show how much of the gap is the ETag hash. Listens on 127.0.0.1 only.
//
// It imports @nestjs/platform-fastify, which /work/main does not install: adapters.mjs copies this file and
// lib/server-ipc.mjs into the scratch folder (/tmp/fastify-exp by default) and runs both variants there, so
// Express and Fastify share one @nestjs/core.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, ForbiddenException, Get, Injectable, Module } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { serveIpc } from './lib/server-ipc.mjs';

const [adapterName, portArg] = process.argv.slice(2);
const port = Number(portArg);
if (!['express', 'express-noetag', 'fastify'].includes(adapterName) || !Number.isInteger(port)) {
  process.stderr.write('usage: node adapter-server.mjs <express|express-noetag|fastify> <port>\n');
  process.exit(2);
}

class HeaderGuard {
  canActivate(context) {
    const tenant = context.switchToHttp().getRequest().headers['x-tenant-id'];
    if (typeof tenant !== 'string' || tenant.length === 0) throw new ForbiddenException('x-tenant-id required');
    return true;
  }
}
Injectable()(HeaderGuard);

const ITEMS = Array.from({ length: 20 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  first_name: `First${i}`,
  last_name: `Last${i}`,
  email: `contact${i}@example.com`,
  phone: null,
  organization_id: null,
  notes: 'benchmark row',
  created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  updated_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
}));

class ItemsController {
  list() {
    return ITEMS;
  }
}
Controller('items')(ItemsController);
Get()(ItemsController.prototype, 'list', Object.getOwnPropertyDescriptor(ItemsController.prototype, 'list'));

class AppModule {}
Module({ controllers: [ItemsController], providers: [{ provide: APP_GUARD, useClass: HeaderGuard }] })(AppModule);

function version(pkg) {
  try {
    return JSON.parse(readFileSync(join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

let adapter;
if (adapterName === 'fastify') {
  const { FastifyAdapter } = await import('@nestjs/platform-fastify');
  adapter = new FastifyAdapter({ logger: false });
} else {
  const { ExpressAdapter } = await import('@nestjs/platform-express');
  adapter = new ExpressAdapter();
}
const app = await NestFactory.create(AppModule, adapter, { logger: ['error', 'warn'] });
if (adapterName === 'express-noetag') {
  app.getHttpAdapter().getInstance().set('etag', false);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
}
await app.listen(port, '127.0.0.1');
process.on('SIGTERM', () => app.close().finally(() => process.exit(0)));
const base = adapterName === 'fastify' ? 'fastify' : 'express';
serveIpc({
  adapter: adapterName,
  versions: {
    '@nestjs/core': version('@nestjs/core'),
    [`@nestjs/platform-${base}`]: version(`@nestjs/platform-${base}`),
    [base]: version(base),
  },
});
