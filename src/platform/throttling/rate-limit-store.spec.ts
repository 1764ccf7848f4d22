import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { RateLimitStore } from './rate-limit-store.js';

/** Enough of an ioredis client: a status, events, and an `eval` that answers or fails. */
class FakeRedis extends EventEmitter {
  status = 'ready';
  failing = false;
  calls = 0;
  async eval(): Promise<[number, number, number]> {
    this.calls += 1;
    if (this.failing) throw new Error('Command timed out');
    return [this.calls, 60_000, 0];
  }
}

describe('RateLimitStore', () => {
  let error: ReturnType<typeof jest.spyOn>;
  let warn: ReturnType<typeof jest.spyOn>;
  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  const hit = (store: RateLimitStore) => store.increment('k', 60_000, 2, 0, 'tenant');

  it('counts in Redis while it answers', async () => {
    const redis = new FakeRedis();
    const store = new RateLimitStore(redis as unknown as Redis);
    expect(await hit(store)).toMatchObject({ totalHits: 1 });
    expect(redis.calls).toBe(1);
    expect(store.state).toEqual({ store: 'redis', degraded: false });
    store.close();
  });

  it('falls back to memory when a command fails, logs it once, and recovers when Redis is ready again', async () => {
    const redis = new FakeRedis();
    const store = new RateLimitStore(redis as unknown as Redis);
    redis.failing = true;
    const hits = [await hit(store), await hit(store), await hit(store)];
    expect(hits.map((h) => h.isBlocked)).toEqual([false, false, true]);
    // After a failure Redis is left alone for a while: one attempt, not one per hit.
    expect(redis.calls).toBe(1);
    redis.emit('error', new Error('connect ECONNREFUSED'));
    expect(error).toHaveBeenCalledTimes(1);
    expect(store.state).toEqual({ store: 'redis', degraded: true });
    redis.failing = false;
    redis.emit('ready');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Redis is back after/));
    expect(store.state).toEqual({ store: 'redis', degraded: false });
    store.close();
  });

  it('counts in memory, silently, until the first connection is up', async () => {
    const redis = new FakeRedis();
    redis.status = 'connecting';
    const store = new RateLimitStore(redis as unknown as Redis);
    expect(await hit(store)).toMatchObject({ totalHits: 1 });
    expect(redis.calls).toBe(0);
    expect(error).not.toHaveBeenCalled();
    store.close();
  });

  it('does not report an outage when Redis closes for shutdown', () => {
    const redis = new FakeRedis();
    const store = new RateLimitStore(redis as unknown as Redis);
    store.close();
    redis.emit('close');
    expect(error).not.toHaveBeenCalled();
  });
});
