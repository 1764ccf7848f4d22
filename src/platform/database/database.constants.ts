/** Injection token for the process-wide `pg.Pool`. */
export const PG_POOL = Symbol('PG_POOL');
/** Injection token for the one-connection pool the health check pings through, apart from the shared pool. */
export const PG_HEALTH_POOL = Symbol('PG_HEALTH_POOL');
/** Injection token for the embedded PostgreSQL handle (null when DATABASE_URL points elsewhere). */
export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');
/** Injection token for the migrations folder (`migrations/` at the project root unless MIGRATIONS_DIR says otherwise). */
export const MIGRATIONS_DIR = Symbol('MIGRATIONS_DIR');
/** Injection token for the connection string both pools use (DATABASE_URL, or the embedded server's). */
export const DATABASE_CONNECTION_URL = Symbol('DATABASE_CONNECTION_URL');
