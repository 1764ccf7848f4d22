import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  it('doubles from the base up to the ceiling, within ±20%', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 10, 100].map((n) => backoffDelay(n, 100, 5000, mid))).toEqual([100, 200, 400, 800, 5000, 5000]);
    expect(backoffDelay(0, 100, 5000, () => 0)).toBe(80);
    expect(backoffDelay(0, 100, 5000, () => 1)).toBe(120);
  });
});
