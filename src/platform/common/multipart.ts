import multipart from '@fastify/multipart';
import { UnsupportedMediaTypeException } from '@nestjs/common';
import { RouteConfig, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';

/** A route that reads a `multipart/form-data` body as a stream (`request.parts()`); every other route refuses one. */
export const MultipartRoute = () => RouteConfig({ multipart: true });

/** Form fields besides the file: a handful of short values (ids), never a second body in disguise. */
const FIELD_LIMITS = { fields: 8, fieldSize: 1024, fieldNameSize: 100, headerPairs: 50 };

/**
 * `@fastify/multipart`: its parser leaves the body unread, so the route's body limit does not apply and the handler
 * bounds the file itself (it stops reading past `maxFileBytes`). Busboy's own limits are the backstop: one file, at
 * most one byte past the maximum, a few small fields. Multipart sent to any other route is a 415 before it is read.
 */
export async function registerMultipart(app: NestFastifyApplication, maxFileBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: { ...FIELD_LIMITS, files: 1, parts: FIELD_LIMITS.fields + 1, fileSize: maxFileBytes + 1 },
    throwFileSizeLimit: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request) => {
    const type = request.headers['content-type'];
    if (request.routeOptions.url === undefined) return;
    if (typeof type !== 'string' || !/^\s*multipart\//i.test(type)) return;
    const config = request.routeOptions.config as { multipart?: boolean } | undefined;
    if (!config?.multipart) throw new UnsupportedMediaTypeException('Unsupported content type');
  });
}

/**
 * Reads and drops what is left of a refused upload (at most `maxBytes`, for at most `timeoutMs`) before the answer
 * goes out: a client that is still sending would otherwise see its connection reset (EPIPE) instead of the 413 or
 * 415. Past either bound the answer goes out anyway and the connection is closed.
 */
export function drainRequest(raw: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<void> {
  if (raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      clearTimeout(timer);
      raw.off('data', onData).off('end', done).off('close', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) done();
    };
    const timer = setTimeout(done, timeoutMs);
    raw.on('data', onData).once('end', done).once('close', done);
    raw.resume();
  });
}
