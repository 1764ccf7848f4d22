import type { ConfigService } from '@nestjs/config';
import type { Pool } from 'pg';
import type { Env } from '../config/env.validation.js';
import { DatabaseService } from './database.service.js';

/** A health pool whose queries the test answers by hand. */
function healthPool() {
  const pending: { resolve: () => void; reject: (err: Error) => void }[] = [];
  const pool = {
    query: () => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })),
  } as unknown as Pool;
  return { pool, pending };
}

const config = { get: () => 5_000 } as unknown as ConfigService<Env, true>;

describe('DatabaseService.ping', () => {
  it('shares one query among concurrent callers, and starts a new one after it settles', async () => {
    const { pool, pending } = healthPool();
    const db = new DatabaseService({} as Pool, pool, null, '', config);
    const callers = Array.from({ length: 20 }, () => db.ping(1_000));
    expect(pending).toHaveLength(1);
    pending[0].resolve();
    await expect(Promise.all(callers)).resolves.toHaveLength(20);
    const next = db.ping(1_000);
    expect(pending).toHaveLength(2);
    pending[1].resolve();
    await next;
  });

  it('gives every concurrent caller the failure, then tries again', async () => {
    const { pool, pending } = healthPool();
    const db = new DatabaseService({} as Pool, pool, null, '', config);
    const callers = [db.ping(1_000), db.ping(1_000)];
    pending[0].reject(new Error('connection refused'));
    for (const c of callers) await expect(c).rejects.toThrow('connection refused');
    const retry = db.ping(1_000);
    expect(pending).toHaveLength(2);
    pending[1].resolve();
    await retry;
  });
});
