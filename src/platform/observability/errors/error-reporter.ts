import { scrubEvent } from './sentry-scrub.js';

type Sentry = typeof import('@sentry/nestjs');

/** Set once Sentry is initialised (SENTRY_DSN): the SDK is not even loaded without it. */
let sentry: Sentry | undefined;

export interface ErrorTags {
  request_id?: string | null;
  tenant_id?: string | null;
  user_id?: string | null;
  route?: string | null;
  method?: string;
}

/**
 * Initialises `@sentry/nestjs` when SENTRY_DSN is set; called by `instrument.ts`, first thing in the process, as
 * Sentry's Nest guide asks. Only errors are sent (no tracing), scrubbed by `scrubEvent`.
 */
export async function initErrorReporting(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.SENTRY_DSN || sentry) return sentry !== undefined;
  const sdk = await import('@sentry/nestjs');
  sdk.init({
    dsn: env.SENTRY_DSN,
    environment: env.SENTRY_ENVIRONMENT ?? env.NODE_ENV ?? 'development',
    sendDefaultPii: false,
    // Breadcrumbs would carry URLs with query strings and log messages: left out rather than scrubbed one by one.
    maxBreadcrumbs: 0,
    beforeSend: scrubEvent,
  });
  sentry = sdk;
  return true;
}

export function errorReportingEnabled(): boolean {
  return sentry !== undefined;
}

/** Reports an unexpected error with the request's ids as tags; a no-op without SENTRY_DSN. */
export function reportError(error: unknown, tags: ErrorTags): void {
  if (!sentry) return;
  const defined = Object.fromEntries(Object.entries(tags).filter(([, v]) => v !== undefined && v !== null));
  sentry.captureException(error, { tags: defined as Record<string, string> });
}

/** Waits (bounded) for queued events to be sent: at shutdown. */
export async function flushErrorReports(timeoutMs: number): Promise<void> {
  await sentry?.flush(timeoutMs);
}
