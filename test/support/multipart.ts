import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest, type ClientRequest } from 'node:http';

/** A PNG signature followed by `size - 8` other bytes: enough to pass the sniffer as image/png. */
export function pngBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
}

export interface RawUpload {
  req: ClientRequest;
  /** The status and body once the server answers (rejects when the connection fails first). */
  response: Promise<{ status: number; body: string }>;
}

/**
 * A multipart upload written by hand, so a test controls the bytes on the wire: `fields` first, then one file whose
 * bytes come from `chunks` (each written in turn, so a large file never sits whole in this process either).
 */
export function rawUpload(
  base: string,
  headers: Record<string, string>,
  file: { name: string; type: string },
  fields: Record<string, string> = {},
): RawUpload & { preamble: Buffer; epilogue: Buffer } {
  const boundary = `----mtb${randomBytes(8).toString('hex')}`;
  const fieldText = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const preamble = Buffer.from(
    `${fieldText}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type}\r\n\r\n`,
  );
  const epilogue = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = httpRequest(`${base}/api/tenant/files`, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
  return { req, response, preamble, epilogue };
}

/**
 * Writes `total` bytes of a PNG-looking file in 64 KiB chunks, honouring back-pressure, then ends the request.
 * Resolves with the server's answer and the sha256 of the bytes sent.
 */
export async function streamPng(
  base: string,
  headers: Record<string, string>,
  total: number,
  name = 'big.png',
): Promise<{ status: number; body: string; sha256: string }> {
  const upload = rawUpload(base, headers, { name, type: 'image/png' });
  const { req } = upload;
  const hash = createHash('sha256');
  const chunk = pngBytes(64 * 1024);
  req.write(upload.preamble);
  for (let sent = 0; sent < total; sent += chunk.length) {
    const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
    hash.update(part);
    if (!req.write(part)) await once(req, 'drain');
  }
  req.end(upload.epilogue);
  return { ...(await upload.response), sha256: hash.digest('hex') };
}
