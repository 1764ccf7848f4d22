import { jest } from '@jest/globals';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';

describe('MemoryThrottlerStorage', () => {
  let storage: MemoryThrottlerStorage;
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
    storage = new MemoryThrottlerStorage();
  });
  afterEach(() => {
    storage.close();
    jest.useRealTimers();
  });

  it('counts hits in a fixed window and blocks past the limit until the block ends', async () => {
    for (let i = 1; i <= 3; i++) {
      expect(await storage.increment('k', 60_000, 3, 0, 'tenant')).toMatchObject({ totalHits: i, isBlocked: false });
    }
    const blocked = await storage.increment('k', 60_000, 3, 0, 'tenant');
    expect(blocked).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
    jest.advanceTimersByTime(60_001);
    expect(await storage.increment('k', 60_000, 3, 0, 'tenant')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps keys and throttlers apart', async () => {
    await storage.increment('a', 60_000, 1, 0, 'tenant');
    expect(await storage.increment('b', 60_000, 1, 0, 'tenant')).toMatchObject({ totalHits: 1 });
    expect(await storage.increment('a', 60_000, 1, 0, 'auth-ip')).toMatchObject({ totalHits: 1 });
  });
});
