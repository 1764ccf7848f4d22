/**
 * Secrets never reach a log line, at any level. Structured fields are censored by `redactSecrets` (pino's
 * `formatters.log`); free-text messages are scrubbed of the same names' values and of bearer tokens and JWTs, in
 * case a call site interpolates one.
 */
const SECRET_KEYS = ['authorization', 'x-api-key', 'cookie', 'set-cookie', 'password', 'refresh_token', 'access_token'];
const SECRET_KEY_SET = new Set(SECRET_KEYS);

const CENSOR = '[redacted]';

/** Secret keys are censored on the line's first four levels (`password`, `a.password`, … `a.b.c.password`). */
const DEEPEST = 3;

/**
 * The line's fields with the value of every secret key (any case) on its first four levels replaced by CENSOR.
 * The caller's objects are never changed: only the objects on the way to a secret are copied, so a line without
 * one (an access line) costs a walk over its keys. This replaced pino's `redact` with the same keys as wildcard
 * paths (`*.*.*.password`), which pino applies to every top-level value of every line: 40 us per access line
 * against 1-2 us (docs/performance.md, sixth session).
 */
export function redactSecrets<T extends object>(fields: T): T {
  return censor(fields, 0) as T;
}

function censor(value: object, depth: number): object {
  let copy: object | undefined;
  for (const key of Object.keys(value)) {
    const child: unknown = (value as Record<string, unknown>)[key];
    let next = child;
    if (child !== undefined && SECRET_KEY_SET.has(key.toLowerCase())) next = CENSOR;
    else if (depth < DEEPEST && typeof child === 'object' && child !== null && !ArrayBuffer.isView(child)) {
      next = censor(child, depth + 1);
    }
    if (next === child) continue;
    copy ??= shallowCopy(value);
    Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return copy ?? value;
}

/**
 * Arrays stay arrays; errors and other instances keep their prototype and own non-enumerable `message`/`stack`.
 * Accessors are copied as the values they give for the original: on Node 24 an error's own `stack` is an accessor
 * that reads the error it is called on, and gives '' on a copy.
 */
function shallowCopy(value: object): object {
  if (Array.isArray(value)) return [...(value as unknown[])];
  const descriptors: Record<string | symbol, PropertyDescriptor> = Object.getOwnPropertyDescriptors(value);
  for (const key of Reflect.ownKeys(descriptors)) {
    const { get, enumerable } = descriptors[key];
    if (get) descriptors[key] = { value: get.call(value), enumerable, writable: true, configurable: true };
  }
  return Object.create(Object.getPrototypeOf(value) as object | null, descriptors) as object;
}

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
