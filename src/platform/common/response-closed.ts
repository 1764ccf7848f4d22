import type { ServerResponse } from 'node:http';

const CALLBACKS = Symbol('responseClosedCallbacks');
type Tracked = ServerResponse & { [CALLBACKS]?: (() => void)[] };

/**
 * Runs `callback` when the response is closed (written, or its client went away), in registration order. The
 * request hooks (deadline, access log, metrics) share one 'close' listener per response instead of adding one each:
 * with a streamed body's own listeners they passed Node's limit of 10 and every export logged a
 * MaxListenersExceededWarning.
 */
export function onResponseClosed(response: ServerResponse, callback: () => void): void {
  const tracked = response as Tracked;
  let callbacks = tracked[CALLBACKS];
  if (!callbacks) {
    const list: (() => void)[] = (callbacks = tracked[CALLBACKS] = []);
    response.once('close', () => {
      for (const run of list) run();
    });
  }
  callbacks.push(callback);
}
