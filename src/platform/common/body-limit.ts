import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

const KB = 1024;
/** What every route accepts unless it says otherwise: the largest valid body of any DTO here is far below it. */
export const DEFAULT_BODY_LIMIT = 64 * KB;
/** The server's ceiling; a route may ask for up to this much with `@BodyLimit()`. */
export const MAX_BODY_LIMIT = 1024 * KB;

/** A route that needs larger bodies than DEFAULT_BODY_LIMIT (at most MAX_BODY_LIMIT). */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: Math.min(bytes, MAX_BODY_LIMIT) });

/** Gives every route its own limit, so most bodies are cut off (413) long before the server's 1 MB. */
export function applyBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const asked = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    route.bodyLimit ??= typeof asked === 'number' ? asked : DEFAULT_BODY_LIMIT;
  });
}

/** `64 KB`, `1 MB`: how the 413 names the limit. */
export function formatBytes(bytes: number): string {
  if (bytes >= KB * KB && bytes % (KB * KB) === 0) return `${bytes / (KB * KB)} MB`;
  if (bytes >= KB) return `${Math.floor(bytes / KB)} KB`;
  return `${bytes} bytes`;
}
