import { describe, expect, it } from 'vitest';
import { QuoteBudget } from './quote-budget.ts';

describe('QuoteBudget', () => {
  it('allows a tab its budget per window, then refuses until the oldest request ages out', () => {
    let now = 1_000;
    const budget = new QuoteBudget(3, 60_000, () => now);
    expect([1, 2, 3].map(() => budget.take(7).ok)).toEqual([true, true, true]);
    expect(budget.take(7)).toEqual({ ok: false, retryAt: 61_000 });
    // Another tab has its own budget; the extension's pages (no tab) are not counted.
    expect(budget.take(8).ok).toBe(true);
    for (let i = 0; i < 10; i++) expect(budget.take(undefined).ok).toBe(true);
    now = 61_001;
    expect(budget.take(7).ok).toBe(true);
  });
});
