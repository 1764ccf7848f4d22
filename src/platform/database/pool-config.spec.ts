import { poolConfig, sslConfig } from './pool-config.js';

describe('pool configuration', () => {
  it('is bounded and times out instead of waiting forever', () => {
    const config = poolConfig('postgres://db/app', {
      DATABASE_POOL_MAX: 7,
      DATABASE_SSL: 'off',
      DATABASE_CONNECT_TIMEOUT_MS: 1234,
      DATABASE_QUERY_TIMEOUT_MS: 5678,
    });
    expect(config).toMatchObject({ max: 7, connectionTimeoutMillis: 1234, query_timeout: 5678, ssl: false });
    // PgBouncer refuses unknown startup parameters: the statement timeout is applied per statement instead.
    expect(config).not.toHaveProperty('statement_timeout');
    expect(config).not.toHaveProperty('options');
  });

  it('verifies certificates in verify mode and only skips verification when asked for require', () => {
    expect(sslConfig({ DATABASE_SSL: 'verify' })).toEqual({ rejectUnauthorized: true });
    expect(sslConfig({ DATABASE_SSL: 'require' })).toEqual({ rejectUnauthorized: false });
    expect(sslConfig({ DATABASE_SSL: 'off' })).toBe(false);
  });
});
