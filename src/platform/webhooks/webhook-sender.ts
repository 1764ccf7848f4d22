import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveWebhookTarget } from './ssrf-guard.js';

/** Bytes of a receiver's answer that are read; the rest is discarded unread. */
export const MAX_RESPONSE_BYTES = 4096;

export interface SendResult {
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface SendOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowedHosts: ReadonlySet<string>;
  signal?: AbortSignal;
}

/**
 * One POST, guarded against server-side request forgery: the host is resolved and checked once, and the
 * connection goes to that checked address; redirects are not followed (a 3xx is a failed attempt); the answer is
 * read up to MAX_RESPONSE_BYTES; the whole exchange is bounded by `timeoutMs`. Never throws: failures are results.
 */
export async function sendWebhook(options: SendOptions): Promise<SendResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const url = new URL(options.url);
  let target;
  try {
    target = await resolveWebhookTarget(url, options.allowedHosts);
  } catch (err) {
    return { statusCode: null, latencyMs: latency(), error: (err as Error).message };
  }
  const pinned: LookupFunction = (_host, opts, callback) => {
    if (opts.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  };
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  const signal = AbortSignal.any(signals);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const done = (statusCode: number | null, error: string | null) =>
      resolve({ statusCode, latencyMs: latency(), error });
    const req = send(
      url,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body) },
        lookup: pinned,
        agent: false,
        signal,
      },
      (res: IncomingMessage) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? null;
          if (status !== null && status >= 300 && status < 400) done(status, `Redirects are not followed (${status})`);
          else if (status !== null && (status < 200 || status >= 300)) done(status, `Receiver answered ${status}`);
          else done(status, null);
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', () => finish());
      },
    );
    req.on('error', (err) => {
      const timedOut = signal.aborted && signals[0].aborted;
      done(null, timedOut ? `Timed out after ${options.timeoutMs} ms` : err.message);
    });
    req.end(options.body);
  });
}
