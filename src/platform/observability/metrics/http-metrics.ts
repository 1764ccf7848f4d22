import type { FastifyInstance } from 'fastify';
import { onResponseClosed } from '../../common/response-closed.js';
import type { Metrics } from './metrics.js';

interface Child {
  duration: ReturnType<Metrics['httpDuration']['labels']>;
  count: ReturnType<Metrics['httpRequests']['labels']>;
}
const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'];
/** The route label of requests no route matched (404s, early framework errors): one series, not one per URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Request duration by method, route template and status class, and requests in flight. Label children are
 * created once per (route, method) and kept, so a request costs two map lookups, one observation and one increment.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  if (!metrics.enabled) return;
  const byRoute = new Map<string, Map<string, Child[]>>();
  const childrenOf = (route: string, method: string): Child[] => {
    let byMethod = byRoute.get(route);
    if (!byMethod) byRoute.set(route, (byMethod = new Map()));
    let children = byMethod.get(method);
    if (!children) {
      children = STATUS_CLASSES.map((cls) => ({
        duration: metrics.httpDuration.labels(method, route, cls),
        count: metrics.httpRequests.labels(method, route, cls),
      }));
      byMethod.set(method, children);
    }
    return children;
  };
  const inFlight = metrics.httpInFlight;
  fastify.addHook('onRequest', (request, reply, done) => {
    inFlight.inc();
    onResponseClosed(reply.raw, () => {
      inFlight.dec();
      // A response never finished: the client went away (logged as 499 too).
      const status = reply.raw.writableFinished ? reply.statusCode : 499;
      const children = childrenOf(request.routeOptions.url ?? UNMATCHED_ROUTE, request.method);
      const child = children[Math.min(Math.max(Math.floor(status / 100), 1), 5) - 1];
      child.duration.observe(reply.elapsedTime / 1000);
      child.count.inc();
    });
    done();
  });
}
