import { cachedCollect } from './cached-collect.js';

describe('cachedCollect', () => {
  it('queries once per interval, however often it is read', async () => {
    let calls = 0;
    const read = cachedCollect(async () => ++calls, 60_000);
    expect(await read()).toBe(1);
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('keeps the last value when a query fails, and reads again after the interval', async () => {
    let fail = false;
    let calls = 0;
    const read = cachedCollect(async () => {
      calls += 1;
      if (fail) throw new Error('down');
      return calls;
    }, 0);
    expect(await read()).toBe(1);
    fail = true;
    expect(await read()).toBe(1);
    fail = false;
    expect(await read()).toBe(3);
  });

  it('does not wait longer than its timeout for a slow query', async () => {
    const read = cachedCollect(() => new Promise<number>((r) => setTimeout(() => r(1), 500)), 0, 20);
    const started = Date.now();
    expect(await read()).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(400);
  });
});
