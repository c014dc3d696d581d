import { describe, expect, it } from 'vitest';
import { nameMatches } from './name-match.ts';
import { company } from './test-support.ts';

describe('share words between a name and its bracket', () => {
  it('reads headline and listing-line forms as the name', () => {
    expect(nameMatches('Nvidia Stock', company('NVDA', 'NVIDIA Corporation', 'NASDAQ'))).toBe(true);
    expect(nameMatches('Toyota Shares', company('TM', 'Toyota Motor Corporation', 'NYSE'))).toBe(true);
    expect(nameMatches('Roche bearer shares', company('RO', 'Roche Holding AG', 'SIX'))).toBe(true);
    expect(nameMatches('Alphabet Class C', company('GOOG', 'Alphabet Inc.', 'NASDAQ'))).toBe(true);
    expect(nameMatches('NVIDIA STOCK', company('NVDA', 'NVIDIA Corporation', 'NASDAQ'))).toBe(true);
  });

  it('never makes share words alone a name', () => {
    expect(nameMatches('common stock', company('CS', 'Credit Suisse Group AG', 'NYSE'))).toBe(false);
    expect(nameMatches('preferred shares', company('PS', 'Pluralsight Inc.', 'NASDAQ'))).toBe(false);
  });
});
