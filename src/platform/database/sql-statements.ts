import { loadModule, parseSync } from 'libpg-query';

/**
 * Splits a SQL script into its statements with PostgreSQL's own parser (libpg-query: the server's grammar compiled
 * to WebAssembly), so comments, quoted strings and identifiers, E'' escapes, dollar-quoted bodies and
 * `BEGIN ATOMIC … END` function bodies are read exactly as the server reads them.
 *
 * Why: a file sent as one multi-statement query fails on Citus when it holds CREATE INDEX ("cannot insert multiple
 * commands into a prepared statement"), so the migrator sends each statement on its own (docs/scaling-out.md).
 * A script the parser rejects throws SqlScriptError naming the line, before anything is sent.
 */
export class SqlScriptError extends Error {}

let loaded: Promise<void> | undefined;
// Migration files are split again for every provisioned tenant: parsing them costs ~1 ms, a lookup nothing.
const cache = new Map<string, readonly string[]>();
const CACHE_MAX = 256;

/** `source` (a file name) prefixes the error message of a script the parser rejects. */
export async function splitSqlStatements(sql: string, source?: string): Promise<readonly string[]> {
  const cached = cache.get(sql);
  if (cached) return cached;
  // The WebAssembly module is compiled once per process, on first use.
  loaded ??= loadModule();
  await loaded;
  const statements = Object.freeze(parseStatements(sql, source));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(sql, statements);
  return statements;
}

function parseStatements(sql: string, source: string | undefined): string[] {
  let stmts;
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch (err) {
    const message = describeParseError(sql, err);
    throw new SqlScriptError(source ? `${source}: ${message}` : message);
  }
  // Locations are byte offsets into the UTF-8 text; a length of 0 (or none) means "to the end".
  const bytes = Buffer.from(sql, 'utf8');
  return stmts
    .map(({ stmt_location: start = 0, stmt_len: length = 0 }) =>
      bytes.toString('utf8', start, length > 0 ? start + length : bytes.length).trim(),
    )
    .filter((text) => text.length > 0);
}

function describeParseError(sql: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = (err as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
  if (position === undefined || position < 0) return message;
  // The cursor position is a byte offset as well.
  const before = Buffer.from(sql, 'utf8').subarray(0, position).toString('utf8');
  return `${message} at line ${before.split('\n').length}`;
}
