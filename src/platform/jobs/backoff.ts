/**
 * Delay before retry number `attempt` (1 after the first failure): base * 2^(attempt-1), capped, with +-20 % jitter
 * so that jobs that failed together (a receiver that was down) do not all come back in the same second.
 */
export function retryDelayMs(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const exponential = baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40);
  const capped = Math.min(exponential, maxMs);
  return Math.round(capped * (0.8 + 0.4 * random()));
}
