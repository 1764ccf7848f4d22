import { retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  it('doubles from the base on each attempt', () => {
    const half = () => 0.5; // no jitter
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, 1000, 1e9, half))).toEqual([1000, 2000, 4000, 8000]);
  });

  it('never exceeds the cap (plus jitter)', () => {
    expect(retryDelayMs(60, 1000, 60_000, () => 0.5)).toBe(60_000);
    expect(retryDelayMs(60, 1000, 60_000, () => 1)).toBe(72_000);
  });

  it('stays within +-20 % of the nominal delay', () => {
    expect(retryDelayMs(3, 1000, 1e9, () => 0)).toBe(3200);
    expect(retryDelayMs(3, 1000, 1e9, () => 1)).toBe(4800);
  });
});
