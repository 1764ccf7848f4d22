import type { ConfigService } from '@nestjs/config';
import type { WebSocket } from 'ws';
import type { Env } from '../config/env.validation.js';
import type { EventBus } from './event-bus.js';
import type { LiveListenersRepository } from './live-listeners.repository.js';
import { EventsGateway } from './events.gateway.js';
import type { SocketAuthenticator } from './socket-auth.js';

const settings: Partial<Env> = { EVENTS_MAX_BUFFERED_BYTES: 1024 };
const config = { get: (key: keyof Env) => settings[key] } as unknown as ConfigService<Env, true>;

function fakeSocket(bufferedAmount: number) {
  const sent: string[] = [];
  const closed: [number, string][] = [];
  const ws = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount,
    send: (text: string) => sent.push(text),
    close: (code: number, reason: string) => closed.push([code, reason]),
    terminate: () => undefined,
  } as unknown as WebSocket;
  return { ws, sent, closed };
}

describe('EventsGateway delivery', () => {
  it('sends to a socket that keeps up, and closes a slow consumer (4008) instead of buffering for it', () => {
    const gateway = new EventsGateway(config, {} as SocketAuthenticator, {} as EventBus, {} as LiveListenersRepository);
    const fast = fakeSocket(0);
    const slow = fakeSocket(5_000);
    const identity = { tenantId: 't1', userId: 'u', expiresAt: Date.now() + 60_000 };
    for (const f of [fast, slow]) {
      const socket = { ws: f.ws, alive: true, timers: [] };
      gateway.sockets.add(socket);
      gateway.sockets.bind(socket, identity);
    }
    // An audit row as its trigger announces it (migrations/public/009): a contact created at 1 s past the epoch.
    const row = {
      kind: 'audit',
      tenant_id: 't1',
      id: '00000000-0000-4000-8000-000000000001',
      seq: 7,
      created_at: '1000000',
      action: 'create',
      resource: 'contacts',
      resource_id: 'c',
      changed: ['first_name'],
    };
    const event = {
      id: row.id,
      type: 'contact.created',
      tenant_id: 't1',
      occurred_at: '1970-01-01T00:00:01.000Z',
      data: { id: 'c', changed: ['first_name'] },
    };
    const deliver = (m: unknown) => (gateway as unknown as { deliver(m: unknown): void }).deliver(m);
    deliver(row);
    deliver({ ...row, tenant_id: 'other' });
    // Sign-ins and the like are audited but are no events.
    deliver({ ...row, action: 'login', resource: 'users' });
    expect(fast.sent).toEqual([JSON.stringify({ type: 'event', event })]);
    expect(slow.sent).toEqual([]);
    expect(slow.closed).toEqual([[4008, 'Too slow: messages were not being read']]);
    expect(gateway.sockets.countFor('t1')).toBe(1);
  });
});
