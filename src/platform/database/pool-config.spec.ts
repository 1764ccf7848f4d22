import { poolConfig, sslConfig } from './pool-config.js';

describe('pool configuration', () => {
  it('is bounded and times out instead of waiting forever', () => {
    const config = poolConfig('postgres://db/app', {
      DATABASE_POOL_MAX: 7,
      DATABASE_SSL: 'off',
      DATABASE_CONNECT_TIMEOUT_MS: 1234,
      DATABASE_QUERY_TIMEOUT_MS: 5678,
      DATABASE_POOL_MAX_LIFETIME_SECONDS: 300,
      DATABASE_POOL_MAX_USES: 0,
      DATABASE_POOL_IDLE_TIMEOUT_MS: 60_000,
    });
    expect(config).toMatchObject({
      max: 7,
      connectionTimeoutMillis: 1234,
      query_timeout: 5678,
      ssl: false,
      idleTimeoutMillis: 60_000,
    });
    // PgBouncer refuses unknown startup parameters: the statement timeout is applied per statement instead.
    expect(config).not.toHaveProperty('statement_timeout');
    expect(config).not.toHaveProperty('options');
  });

  it('recycles connections by age and by use, and reads 0 as never', () => {
    const base = {
      DATABASE_POOL_MAX: 10,
      DATABASE_SSL: 'off' as const,
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_QUERY_TIMEOUT_MS: 17000,
      DATABASE_POOL_IDLE_TIMEOUT_MS: 60_000,
    };
    const recycled = poolConfig('postgres://db/app', {
      ...base,
      DATABASE_POOL_MAX_LIFETIME_SECONDS: 300,
      DATABASE_POOL_MAX_USES: 5000,
    });
    expect(recycled).toMatchObject({ maxLifetimeSeconds: 300, maxUses: 5000 });
    const never = poolConfig('postgres://db/app', {
      ...base,
      DATABASE_POOL_MAX_LIFETIME_SECONDS: 0,
      DATABASE_POOL_MAX_USES: 0,
    });
    expect(never).toMatchObject({ maxLifetimeSeconds: 0, maxUses: Infinity });
  });

  it('verifies certificates in verify mode and only skips verification when asked for require', () => {
    expect(sslConfig({ DATABASE_SSL: 'verify' })).toEqual({ rejectUnauthorized: true });
    expect(sslConfig({ DATABASE_SSL: 'require' })).toEqual({ rejectUnauthorized: false });
    expect(sslConfig({ DATABASE_SSL: 'off' })).toBe(false);
  });
});
