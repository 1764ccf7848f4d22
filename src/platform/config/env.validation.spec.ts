import { logFormatOf, validateEnv } from './env.validation.js';

describe('validateEnv', () => {
  it('fills every default outside production', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3001,
      HOST: '127.0.0.1',
      DATABASE_POOL_MAX: 10,
      DATABASE_POOL_MAX_LIFETIME_SECONDS: 3600,
      DATABASE_POOL_MAX_USES: 0,
      DATABASE_POOL_IDLE_TIMEOUT_MS: 60_000,
      DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: 500,
      DATABASE_POOL_PARTITIONS: 5,
      DATABASE_SSL: 'off',
      LOG_LEVEL: 'log',
      MIGRATE_ON_START: true,
      SHUTDOWN_DELAY_MS: 0,
      AUDIT_LOG: 'on',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('partitions the pool in pairs of connections by default, never into more partitions than connections', () => {
    expect(validateEnv({ DATABASE_POOL_MAX: '3' }).DATABASE_POOL_PARTITIONS).toBe(1);
    expect(validateEnv({ DATABASE_POOL_MAX: '2', DATABASE_POOL_PARTITIONS: '8' }).DATABASE_POOL_PARTITIONS).toBe(2);
    expect(validateEnv({ DATABASE_POOL_PARTITIONS: '1' }).DATABASE_POOL_PARTITIONS).toBe(1);
  });

  it('turns GraphQL introspection and GraphiQL off in production unless enabled', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/app',
      JWT_SECRET: 'x'.repeat(32),
      ADMIN_API_KEY: 'k'.repeat(32),
    };
    expect(validateEnv(production)).toMatchObject({ GRAPHQL_INTROSPECTION: 'off', GRAPHQL_IDE: 'off' });
    expect(validateEnv({ ...production, GRAPHQL_INTROSPECTION: 'on', GRAPHQL_IDE: 'on' })).toMatchObject({
      GRAPHQL_INTROSPECTION: 'on',
      GRAPHQL_IDE: 'on',
    });
    expect(validateEnv({})).toMatchObject({ GRAPHQL_INTROSPECTION: 'on', GRAPHQL_IDE: 'on', GRAPHQL_MAX_DEPTH: 8 });
    expect(() => validateEnv({ GRAPHQL_IDE: 'yes' })).toThrow(/GRAPHQL_IDE must be one of/);
  });

  it('converts numbers and booleans from strings', () => {
    const env = validateEnv({ PORT: '8080', DATABASE_POOL_MAX: '25', MIGRATE_ON_START: 'false' });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_POOL_MAX).toBe(25);
    expect(env.MIGRATE_ON_START).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(validateEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3001);
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid configuration: PORT must be an integer/],
    [{ DATABASE_POOL_MAX: '0' }, /DATABASE_POOL_MAX must not be less than 1/],
    [{ DATABASE_POOL_PARTITIONS: '0' }, /DATABASE_POOL_PARTITIONS must not be less than 1/],
    [{ DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: 'x' }, /DATABASE_POOL_MAX_TENANTS_PER_CONNECTION must be an integer/],
    [{ DATABASE_POOL_MAX_LIFETIME_SECONDS: '-1' }, /DATABASE_POOL_MAX_LIFETIME_SECONDS must not be less than 0/],
    [{ DATABASE_POOL_MAX_USES: 'many' }, /DATABASE_POOL_MAX_USES must be an integer/],
    [{ DATABASE_SSL: 'yes' }, /DATABASE_SSL must be one of the following values: off, require, verify/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ DATABASE_URL: 'http://db' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ NODE_ENV: 'production' }, /DATABASE_URL is required when NODE_ENV=production/],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app', ADMIN_API_KEY: 'k'.repeat(32) },
      /JWT_SECRET is required/,
    ],
    [
      { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app', JWT_SECRET: 's'.repeat(32) },
      /ADMIN_API_KEY is required/,
    ],
    [{ JWT_SECRET: 'too-short' }, /JWT_SECRET must be at least 32 bytes long$/],
    [{ ADMIN_API_KEY: 'short' }, /ADMIN_API_KEY must be at least 32 characters long$/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ AUDIT_LOG: 'maybe' }, /AUDIT_LOG must be one of the following values: on, off/],
  ])('rejects %j with one line naming the variable', (raw, message) => {
    expect(() => validateEnv(raw)).toThrow(message);
  });

  it('turns start-up migrations off and a shutdown delay on in production', () => {
    const env = validateEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/app',
      JWT_SECRET: 's'.repeat(32),
      ADMIN_API_KEY: 'k'.repeat(32),
    });
    expect(env.MIGRATE_ON_START).toBe(false);
    expect(env.SHUTDOWN_DELAY_MS).toBe(5000);
  });

  it('accepts AUDIT_LOG=off in production too: the benchmark runs the app in production mode', () => {
    const env = validateEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/app',
      JWT_SECRET: 's'.repeat(32),
      ADMIN_API_KEY: 'k'.repeat(32),
      AUDIT_LOG: 'off',
    });
    expect(env.AUDIT_LOG).toBe('off');
  });

  it('logs JSON in production and readable lines elsewhere unless LOG_FORMAT says otherwise', () => {
    expect(logFormatOf(validateEnv({}))).toBe('pretty');
    expect(logFormatOf({ NODE_ENV: 'production' })).toBe('json');
    expect(logFormatOf(validateEnv({ LOG_FORMAT: 'json' }))).toBe('json');
    expect(() => validateEnv({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('accepts a Sentry DSN and refuses anything else', () => {
    expect(validateEnv({ SENTRY_DSN: 'https://key@o0.ingest.sentry.io/1' }).SENTRY_DSN).toBeDefined();
    expect(() => validateEnv({ SENTRY_DSN: 'not a dsn' })).toThrow(/SENTRY_DSN/);
  });
});
