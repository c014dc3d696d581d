import { describe, expect, it } from 'vitest';
import { aliasesFor, coreName, nameKey, nameVariants } from './names.ts';
import { hongKongKey, symbolKey } from './symbols.ts';

describe('company names', () => {
  it('drops legal suffixes one at a time', () => {
    expect(nameVariants('Sony Group Corporation')).toEqual(['Sony Group Corporation', 'Sony Group', 'Sony']);
    expect(nameVariants('Vodafone Group Public Limited Company')).toEqual([
      'Vodafone Group Public Limited Company',
      'Vodafone Group',
      'Vodafone',
    ]);
    expect(coreName('BP p.l.c.')).toBe('BP');
    expect(coreName('ASML Holding N.V.')).toBe('ASML');
    expect(coreName('The Procter & Gamble Company')).toBe('Procter & Gamble');
    expect(coreName('Toronto-Dominion Bank (The)')).toBe('Toronto-Dominion Bank');
  });

  it('keeps names that are only a legal word, and names made of ordinary words', () => {
    expect(coreName('Johnson & Johnson')).toBe('Johnson & Johnson');
    expect(coreName('Group 1 Automotive, Inc.')).toBe('Group 1 Automotive');
  });

  it('folds accents, case and punctuation for comparing names', () => {
    expect(nameKey('Nestlé S.A.')).toBe(nameKey('NESTLE SA'));
    expect(nameKey('Meta Platforms, Inc.')).toBe(nameKey('Meta Platforms Inc'));
    expect(nameKey('Apple Inc.')).not.toBe(nameKey('Apple Hospitality REIT, Inc.'));
  });

  it('lists aliases once each, full names first', () => {
    expect(aliasesFor(['Meta Platforms, Inc.', 'Facebook, Inc.'])).toEqual([
      'Meta Platforms, Inc.',
      'Meta Platforms',
      'Facebook, Inc.',
      'Facebook',
    ]);
  });
});

describe('symbols', () => {
  it('folds class separators and case', () => {
    expect(symbolKey('brk-b')).toBe('BRK.B');
    expect(symbolKey('BRK/B')).toBe('BRK.B');
    expect(symbolKey(' AAPL ')).toBe('AAPL');
  });

  it('pads Hong Kong codes to four digits', () => {
    expect(hongKongKey('700')).toBe('0700');
    expect(hongKongKey('00700')).toBe('0700');
    expect(hongKongKey('9988')).toBe('9988');
    expect(hongKongKey('AAPL')).toBeNull();
  });
});
