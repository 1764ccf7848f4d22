import { ConfigService } from '@nestjs/config';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { WsAdapter } from '@nestjs/platform-ws';
import type { FastifyInstance } from 'fastify';
import { registerAccessLog } from './platform/common/access-log.js';
import { SECURITY_HEADERS } from './platform/common/security-headers.js';
import { registerHttpMetrics } from './platform/observability/metrics/http-metrics.js';
import { Metrics } from './platform/observability/metrics/metrics.js';
import { apiDocsEnabled, setupApiDocs } from './platform/common/openapi/api-docs.js';
import { clientErrorHandler, frameworkErrors } from './platform/common/fastify-errors.js';
import { applyBodyLimits, MAX_BODY_LIMIT } from './platform/common/body-limit.js';
import { registerEarlyGuards, under } from './platform/common/early-guards.js';
import { useJsonBodyParser } from './platform/common/json-body.js';
import { registerMultipart } from './platform/common/multipart.js';
import { registerRequestDeadline } from './platform/common/request-deadline.js';
import type { Env } from './platform/config/env.validation.js';
import { drainConnectionsOnClose } from './platform/health/connection-drainer.js';
import { ShutdownState } from './platform/health/shutdown-state.js';
import { RequestContext, requestIdFor } from './platform/common/request-context.js';
import { ApiKeyGuard } from './platform/identity/api-key.guard.js';
import { TenantAccess } from './platform/identity/tenant-access.js';
import { registerIpLimit } from './platform/throttling/ip-limit.hook.js';
import { RateLimitStore } from './platform/throttling/rate-limit-store.js';

/** How long a connection accepted just before the listener closed has to deliver its request. */
const SHUTDOWN_GRACE_MS = 1000;

/** TRUST_PROXY: true, false, a hop count, or comma-separated addresses/subnets. */
function trustProxy(value: string): boolean | string | ((address: string, hop: number) => boolean) {
  if (value === 'true' || value === 'false') return value === 'true';
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}

/**
 * Fastify, not Express: measured 3.3x the requests of Express for the same minimal Nest app
 * (bench/experiments/adapters). 1 MB is the ceiling for bodies (413), most routes allow far less (body-limit.ts);
 * Fastify sends no x-powered-by.
 */
export function createAdapter(env: Pick<Env, 'TRUST_PROXY'>): FastifyAdapter {
  const adapter = new FastifyAdapter({
    bodyLimit: MAX_BODY_LIMIT,
    trustProxy: trustProxy(env.TRUST_PROXY),
    genReqId: requestIdFor,
    // Errors Fastify and Node answer before any hook runs get the envelope, the security headers and a log line.
    frameworkErrors,
    clientErrorHandler,
    // Shutdown closes connections itself (drainConnectionsOnClose): Fastify would reset idle ones and answer
    // requests that arrive while it closes with a 503, although they were sent before the listener closed.
    forceCloseConnections: false,
    return503OnClosing: false,
  });
  forwardErrorHandler(adapter.getInstance());
  return adapter;
}

/**
 * Fastify gives each route the error handler its context had when the route was loaded. Nest sets its handler (the
 * exception filters) only at the end of `init`, after the modules' init hooks; when one of them loads Fastify plugins
 * early (the GraphQL driver awaits `register(mercurius)`), the routes declared before it are loaded with Fastify's
 * default handler, and errors thrown in hooks (401 from an early guard, 400 for bad JSON) leave without the envelope.
 * So the root's handler is set now and forwards to whichever handler Nest installs later.
 */
function forwardErrorHandler(fastify: FastifyInstance): void {
  type Handler = Parameters<FastifyInstance['setErrorHandler']>[0];
  let current: Handler | undefined;
  const fallback = fastify.errorHandler;
  const setErrorHandler = fastify.setErrorHandler;
  setErrorHandler.call(fastify, function (this: FastifyInstance, error, request, reply) {
    return (current ?? fallback).call(this, error, request, reply);
  });
  // Plugin contexts inherit this method: theirs (mercurius' own route scope) still set their own handler.
  fastify.setErrorHandler = function (this: FastifyInstance, handler: Handler) {
    if (this !== fastify) return setErrorHandler.call(this, handler);
    current = handler;
    return fastify;
  } as FastifyInstance['setErrorHandler'];
}

/** HTTP concerns shared by main.ts and the e2e tests, so the tests exercise the same app. */
export async function configureApp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<ConfigService<Env, true>>(ConfigService);
  const fastify = app.getHttpAdapter().getInstance();
  app.get(RequestContext).register(fastify);
  registerHttpMetrics(fastify, app.get(Metrics));
  // WebSockets (/api/tenant/events) share the HTTP server: `ws` handles its upgrade requests.
  app.useWebSocketAdapter(new WsAdapter(app));
  // First after the request context, so every answer a later hook gives carries the security headers: helmet's
  // defaults, computed once (security-headers.ts). @fastify/helmet ran helmet's dozen middlewares on every request
  // to set the same headers: 3.5% of the app's CPU under list load (docs/performance.md, sixth session).
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  registerAccessLog(fastify);
  // Cheap checks before the body is read, in this order: the client's IP limit, then the operators' key on
  // /api/tenants, and on tenant routes (GraphQL included) the tenant id, the token, the role and the tenant's rate
  // limit (TenantAccess). Then a body limit per route, and a depth check before JSON.parse.
  const [apiKey, access] = [app.get(ApiKeyGuard), app.get(TenantAccess)];
  registerIpLimit(fastify, app.get(RateLimitStore), config.get('RATE_LIMIT_IP_PER_MINUTE', { infer: true }));
  registerEarlyGuards(fastify, [
    { routes: under('/api/tenants'), check: (context) => apiKey.canActivate(context) },
    { routes: under('/api/tenant'), check: (context, url) => access.checkRoute(context, url) },
  ]);
  applyBodyLimits(fastify);
  useJsonBodyParser(app, MAX_BODY_LIMIT);
  // File uploads stream past the body limits, bounded by FILE_MAX_BYTES instead (docs/files.md).
  await registerMultipart(app, config.get('FILE_MAX_BYTES', { infer: true }));
  registerRequestDeadline(fastify, config.get('REQUEST_TIMEOUT_MS', { infer: true }));
  // Once shutdown has begun, every response asks its client to close the connection: a keep-alive connection
  // that was busy when the server started closing would otherwise hold the process open after its response.
  const shutdown = app.get(ShutdownState);
  drainConnectionsOnClose(app.getHttpServer(), SHUTDOWN_GRACE_MS);
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (shutdown.isShuttingDown) reply.header('connection', 'close');
    done(null, payload);
  });
  const origins = config
    .get('CORS_ORIGINS', { infer: true })
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins.includes('*') ? true : origins });
  if (apiDocsEnabled({ NODE_ENV: config.get('NODE_ENV', { infer: true }), API_DOCS: config.get('API_DOCS') })) {
    setupApiDocs(app);
  }
}
