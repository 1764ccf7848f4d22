import pg, { type DatabaseError } from 'pg';

/** What went wrong, as a bounded label (the `db_errors_total{kind}` metric). */
export type DatabaseErrorKind =
  | 'unique_violation'
  | 'foreign_key_violation'
  | 'not_null_violation'
  | 'check_violation'
  | 'invalid_input'
  | 'timeout'
  | 'connect_timeout'
  | 'unavailable'
  | 'other';

export interface MappedError {
  status: number;
  message: string;
  kind: DatabaseErrorKind;
}

/** An error the server sent (any SQLSTATE), mapped or not. */
export function isDatabaseError(err: unknown): boolean {
  return err instanceof pg.DatabaseError;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE']);
const UNREACHABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Cannot use a pool after calling end',
];

function isPgError(err: unknown): err is DatabaseError {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string';
}

/** The column a constraint error is about, from `Key (col)=(...)` or `Key (lower(col))=(...)` in its detail. */
function keyColumn(detail: string | undefined): string | undefined {
  return detail?.match(/Key \((?:lower\()?"?([a-z_][a-z0-9_]*)/i)?.[1];
}

/**
 * Maps a database (or connection) error to an HTTP status and a message that is safe to show:
 * no SQL text and no internals.
 */
export function mapDatabaseError(err: unknown): MappedError | undefined {
  // pg's client-side query_timeout: the server did not answer in time (frozen, or the network is gone).
  if (err instanceof Error && err.message === 'Query read timeout') {
    return { status: 503, message: 'Database timeout', kind: 'timeout' };
  }
  if (err instanceof Error && UNREACHABLE_MESSAGES.some((m) => err.message.includes(m))) {
    // The first message is the pool's own: no connection was free within DATABASE_CONNECT_TIMEOUT_MS.
    const kind = err.message.includes(UNREACHABLE_MESSAGES[0]) ? 'connect_timeout' : 'unavailable';
    return { status: 503, message: 'Database unavailable', kind };
  }
  if (!isPgError(err)) return undefined;
  const code = err.code ?? '';
  if (UNREACHABLE_CODES.has(code)) return { status: 503, message: 'Database unavailable', kind: 'unavailable' };
  switch (code) {
    case '23505': {
      const column = keyColumn(err.detail);
      return {
        status: 409,
        message: column ? `${column} already exists` : 'Record already exists',
        kind: 'unique_violation',
      };
    }
    case '23503': {
      const column = keyColumn(err.detail);
      return {
        status: 400,
        message: column ? `${column} does not reference an existing record` : 'Referenced record does not exist',
        kind: 'foreign_key_violation',
      };
    }
    case '23502':
      return { status: 400, message: `${err.column ?? 'a required field'} is required`, kind: 'not_null_violation' };
    case '23514':
      return { status: 400, message: 'A value is out of the allowed range', kind: 'check_violation' };
    case '57014':
      return { status: 503, message: 'Database timeout', kind: 'timeout' };
    case '53300':
      return { status: 503, message: 'Database unavailable', kind: 'unavailable' };
  }
  if (code.startsWith('22')) return { status: 400, message: 'Invalid input value', kind: 'invalid_input' };
  if (code.startsWith('08') || code.startsWith('57P')) {
    return { status: 503, message: 'Database unavailable', kind: 'unavailable' };
  }
  return undefined;
}
