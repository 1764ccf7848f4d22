/**
 * Secrets never reach a log line, at any level. Structured fields are censored by pino's `redact` (fast-redact
 * paths, compiled once); free-text messages are scrubbed of the same names' values and of bearer tokens and JWTs,
 * in case a call site interpolates one.
 */
const SECRET_KEYS = ['authorization', 'x-api-key', 'cookie', 'set-cookie', 'password', 'refresh_token', 'access_token'];

const bracket = (key: string) => (/^[a-z_]+$/.test(key) ? `.${key}` : `["${key}"]`);

/** `password`, `*.password`, `*.*.password`, … for each secret key: up to three levels deep. */
export const REDACT_PATHS: string[] = SECRET_KEYS.flatMap((key) => {
  const tail = bracket(key);
  return [tail.startsWith('.') ? key : `["${key}"]`, `*${tail}`, `*.*${tail}`, `*.*.*${tail}`];
});

export const CENSOR = '[redacted]';

const KEY_VALUE = new RegExp(
  `((?:${SECRET_KEYS.map((k) => k.replace('-', '\\-')).join('|')})"?\\s*[:=]\\s*)("[^"]*"|[^\\s,;&]+)`,
  'gi',
);
const BEARER = /\b(bearer)\s+[A-Za-z0-9._~+/-]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+/g;
// Cheap pre-check: most messages contain none of these, and skip the replacements.
const MAYBE_SECRET = /authorization|api-key|cookie|password|_token|bearer|eyJ/i;

/** A message with secret values replaced by `[redacted]`. */
export function scrubMessage(message: string): string {
  if (!MAYBE_SECRET.test(message)) return message;
  return message.replace(JWT, CENSOR).replace(BEARER, `$1 ${CENSOR}`).replace(KEY_VALUE, `$1${CENSOR}`);
}
