import { jest } from '@jest/globals';
import type { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import { DatabaseService } from '../database/database.service.js';
import { UnqualifiedTableError } from './qualified-sql.js';
import { TenantConnection } from './tenant-connection.js';
import type { TenantContext, TenantRef } from './tenant-context.js';
import { TenantPoolLimiter } from './tenant-pool-limiter.js';

const tenant = { id: '0f0f0f0f-0000-4000-8000-000000000001', schema: 'tenant_0f0f' } as TenantRef;
const config = {
  get: (key: string) => ({ DATABASE_POOL_MAX_PER_TENANT: 1, DATABASE_CONNECT_TIMEOUT_MS: 50 })[key],
} as unknown as ConfigService<Env, true>;

function connection(query: jest.Mock<(...args: unknown[]) => Promise<unknown>>) {
  const db = Object.assign(Object.create(DatabaseService.prototype) as DatabaseService, { query });
  return new TenantConnection(db, { tenant } as TenantContext, new TenantPoolLimiter(config));
}

describe('TenantConnection.queryQualified', () => {
  it('sends a statement whose tables come from table()', async () => {
    const query = jest.fn<(...args: unknown[]) => Promise<unknown>>().mockResolvedValue({ rows: [] });
    const db = connection(query);
    await db.queryQualified(`SELECT id FROM ${db.table('contacts')} WHERE id = $1`, ['x']);
    expect(query).toHaveBeenCalledWith('SELECT id FROM "tenant_0f0f"."contacts" WHERE id = $1', ['x'], undefined);
  });

  it('refuses an unqualified table before it reaches the database (it would resolve in public)', () => {
    const query = jest.fn<(...args: unknown[]) => Promise<unknown>>();
    const db = connection(query);
    expect(() => db.queryQualified('SELECT version FROM schema_migrations')).toThrow(UnqualifiedTableError);
    expect(query).not.toHaveBeenCalled();
  });

  it("holds one of the tenant's pool slots: past the cap a call waits, then fails with 503", async () => {
    let finish!: () => void;
    const query = jest
      .fn<(...args: unknown[]) => Promise<unknown>>()
      .mockReturnValueOnce(new Promise((resolve) => (finish = () => resolve({ rows: [] }))));
    const db = connection(query);
    const sql = `SELECT 1 FROM ${db.table('contacts')}`;
    const first = db.queryQualified(sql);
    await expect(db.queryQualified(sql)).rejects.toMatchObject({ status: 503 });
    finish();
    await first;
  });
});
