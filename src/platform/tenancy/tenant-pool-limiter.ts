import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';

interface Slots {
  active: number;
  waiting: Array<() => void>;
}

/**
 * Caps how many pooled connections one tenant holds at once (DATABASE_POOL_MAX_PER_TENANT), so one tenant's
 * slow or blocked queries cannot take the whole shared pool from the others. A tenant's excess waits, in order,
 * up to DATABASE_CONNECT_TIMEOUT_MS (as long as any request waits for a pooled connection) and then gets a 503;
 * other tenants never wait behind it.
 */
@Injectable()
export class TenantPoolLimiter {
  private readonly slots = new Map<string, Slots>();
  private readonly max: number;
  private readonly waitMs: number;

  constructor(config: ConfigService<Env, true>) {
    this.max = config.get('DATABASE_POOL_MAX_PER_TENANT', { infer: true })!;
    this.waitMs = config.get('DATABASE_CONNECT_TIMEOUT_MS', { infer: true });
  }

  async run<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
    await this.acquire(tenantId);
    try {
      return await fn();
    } finally {
      this.release(tenantId);
    }
  }

  private acquire(tenantId: string): Promise<void> {
    let slots = this.slots.get(tenantId);
    if (!slots) this.slots.set(tenantId, (slots = { active: 0, waiting: [] }));
    if (slots.active < this.max) {
      slots.active++;
      return Promise.resolve();
    }
    const queue = slots.waiting;
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(grant), 1);
        reject(new ServiceUnavailableException('Too many concurrent requests for this tenant; retry shortly'));
      }, this.waitMs);
      queue.push(grant);
    });
  }

  /** Hands the slot straight to the next waiter of the same tenant, or frees it. */
  private release(tenantId: string): void {
    const slots = this.slots.get(tenantId)!;
    const next = slots.waiting.shift();
    if (next) return next();
    slots.active--;
    if (slots.active === 0) this.slots.delete(tenantId);
  }
}
