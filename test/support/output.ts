import { connect } from 'node:net';

const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Captures what the app writes to stdout and stderr (not passed on, so the suite's output stays readable;
 * DEBUG_CAPTURE=1 passes it on too, to see what a failing test captured).
 */
export function captureOutput() {
  const written: string[] = [];
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write.bind(stream));
  for (const stream of streams) {
    stream.write = ((chunk: unknown) => {
      written.push(String(chunk));
      if (process.env.DEBUG_CAPTURE) originals[0](String(chunk));
      return true;
    }) as typeof stream.write;
  }
  // ConsoleLogger colours its output when it thinks it writes to a terminal.
  const lines = () => written.join('').replace(ANSI_COLOUR, '').split('\n').filter(Boolean);
  return {
    lines,
    /** Waits (bounded) for a line matching `pattern`, and returns it. */
    async waitFor(pattern: RegExp, timeoutMs = 5000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const line = lines().find((l) => pattern.test(l));
        if (line) return line;
        if (Date.now() > deadline) throw new Error(`no output line matched ${pattern}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    restore: () => streams.forEach((stream, i) => (stream.write = originals[i])),
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are (no client-side validation of the request line or headers) and reads the answer. */
export function rawRequest(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer in 10 s')));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}
