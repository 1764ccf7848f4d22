import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The headers helmet sets (its defaults), computed once: every response carries them, from the first onRequest hook
 * (app.setup.ts) or, for the responses Fastify writes before any hook runs (a malformed URL, an over-long parameter,
 * a header overflow), from the framework error handlers.
 */
function collectHelmetHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet()({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return Object.freeze(headers);
}

export const SECURITY_HEADERS = collectHelmetHeaders();
