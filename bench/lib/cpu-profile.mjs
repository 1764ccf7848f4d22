// Where the app's CPU goes under load (`--profile`): the app under test runs with the inspector on a loopback port
// (NODE_OPTIONS=--inspect=127.0.0.1:<port>, only with this flag), and V8's sampling profiler records it for exactly
// one load run through the DevTools protocol (a `ws` client). Samples are grouped by library: the npm package a
// function's file sits in, the app's own folder under dist/, or Node's core module. Native functions with no file
// (JSON.stringify, a hash, a socket write) count towards the library of the nearest caller that has one; V8's own
// entries ((garbage collector), (program), (idle)) are groups of their own. Shares count samples rather than
// summing their time deltas: the sampler signals the main thread on a wall-clock interval, and a thread the kernel
// has descheduled (2 cores shared with PostgreSQL and the load generator) takes one late sample whose delta covers
// the whole wait, which would be charged to whatever it was doing (typically a socket write that woke the receiver).
import WebSocket from 'ws';

/** The environment that opens the inspector of the app under test on `port` (127.0.0.1 only). */
export const inspectorEnv = (port) => ({ NODE_OPTIONS: `--inspect=127.0.0.1:${port}` });

const SAMPLING_INTERVAL_US = 500;
const PROTOCOL_TIMEOUT_MS = 30_000;

/** A DevTools protocol session on the inspector at `port`: `send(method, params)` resolves the result. */
async function openSession(port) {
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(`${msg.error.message} (${msg.error.code})`));
    else waiter.resolve(msg.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(
        () => reject(new Error(`${method}: no answer in ${PROTOCOL_TIMEOUT_MS} ms`)),
        PROTOCOL_TIMEOUT_MS,
      );
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => ws.close() };
}

/** Runs `fn` (one load run) with the profiler on; resolves `{ result, profile }`. */
export async function profileDuring(port, fn) {
  const session = await openSession(port);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await session.send('Profiler.start');
    let result;
    let failure;
    try {
      result = await fn();
    } catch (err) {
      failure = err;
    }
    const { profile } = await session.send('Profiler.stop');
    if (failure) throw failure;
    return { result, profile };
  } finally {
    session.close();
  }
}

/** The library a script URL belongs to: `fastify`, `@nestjs/core`, `app: platform/tenancy`, `node: http`. */
export function libraryOf(url) {
  if (url.startsWith('node:'))
    return `node: ${
      url
        .slice(5)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = url.lastIndexOf('/dist/');
  if (dist >= 0) {
    const parts = url.slice(dist + '/dist/'.length).split('/');
    return parts.length > 2 ? `app: ${parts[0]}/${parts[1]}` : `app: ${parts[0]}`;
  }
  return url;
}

/**
 * Self time per library, and the functions with the most self time. Returns
 * `{ totalMs, groups: [{ name, ms, share }], functions: [{ name, library, ms, share }] }`, largest first.
 */
export function summarizeProfile(profile, { top = 15 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const libraryCache = new Map();
  const libraryOfNode = (id) => {
    if (libraryCache.has(id)) return libraryCache.get(id);
    const { callFrame } = byId.get(id);
    let lib;
    if (callFrame.url) lib = libraryOf(callFrame.url);
    else if (/^\(.*\)$/.test(callFrame.functionName)) lib = callFrame.functionName;
    else lib = parent.has(id) ? libraryOfNode(parent.get(id)) : '(native, no caller)';
    libraryCache.set(id, lib);
    return lib;
  };
  const groups = new Map();
  const functions = new Map();
  const add = (map, key, ms, extra) => map.set(key, { ...extra, ms: (map.get(key)?.ms ?? 0) + ms });
  let totalMs = 0;
  const sampleMs = SAMPLING_INTERVAL_US / 1000;
  for (const id of profile.samples) {
    const ms = sampleMs;
    const library = libraryOfNode(id);
    const { callFrame } = byId.get(id);
    totalMs += ms;
    add(groups, library, ms, { name: library });
    const fn = `${callFrame.functionName || '(anonymous)'}${callFrame.url ? '' : ' [native]'}`;
    add(functions, `${library}\u0000${fn}`, ms, { name: fn, library });
  }
  const ranked = (map) =>
    [...map.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((g) => ({ ...g, ms: Math.round(g.ms), share: totalMs > 0 ? g.ms / totalMs : 0 }));
  return { totalMs: Math.round(totalMs), groups: ranked(groups), functions: ranked(functions) };
}

const pct = (share) => `${(share * 100).toFixed(1)}%`;

/** Markdown: self time by library, then the top functions. */
export function formatProfile(label, s) {
  if (s.error) return `CPU profile of ${label}: failed (${s.error})`;
  return [
    `CPU profile of the app during ${label} (${Math.round(s.totalMs / (SAMPLING_INTERVAL_US / 1000))} samples; ` +
      `self time, natives counted to their caller's library):`,
    '',
    '| library | share of samples |',
    '|---|---|',
    ...s.groups.map((g) => `| ${g.name} | ${pct(g.share)} |`),
    '',
    '| function | library | share |',
    '|---|---|---|',
    ...s.functions.slice(0, 10).map((f) => `| ${f.name} | ${f.library} | ${pct(f.share)} |`),
  ].join('\n');
}
