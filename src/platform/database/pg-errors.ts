import type { DatabaseError } from 'pg';

export interface MappedError {
  status: number;
  message: string;
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
  if (err instanceof Error && err.message === 'Query read timeout') return { status: 503, message: 'Database timeout' };
  if (err instanceof Error && UNREACHABLE_MESSAGES.some((m) => err.message.includes(m))) {
    return { status: 503, message: 'Database unavailable' };
  }
  if (!isPgError(err)) return undefined;
  const code = err.code ?? '';
  if (UNREACHABLE_CODES.has(code)) return { status: 503, message: 'Database unavailable' };
  switch (code) {
    case '23505': {
      const column = keyColumn(err.detail);
      return { status: 409, message: column ? `${column} already exists` : 'Record already exists' };
    }
    case '23503': {
      const column = keyColumn(err.detail);
      return {
        status: 400,
        message: column ? `${column} does not reference an existing record` : 'Referenced record does not exist',
      };
    }
    case '23502':
      return { status: 400, message: `${err.column ?? 'a required field'} is required` };
    case '23514':
      return { status: 400, message: 'A value is out of the allowed range' };
    case '57014':
      return { status: 503, message: 'Database timeout' };
    case '53300':
      return { status: 503, message: 'Database unavailable' };
  }
  if (code.startsWith('22')) return { status: 400, message: 'Invalid input value' };
  if (code.startsWith('08') || code.startsWith('57P')) return { status: 503, message: 'Database unavailable' };
  return undefined;
}
