import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const DATABASE_SSL_MODES = ['off', 'require', 'verify'] as const;
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export const AUDIT_LOG_MODES = ['on', 'off'] as const;
export const ON_OFF = ['on', 'off'] as const;
export const LOG_FORMATS = ['json', 'pretty'] as const;
export const FILES_STORAGES = ['local', 's3'] as const;

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};

/** An integer variable within [min, max]; the text of the environment is converted first. */
function IntSetting(min: number, max?: number): PropertyDecorator {
  const range = max === undefined ? [Min(min)] : [Min(min), Max(max)];
  return applyDecorators(Transform(toInt), IsInt(), ...range);
}

/** Every environment variable the app reads, with its default. Validated once at start-up. */
export class Env {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IntSetting(0, 65535)
  PORT = 3001;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  /**
   * Node processes serving the port (node:cluster); 1 serves from this process. Each worker is a full replica with
   * DATABASE_POOL_MAX / APP_WORKERS connections; more than one needs REDIS_URL (docs/workers.md).
   */
  @IntSetting(1, 64)
  APP_WORKERS = 1;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * A session (not transaction-pooled) connection for the change channel's LISTEN, when DATABASE_URL goes through
   * PgBouncer in transaction mode. Unset: the listener uses DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_DIRECT_URL must be a postgres:// URL' })
  DATABASE_DIRECT_URL?: string;

  @IntSetting(1, 1000)
  DATABASE_POOL_MAX = 10;

  @IsIn(DATABASE_SSL_MODES)
  DATABASE_SSL: (typeof DATABASE_SSL_MODES)[number] = 'off';

  @IsOptional()
  @IsString()
  DATABASE_SSL_CA?: string;

  @IntSetting(100)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  @IntSetting(100)
  DATABASE_STATEMENT_TIMEOUT_MS = 15000;

  /** Client-side bound on any one query, for a database that stopped answering; default statement timeout + 2 s. */
  @IsOptional()
  @IntSetting(100)
  DATABASE_QUERY_TIMEOUT_MS?: number;

  /**
   * A pooled connection is closed once this old (when next idle) and replaced on demand; 0 = never. A backstop, as
   * PgBouncer's server_lifetime (also 3600 s): DATABASE_POOL_MAX_TENANTS_PER_CONNECTION is what bounds a backend's
   * caches. Short lifetimes cost warm caches: a new backend's first write into each tenant takes milliseconds
   * (bench/experiments/tenant-affinity.mjs).
   */
  @IntSetting(0, 86_400)
  DATABASE_POOL_MAX_LIFETIME_SECONDS = 3600;

  /**
   * A pooled connection is closed once it has served this many distinct tenants; 0 = no bound. A PostgreSQL backend
   * keeps the catalog entries, compiled audit trigger and plans of every tenant it serves until it exits: about
   * 250-600 KB per tenant in the bench's mix (docs/performance.md), so 500 bounds a backend near 150-300 MB whatever
   * the traffic. It is about 2.5 times the slice of 1,000 tenants a partition of the default pool serves: a backend
   * also serves the odd tenant from another partition (a hot tenant overflowing), and at 250 those recycled every
   * backend cold within a minute of load at 1,000 tenants.
   */
  @IntSetting(0, 1_000_000)
  DATABASE_POOL_MAX_TENANTS_PER_CONNECTION = 500;

  /**
   * An idle pooled connection is closed after this many ms; 0 = kept. Closing one throws away its backend's warm
   * catalog caches (a tenant's next statement there loads them again), so this is longer than pg's 10 s: a lull of
   * a few seconds in a busy replica should not cost every backend its tenants.
   */
  @IntSetting(0, 86_400_000)
  DATABASE_POOL_IDLE_TIMEOUT_MS = 60_000;

  /** A pooled connection is closed after this many checkouts; 0 = no limit (the tenant bound above is the memory bound). */
  @IntSetting(0, 100_000_000)
  DATABASE_POOL_MAX_USES = 0;

  /**
   * Single statements with parameters run as named prepared statements, kept per connection (docs/performance.md):
   * PostgreSQL parses and plans each one once instead of on every request. Turned off by itself, with a warning,
   * when the server says a statement it prepared is gone (PgBouncer < 1.21 in transaction mode).
   */
  @IsIn(ON_OFF)
  DATABASE_PREPARED_STATEMENTS: (typeof ON_OFF)[number] = 'on';

  /**
   * At most this many prepared statements per pooled connection; the least recently used is deallocated. Tenant SQL
   * is schema-qualified, so a backend needs about (tenants it serves) x (statements per tenant): at 1,000 tenants a
   * partition of the default pool serves 200, and with 200 the list, GraphQL and create statements were parsed again
   * on every call (docs/performance.md).
   */
  @IntSetting(1, 10_000)
  DATABASE_PREPARED_STATEMENTS_MAX = 1000;

  /**
   * The shared pool is split into this many partitions, each serving a fixed slice of the tenants first, so that a
   * backend caches about 1/N of the tenant schemas and stays warm for them (affinity-pool.ts). 1 = one undivided pool.
   * Default: partitions of two connections (half the pool size, at least 1); at most DATABASE_POOL_MAX.
   */
  @IsOptional()
  @IntSetting(1, 1000)
  DATABASE_POOL_PARTITIONS?: number;

  /** How many pooled connections one tenant may hold at once; default half the pool (at least 1). */
  @IsOptional()
  @IntSetting(1, 1000)
  DATABASE_POOL_MAX_PER_TENANT?: number;

  /** Overall deadline of one HTTP request: past it the client gets a 504, whatever is still running. */
  @IntSetting(100)
  REQUEST_TIMEOUT_MS = 30000;

  @IntSetting(1024, 65535)
  EMBEDDED_PG_PORT = 54329;

  @IsString()
  @MinLength(1)
  EMBEDDED_PG_DIR = '.data/postgres';

  @IsOptional()
  @IsString()
  MIGRATIONS_DIR?: string;

  /** Fastify `trustProxy`: false, true, a hop count, or addresses/subnets; decides the client IP for rate limits. */
  @IsString()
  TRUST_PROXY = 'false';

  @IsString()
  CORS_ORIGINS = '';

  /** `/openapi.json` and `/docs`: served unless `off`; in production only when `on` (docs/openapi.md). */
  @IsOptional()
  @IsIn(ON_OFF)
  API_DOCS?: (typeof ON_OFF)[number];

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'log';

  /** `json` (one JSON object per line, for log collectors) or `pretty`; default json in production, else pretty. */
  @IsOptional()
  @IsIn(LOG_FORMATS)
  LOG_FORMAT?: (typeof LOG_FORMATS)[number];

  /** Sentry (or a compatible ingest) DSN: unexpected errors (500s) are reported there. Unset: no SDK is loaded. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s@/]+@[^\s/]+\/\S+$/, { message: 'SENTRY_DSN must be a DSN (https://key@host/project)' })
  SENTRY_DSN?: string;

  /** The `environment` reported events carry (default NODE_ENV). */
  @IsOptional()
  @IsString()
  SENTRY_ENVIRONMENT?: string;

  @Transform(toBool)
  @IsIn([true, false], { message: 'MIGRATE_ON_START must be true or false' })
  @IsOptional()
  MIGRATE_ON_START?: boolean;

  @IntSetting(1, 64)
  MIGRATE_CONCURRENCY = 4;

  @IntSetting(0)
  TENANT_CACHE_MAX = 10000;

  @IntSetting(0)
  TENANT_CACHE_TTL_MS = 60000;

  @IsOptional()
  @IntSetting(0)
  SHUTDOWN_DELAY_MS?: number;

  /** Readiness fails once the change channel has been down this long (ms). */
  @IntSetting(0)
  CHANGE_CHANNEL_MAX_DOWN_MS = 10000;

  /** While the change channel is down, cached tenants and users are used for at most this long (ms). */
  @IntSetting(0)
  CHANGE_CHANNEL_DEGRADED_TTL_MS = 2000;

  /**
   * Per-replica cache of the per-request user check (ms; 0 = off, every request reads the user's row). On by default:
   * user deletions and role/password changes reach every replica through the change channel (tested within 1 s).
   */
  @IntSetting(0)
  USER_CACHE_TTL_MS = 60_000;

  @IntSetting(1)
  USER_CACHE_MAX = 50000;

  /** Pending tenants kept provisioned ahead of sign-up (docs/tenant-pool.md); 0 turns the pool off. */
  @IntSetting(0, 1000)
  TENANT_POOL_SIZE = 0;

  /** Days a soft-deleted tenant can be restored before `npm run tenants:purge` erases it. */
  @IntSetting(0, 3650)
  TENANT_RETENTION_DAYS = 30;

  /** HS256 signing secret, at least 32 bytes. Required in production; a random one per run otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 bytes long' })
  JWT_SECRET?: string;

  @IntSetting(30, 86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @IntSetting(60)
  JWT_REFRESH_TTL_SECONDS = 1_209_600;

  /** How long a just-rotated refresh token may be presented again (a concurrent refresh, not a replay); 0 = never. */
  @IntSetting(0, 60)
  JWT_REFRESH_GRACE_SECONDS = 10;

  @IsString()
  @MinLength(1)
  JWT_ISSUER = 'multi-tenant-backend';

  @IsString()
  @MinLength(1)
  JWT_AUDIENCE = 'multi-tenant-backend-api';

  /** Platform operators' key for /api/tenants. Required in production; a random one per run otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'ADMIN_API_KEY must be at least 32 characters long' })
  ADMIN_API_KEY?: string;

  /** argon2id cost; the defaults follow the library (64 MiB, 3 passes). Lower only for benchmarks and tests. */
  @IntSetting(1024)
  PASSWORD_HASH_MEMORY_KIB = 65536;

  @IntSetting(1)
  PASSWORD_HASH_TIME_COST = 3;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IntSetting(1)
  RATE_LIMIT_TENANT_PER_MINUTE = 3000;

  @IntSetting(1)
  RATE_LIMIT_IP_PER_MINUTE = 6000;

  @IntSetting(1)
  RATE_LIMIT_AUTH_PER_IP_PER_MINUTE = 20;

  /** Sign-in attempts on one email from one IP: stops a single attacker without locking the owner out. */
  @IntSetting(1)
  RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE = 5;

  /** Sign-in attempts on one email from all IPs together: the ceiling against guessing from many addresses. */
  @IntSetting(1)
  RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE = 50;

  /** `off` skips the tenant audit rows of CRUD writes: a benchmark switch (`npm run bench`), warned about at start. */
  @IsIn(AUDIT_LOG_MODES)
  AUDIT_LOG: (typeof AUDIT_LOG_MODES)[number] = 'on';

  /** Run job workers in this process; `npm run worker` runs them in a process of their own. */
  @IsIn(ON_OFF)
  JOBS_WORKERS: (typeof ON_OFF)[number] = 'on';

  @IntSetting(1, 256)
  JOBS_CONCURRENCY = 4;

  @IntSetting(10)
  JOBS_POLL_INTERVAL_MS = 1000;

  @IntSetting(100)
  JOBS_MAINTENANCE_INTERVAL_MS = 5000;

  /** On SIGTERM, how long running jobs may finish before they are handed back to the queue. */
  @IntSetting(0)
  JOBS_SHUTDOWN_TIMEOUT_MS = 10000;

  @IntSetting(1)
  JOBS_RETENTION_HOURS = 168;

  /** How often a job purges deleted tenants past their retention (0: never; run `npm run tenants:purge` instead). */
  @IntSetting(0)
  TENANTS_PURGE_INTERVAL_MS = 3600000;

  /**
   * Upper bound on one tenant export (streamed or as a job): its transaction's statement timeout and the job's timeout.
   * Exports are exempt from DATABASE_STATEMENT_TIMEOUT_MS and REQUEST_TIMEOUT_MS, which would cut a large one short.
   */
  @IntSetting(1000)
  EXPORT_TIMEOUT_MS = 3_600_000;

  /** Streamed exports (GET /api/tenants/:id/export) one process serves at once, each holding a pooled connection. */
  @IntSetting(1, 100)
  EXPORT_CONCURRENCY = 2;

  /** Where export jobs write their files; every replica that serves downloads must see the same folder. */
  @IsString()
  @MinLength(1)
  EXPORTS_DIR = '.data/exports';

  /** Hours an export job's file stays downloadable before the cleanup removes it. */
  @IntSetting(1, 8760)
  EXPORT_RETENTION_HOURS = 24;

  /** How often expired export files are removed (0: never). */
  @IntSetting(0)
  EXPORTS_CLEANUP_INTERVAL_MS = 900_000;

  /** Where file contents live: `local` (FILES_DIR) or `s3` (FILES_S3_*); see docs/files.md. */
  @IsIn(FILES_STORAGES)
  FILES_STORAGE: (typeof FILES_STORAGES)[number] = 'local';

  /** Local storage's folder; one sub-folder per tenant. */
  @IsString()
  @MinLength(1)
  FILES_DIR = '.data/files';

  @IsOptional()
  @IsString()
  FILES_S3_BUCKET?: string;

  /** An S3-compatible endpoint (MinIO, R2, …); unset for AWS S3 itself. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'FILES_S3_ENDPOINT must be an http(s):// URL' })
  FILES_S3_ENDPOINT?: string;

  @IsString()
  @MinLength(1)
  FILES_S3_REGION = 'us-east-1';

  /** Unset: the AWS SDK's default credential chain (environment, web identity, instance role). */
  @IsOptional()
  @IsString()
  FILES_S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  FILES_S3_SECRET_ACCESS_KEY?: string;

  /** Path-style URLs (`endpoint/bucket/key`), which most S3-compatible servers need; default on with an endpoint. */
  @Transform(toBool)
  @IsIn([true, false], { message: 'FILES_S3_FORCE_PATH_STYLE must be true or false' })
  @IsOptional()
  FILES_S3_FORCE_PATH_STYLE?: boolean;

  /** Key prefix in the bucket (e.g. `files/`), so the bucket can hold other things. */
  @Matches(/^([A-Za-z0-9._-]+\/)*$/, { message: 'FILES_S3_PREFIX must be empty or end with / (e.g. files/)' })
  FILES_S3_PREFIX = '';

  /** The largest file an upload may carry (413 above it). */
  @IntSetting(1)
  FILE_MAX_BYTES = 25 * 1024 * 1024;

  /** The bytes of files one tenant may keep in all (413 above it); 0: no quota. */
  @IntSetting(0)
  FILES_TENANT_QUOTA_BYTES = 10 * 1024 * 1024 * 1024;

  /** How often a job removes blobs that have no file row (0: never). */
  @IntSetting(0)
  FILES_SWEEP_INTERVAL_MS = 3600000;

  /** A blob without a row is left alone this long after its last write: an upload may still be writing its row. */
  @IntSetting(0)
  FILES_SWEEP_GRACE_MS = 3600000;

  /** Hosts or addresses webhooks may reach although they are private or loopback (comma-separated). */
  @IsString()
  WEBHOOK_ALLOWED_HOSTS = '';

  @IntSetting(100, 60000)
  WEBHOOK_TIMEOUT_MS = 5000;

  /** 16 attempts, 30 s doubling up to 4 h between them: retries for about a day. */
  @IntSetting(1, 100)
  WEBHOOK_MAX_ATTEMPTS = 16;

  @IntSetting(0)
  WEBHOOK_RETRY_BASE_MS = 30000;

  @IntSetting(0)
  WEBHOOK_RETRY_MAX_MS = 14400000;

  /** Real-time sockets (/api/tenant/events) one process accepts, and one tenant may hold on one process. */
  @IntSetting(1)
  EVENTS_MAX_CONNECTIONS = 10000;

  @IntSetting(1)
  EVENTS_MAX_CONNECTIONS_PER_TENANT = 1000;

  /** Ping interval; a socket that has not answered the previous ping is closed. */
  @IntSetting(100)
  EVENTS_HEARTBEAT_MS = 30000;

  @IntSetting(100)
  EVENTS_AUTH_TIMEOUT_MS = 10000;

  /** Unsent bytes a socket may have queued before it counts as a slow consumer and is closed. */
  @IntSetting(1024)
  EVENTS_MAX_BUFFERED_BYTES = 1048576;

  /** Prometheus /metrics on its own port (bound to HOST), so the public port never shows it. 0 picks a free port. */
  @IntSetting(0, 65535)
  METRICS_PORT = 9464;

  @IsIn(ON_OFF)
  METRICS: (typeof ON_OFF)[number] = 'on';

  /** Deepest field nesting a GraphQL operation may have; deeper documents are refused before they run. */
  @IntSetting(1, 100)
  GRAPHQL_MAX_DEPTH = 8;

  /** Highest estimated cost of a GraphQL operation (a field costs 1, a list field its limit times its items). */
  @IntSetting(1)
  GRAPHQL_MAX_COMPLEXITY = 5000;

  /** Schema introspection; default on outside production, off in production. */
  @IsOptional()
  @IsIn(ON_OFF)
  GRAPHQL_INTROSPECTION?: (typeof ON_OFF)[number];

  /** The GraphiQL page at /graphiql; default on outside production, off in production. */
  @IsOptional()
  @IsIn(ON_OFF)
  GRAPHQL_IDE?: (typeof ON_OFF)[number];
}

export class ConfigValidationError extends Error {}

/** LOG_FORMAT, or its default: JSON lines in production, readable lines elsewhere. */
export function logFormatOf(env: Pick<Env, 'LOG_FORMAT' | 'NODE_ENV'>): (typeof LOG_FORMATS)[number] {
  return env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty');
}

/**
 * Validates raw environment values and fills defaults. Throws one line naming the first bad variable,
 * so a misconfigured process stops with a message an operator can act on.
 */
export function validateEnv(raw: Record<string, unknown>): Env {
  // An empty variable (FOO= in .env) means "use the default", as most tooling treats it.
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const env = plainToInstance(Env, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0];
    const c = first.constraints ?? {};
    // Report the type check before range checks: "must be an integer" beats "must not be greater than".
    const reason = c.isInt ?? c.isIn ?? c.isString ?? Object.values(c)[0] ?? `${first.property} is invalid`;
    // Never echo secrets (keys, passwords inside URLs) into logs.
    const secret = /SECRET|KEY|URL/.test(first.property);
    const shown = typeof first.value === 'string' && !secret ? ` (got "${first.value}")` : '';
    throw new ConfigValidationError(`Invalid configuration: ${reason}${shown}`);
  }
  if (env.NODE_ENV === 'production') {
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'ADMIN_API_KEY'] as const) {
      if (!env[name]) {
        throw new ConfigValidationError(`Invalid configuration: ${name} is required when NODE_ENV=production`);
      }
    }
  }
  if (env.APP_WORKERS > 1 && !env.REDIS_URL) {
    throw new ConfigValidationError(
      `Invalid configuration: APP_WORKERS=${env.APP_WORKERS} needs REDIS_URL, so that the workers count rate limits together (each would otherwise allow the whole limit)`,
    );
  }
  if (env.APP_WORKERS > env.DATABASE_POOL_MAX) {
    throw new ConfigValidationError(
      `Invalid configuration: APP_WORKERS (${env.APP_WORKERS}) must not exceed DATABASE_POOL_MAX (${env.DATABASE_POOL_MAX}): the workers share the pool`,
    );
  }
  env.DATABASE_QUERY_TIMEOUT_MS ??= env.DATABASE_STATEMENT_TIMEOUT_MS + 2000;
  env.DATABASE_POOL_MAX_PER_TENANT ??= Math.max(1, Math.floor(env.DATABASE_POOL_MAX / 2));
  env.DATABASE_POOL_PARTITIONS = Math.min(
    env.DATABASE_POOL_MAX,
    env.DATABASE_POOL_PARTITIONS ?? Math.max(1, Math.floor(env.DATABASE_POOL_MAX / 2)),
  );
  if (env.DATABASE_POOL_MAX_PER_TENANT > env.DATABASE_POOL_MAX) {
    throw new ConfigValidationError(
      `Invalid configuration: DATABASE_POOL_MAX_PER_TENANT (${env.DATABASE_POOL_MAX_PER_TENANT}) must not exceed DATABASE_POOL_MAX (${env.DATABASE_POOL_MAX})`,
    );
  }
  env.MIGRATE_ON_START ??= env.NODE_ENV !== 'production';
  env.SHUTDOWN_DELAY_MS ??= env.NODE_ENV === 'production' ? 5000 : 0;
  env.GRAPHQL_INTROSPECTION ??= env.NODE_ENV === 'production' ? 'off' : 'on';
  env.GRAPHQL_IDE ??= env.NODE_ENV === 'production' ? 'off' : 'on';
  if (env.FILES_STORAGE === 's3' && !env.FILES_S3_BUCKET) {
    throw new ConfigValidationError('Invalid configuration: FILES_S3_BUCKET is required when FILES_STORAGE=s3');
  }
  env.FILES_S3_FORCE_PATH_STYLE ??= env.FILES_S3_ENDPOINT !== undefined;
  return env;
}
