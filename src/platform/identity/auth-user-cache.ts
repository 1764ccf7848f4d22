import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { ChangeChannel } from '../changes/change-channel.js';
import type { Env } from '../config/env.validation.js';
import type { User } from './user.entity.js';

interface Cached {
  user: User;
  at: number;
}

const ABORTED = new Set(['deleted', 'evicted', 'replaced']);

/**
 * The per-request "does this token's user still exist, and with which role" check, cached per replica for
 * USER_CACHE_TTL_MS (60 s by default; 0 turns it off: every request reads the row). Correct across replicas because
 * whatever deletes a user or changes its role or password publishes a `user` change, which drops the entry on every
 * replica once it commits; a lost channel clears the cache and, until it is back, entries live at most
 * CHANGE_CHANNEL_DEGRADED_TTL_MS. Missing users are never cached.
 */
@Injectable()
export class AuthUserCache {
  private readonly cache?: LRUCache<string, Cached, () => Promise<User | undefined>>;

  constructor(
    private readonly changes: ChangeChannel,
    config: ConfigService<Env, true>,
  ) {
    const ttl = config.get('USER_CACHE_TTL_MS', { infer: true });
    if (ttl === 0) return;
    this.cache = new LRUCache<string, Cached, () => Promise<User | undefined>>({
      max: config.get('USER_CACHE_MAX', { infer: true }),
      ttl,
      fetchMethod: async (_key, _stale, { context: load }) => {
        const user = await load();
        return user && { user, at: Date.now() };
      },
    });
    changes.subscribe((event) => {
      if (event.type === 'reset') this.cache?.clear();
      else if (event.type === 'user') this.cache?.delete(key(event.tenant_id, event.user_id));
    });
  }

  get enabled(): boolean {
    return this.cache !== undefined;
  }

  /** The user through the cache; `load` reads it from the tenant's schema on a miss. */
  async get(tenantId: string, userId: string, load: () => Promise<User | undefined>): Promise<User | undefined> {
    if (!this.cache) return load();
    const k = key(tenantId, userId);
    if (!this.changes.isConnected) {
      const hit = this.cache.peek(k);
      if (hit && !this.changes.trusts(hit.at)) this.cache.delete(k);
    }
    try {
      return (await this.cache.fetch(k, { context: load }))?.user;
    } catch (err) {
      // Invalidated while it loaded: read again, uncached, so a deletion that raced the load is seen.
      if (err instanceof Error && ABORTED.has(err.message)) return load();
      throw err;
    }
  }

  /** This replica's entry, dropped right after a local commit (the notification reaches it a moment later). */
  forget(tenantId: string, userId: string): void {
    this.cache?.delete(key(tenantId, userId));
  }
}

const key = (tenantId: string, userId: string) => `${tenantId.toLowerCase()}:${userId.toLowerCase()}`;
