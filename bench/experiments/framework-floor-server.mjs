// The servers of the framework-floor experiment, one process per variant, started by framework-floor.mjs:
//   DATABASE_URL=... SCHEMA=tenant_... node framework-floor-server.mjs <variant> <port>
// Every variant answers GET /contacts?limit=20 with the same work: check that `x-tenant-id` is a UUID (400
// otherwise), run the app's list statement on one schema-qualified table as a named prepared statement on a
// pg.Pool of 10, and send `{success: true, data: rows}`. What differs is only what carries the request:
// - raw:          node:http (bench/raw-server.mjs's way);
// - fastify:      a Fastify route;
// - nest:         Nest 12 on its Fastify adapter, one controller method;
// - nest-typical: the same plus what a typical Nest app has on such a route: a global guard (the header check),
//                 ValidationPipe transforming a query DTO (class-validator + class-transformer) and an
//                 interceptor that wraps the result in the envelope;
// - nest-guard, nest-pipe, nest-interceptor: Nest with only one of those three.
// Listens on 127.0.0.1 only.
import 'reflect-metadata';
import { createServer } from 'node:http';
import pg from 'pg';
import { serveIpc } from './lib/server-ipc.mjs';

const [variant, portArg] = process.argv.slice(2);
const port = Number(portArg);
const VARIANTS = ['raw', 'fastify', 'nest', 'nest-typical', 'nest-guard', 'nest-pipe', 'nest-interceptor'];
if (!VARIANTS.includes(variant) || !Number.isInteger(port) || !process.env.SCHEMA) {
  process.stderr.write(`usage: SCHEMA=... node framework-floor-server.mjs <${VARIANTS.join('|')}> <port>\n`);
  process.exit(2);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, idleTimeoutMillis: 60_000 });
pool.on('error', () => undefined);
const LIST = {
  name: 'floor_list',
  text: `SELECT ${COLUMNS} FROM ${pg.escapeIdentifier(process.env.SCHEMA)}.contacts ORDER BY created_at DESC, id DESC LIMIT $1`,
};
const limitOf = (value) => Math.min(200, Math.max(1, Number(value ?? 20) || 20));
const list = async (limit) => (await pool.query({ ...LIST, values: [limit] })).rows;
const validTenant = (headers) => typeof headers['x-tenant-id'] === 'string' && UUID.test(headers['x-tenant-id']);
const BAD_TENANT = { success: false, error: 'x-tenant-id header must be a UUID' };

async function startRaw() {
  const send = (res, status, body) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname !== '/contacts') return send(res, 404, { success: false, error: 'Not found' });
    if (!validTenant(req.headers)) return send(res, 400, BAD_TENANT);
    list(limitOf(url.searchParams.get('limit'))).then(
      (rows) => send(res, 200, { success: true, data: rows }),
      () => send(res, 500, { success: false, error: 'Internal server error' }),
    );
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

async function startFastify() {
  const { default: Fastify } = await import('fastify');
  const app = Fastify({ logger: false });
  app.get('/contacts', async (request, reply) => {
    if (!validTenant(request.headers)) return reply.code(400).send(BAD_TENANT);
    return { success: true, data: await list(limitOf(request.query.limit)) };
  });
  await app.listen({ port, host: '127.0.0.1' });
}

/** `parts`: which of the guard, the pipe and the interceptor the Nest app has. */
async function startNest(parts) {
  const common = await import('@nestjs/common');
  const { APP_GUARD, APP_INTERCEPTOR, APP_PIPE, NestFactory } = await import('@nestjs/core');
  const { FastifyAdapter } = await import('@nestjs/platform-fastify');
  const { IsInt, IsOptional, Max, Min } = await import('class-validator');
  const { Type } = await import('class-transformer');
  const { map } = await import('rxjs');

  class ListQuery {}
  for (const decorate of [IsOptional(), Type(() => Number), IsInt(), Min(1), Max(200)])
    decorate(ListQuery.prototype, 'limit');

  class TenantHeaderGuard {
    async canActivate(context) {
      if (!validTenant(context.switchToHttp().getRequest().headers))
        throw new common.BadRequestException(BAD_TENANT.error);
      return true;
    }
  }
  common.Injectable()(TenantHeaderGuard);

  class EnvelopeInterceptor {
    intercept(_context, next) {
      return next.handle().pipe(map((data) => ({ success: true, data })));
    }
  }
  common.Injectable()(EnvelopeInterceptor);

  class ContactsController {
    async list(query, headers) {
      if (!parts.guard && !validTenant(headers)) throw new common.BadRequestException(BAD_TENANT.error);
      const rows = await list(parts.pipe ? (query.limit ?? 20) : limitOf(query.limit));
      return parts.interceptor ? rows : { success: true, data: rows };
    }
  }
  common.Controller('contacts')(ContactsController);
  const method = Object.getOwnPropertyDescriptor(ContactsController.prototype, 'list');
  common.Get()(ContactsController.prototype, 'list', method);
  common.Query()(ContactsController.prototype, 'list', 0);
  common.Headers()(ContactsController.prototype, 'list', 1);
  Reflect.defineMetadata(
    'design:paramtypes',
    [parts.pipe ? ListQuery : Object, Object],
    ContactsController.prototype,
    'list',
  );

  class AppModule {}
  const pipe = new common.ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  const providers = [
    ...(parts.guard ? [{ provide: APP_GUARD, useClass: TenantHeaderGuard }] : []),
    ...(parts.interceptor ? [{ provide: APP_INTERCEPTOR, useClass: EnvelopeInterceptor }] : []),
    ...(parts.pipe ? [{ provide: APP_PIPE, useValue: pipe }] : []),
  ];
  common.Module({ controllers: [ContactsController], providers })(AppModule);
  const app = await NestFactory.create(AppModule, new FastifyAdapter({ logger: false }), { logger: ['error', 'warn'] });
  await app.listen(port, '127.0.0.1');
}

if (variant === 'raw') await startRaw();
else if (variant === 'fastify') await startFastify();
else {
  const all = variant === 'nest-typical';
  await startNest({
    guard: all || variant === 'nest-guard',
    pipe: all || variant === 'nest-pipe',
    interceptor: all || variant === 'nest-interceptor',
  });
}
serveIpc({ variant });
