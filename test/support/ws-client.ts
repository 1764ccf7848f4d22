import WebSocket from 'ws';

export interface TestSocket {
  ws: WebSocket;
  messages: { type: string; [key: string]: unknown }[];
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the `ready` message, or rejects with the close code and reason. */
  ready: Promise<unknown>;
  close(): void;
}

/** A client of /api/tenant/events; authenticates with a first message unless `headers` are given. */
export function openSocket(
  base: string,
  auth?: { tenant_id: unknown; access_token: unknown },
  headers?: Record<string, string>,
  options: { autoPong?: boolean } = {},
): TestSocket {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/api/tenant/events`, { headers, ...options });
  const messages: TestSocket['messages'] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const ready = new Promise((resolve, reject) => {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString());
      messages.push(message);
      if (message.type === 'ready') resolve(message);
    });
    void closed.then((c) => reject(new Error(`closed ${c.code} ${c.reason}`)));
  });
  ready.catch(() => undefined);
  if (auth) ws.on('open', () => ws.send(JSON.stringify({ type: 'auth', ...auth })));
  return { ws, messages, closed, ready, close: () => ws.close() };
}

export function bearer(headers: Record<string, string>): string {
  return headers.authorization.replace(/^Bearer /, '');
}
