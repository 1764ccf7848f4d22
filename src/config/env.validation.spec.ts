import { validateEnv } from './env.validation.js';

describe('validateEnv', () => {
  it('fills every default outside production', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3001,
      HOST: '127.0.0.1',
      DATABASE_POOL_MAX: 10,
      DATABASE_SSL: 'off',
      LOG_LEVEL: 'log',
      MIGRATE_ON_START: true,
      SHUTDOWN_DELAY_MS: 0,
    });
    expect(env.DATABASE_URL).toBeUndefined();
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
    [{ DATABASE_SSL: 'yes' }, /DATABASE_SSL must be one of the following values: off, require, verify/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ DATABASE_URL: 'http://db' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ NODE_ENV: 'production' }, /DATABASE_URL is required when NODE_ENV=production/],
  ])('rejects %j with one line naming the variable', (raw, message) => {
    expect(() => validateEnv(raw)).toThrow(message);
  });

  it('turns start-up migrations off and a shutdown delay on in production', () => {
    const env = validateEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/app' });
    expect(env.MIGRATE_ON_START).toBe(false);
    expect(env.SHUTDOWN_DELAY_MS).toBe(5000);
  });
});
