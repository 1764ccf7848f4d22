import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface Envelope {
  /** The envelope as received (decompressed), to search for what must not be in it. */
  raw: string;
  items: { header: { type?: string }; payload: Record<string, unknown> }[];
}

/**
 * A stand-in for Sentry's ingest on 127.0.0.1: records every envelope the SDK posts (the DSN
 * `http://publickey@127.0.0.1:<port>/1` sends them to /api/1/envelope/).
 */
export async function startSentryIngest(): Promise<{ dsn: string; envelopes: Envelope[]; close(): Promise<void> }> {
  const envelopes: Envelope[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body = Buffer.concat(chunks);
      if (request.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const raw = body.toString('utf8');
      const lines = raw.split('\n').filter(Boolean);
      const items: Envelope['items'] = [];
      for (let i = 1; i + 1 < lines.length; i += 2) {
        items.push({ header: JSON.parse(lines[i]), payload: JSON.parse(lines[i + 1]) });
      }
      envelopes.push({ raw, items });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: `http://publickey@127.0.0.1:${port}/1`,
    envelopes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
