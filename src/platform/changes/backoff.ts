/** Exponential backoff with ±20% jitter, so replicas that lost the database together do not reconnect in step. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exact = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(exact * (0.8 + 0.4 * random()));
}
