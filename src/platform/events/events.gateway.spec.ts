import type { ConfigService } from '@nestjs/config';
import type { WebSocket } from 'ws';
import type { Env } from '../config/env.validation.js';
import type { EventBus } from './event-bus.js';
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
    const gateway = new EventsGateway(config, {} as SocketAuthenticator, {} as EventBus);
    const fast = fakeSocket(0);
    const slow = fakeSocket(5_000);
    const identity = { tenantId: 't1', userId: 'u', expiresAt: Date.now() + 60_000 };
    for (const f of [fast, slow]) {
      const socket = { ws: f.ws, alive: true, timers: [] };
      gateway.sockets.add(socket);
      gateway.sockets.bind(socket, identity);
    }
    const event = {
      id: 'e',
      type: 'contact.created',
      tenant_id: 't1',
      occurred_at: '',
      data: { id: 'c', changed: [] },
    };
    (gateway as unknown as { deliver(m: unknown): void }).deliver({ kind: 'event', tenant_id: 't1', event });
    (gateway as unknown as { deliver(m: unknown): void }).deliver({ kind: 'event', tenant_id: 'other', event });
    expect(fast.sent).toEqual([JSON.stringify({ type: 'event', event })]);
    expect(slow.sent).toEqual([]);
    expect(slow.closed).toEqual([[4008, 'Too slow: messages were not being read']]);
    expect(gateway.sockets.countFor('t1')).toBe(1);
  });
});
