import { describe, expect, it } from 'vitest';
import { linearFit, median, percentile, summarize } from './bench-stats.ts';

describe('bench statistics', () => {
  it('takes the middle of an odd and the mean of the middle pair of an even repetition count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles between ranks', () => {
    const hundredAndOne = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(hundredAndOne, 95)).toBe(95);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises page times as p50, p95, max and sum', () => {
    expect(summarize([3, 1, 2, 10])).toEqual({ p50: 2.5, p95: 8.95, max: 10, sum: 16 });
  });

  it('fits the slope of a line through noisy points', () => {
    const xs = [50, 100, 150, 200, 250];
    const ys = xs.map((x, i) => 2 + 0.3 * x + (i % 2 ? 0.1 : -0.1));
    const fit = linearFit(xs, ys);
    expect(fit.slope).toBeCloseTo(0.3, 2);
    expect(fit.r2).toBeGreaterThan(0.99);
    expect(linearFit([1], [1]).slope).toBeNaN();
  });
});
