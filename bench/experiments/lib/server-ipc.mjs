// For server children: answers the parent's IPC requests (CPU time, memory, forced GC) and announces
// readiness. The parent side is startServerChild() in common.mjs. No dependencies, so a copy of a server
// can import it from anywhere.
import { PerformanceObserver } from 'node:perf_hooks';

export function serveIpc(info) {
  // Garbage collections since start (count, total pause ms), a proxy for how much a request allocates.
  const gcTotals = { count: 0, ms: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcTotals.count += 1;
      gcTotals.ms += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('message', (msg) => {
    if (!msg || !msg.id) return;
    if (msg.cmd === 'stats') {
      const reply = { id: msg.id, cpu: process.cpuUsage(), mem: process.memoryUsage(), gc: { ...gcTotals } };
      if (msg.gc && typeof globalThis.gc === 'function') {
        globalThis.gc();
        reply.memAfterGc = process.memoryUsage();
      }
      process.send(reply);
    }
  });
  // Exit when the parent goes away, so a killed experiment never leaves a server behind.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true, ...info });
}
