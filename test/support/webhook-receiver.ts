import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../src/platform/webhooks/webhook-signer.js';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the Standard Webhooks signature matched the secret the receiver was given. */
  verified: boolean;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Hold the answer this long (a slow receiver). */
  delayMs?: number;
}

/** A webhook receiver on 127.0.0.1 that checks signatures and answers as `reply` says (n counts from 1). */
export class WebhookReceiver {
  readonly received: Received[] = [];
  secret = '';
  reply: (n: number, received: Received) => Reply = () => ({ status: 204 });
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const verified = verifyWebhook(
          this.secret,
          {
            id: String(req.headers['webhook-id']),
            timestamp: String(req.headers['webhook-timestamp']),
            signature: String(req.headers['webhook-signature']),
          },
          body,
        );
        const received = { headers: req.headers, body, verified };
        this.received.push(received);
        const reply = this.reply(this.received.length, received);
        const send = () => {
          if (res.destroyed) return;
          res.writeHead(reply.status, reply.headers);
          res.end(reply.body ?? '');
        };
        if (reply.delayMs) setTimeout(send, reply.delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Deliveries by their webhook-id. */
  byDeliveryId(): Map<string, Received[]> {
    const map = new Map<string, Received[]>();
    for (const r of this.received) {
      const id = String(r.headers['webhook-id']);
      map.set(id, [...(map.get(id) ?? []), r]);
    }
    return map;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
