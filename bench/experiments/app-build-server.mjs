// One build of the app as an experiment server child: starts `dist/main.js` of the current directory (PORT and the
// rest come from the environment), waits until /health/ready answers 200, then answers the parent's IPC requests
// (lib/server-ipc.mjs). Started by app-builds.mjs.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveIpc } from './lib/server-ipc.mjs';

const READY_TIMEOUT_MS = 60_000;

await import(pathToFileURL(join(process.cwd(), 'dist', 'main.js')).href);
const deadline = Date.now() + READY_TIMEOUT_MS;
for (;;) {
  const status = await fetch(`http://127.0.0.1:${process.env.PORT}/health/ready`, { signal: AbortSignal.timeout(2000) })
    .then((res) => res.status)
    .catch(() => 0);
  if (status === 200) break;
  if (Date.now() > deadline) throw new Error(`/health/ready did not answer 200 within ${READY_TIMEOUT_MS} ms`);
  await new Promise((resolve) => setTimeout(resolve, 200));
}
serveIpc({ cwd: process.cwd() });
