import { describe, expect, it } from 'vitest';
import { coreWords, isOwnName, nameMatches } from './name-match.ts';
import { company } from './test-support.ts';

const apple = company('AAPL', 'Apple Inc.', 'NASDAQ');
const tsmc = company('TSM', 'Taiwan Semiconductor Manufacturing Company Ltd.', 'NYSE');
const pg = company('PG', 'Procter & Gamble Company (The)', 'NYSE');
const nestle = company('NSRGY', 'Nestlé S.A.', 'OTC');
const meta = company('META', 'Meta Platforms, Inc.', 'NASDAQ', { formerNames: ['Facebook, Inc.'] });
const jpm = company('JPM', 'JP Morgan Chase & Co.', 'NYSE');
const c3 = company('AI', 'C3.ai, Inc.', 'NYSE');
const american = company('AAL', 'American Airlines Group Inc.', 'NASDAQ');

describe('nameMatches', () => {
  it('accepts the name as pages write it', () => {
    expect(nameMatches('Apple Inc.', apple)).toBe(true);
    expect(nameMatches('shares of Apple', apple)).toBe(true);
    expect(nameMatches('The foundry, Taiwan Semiconductor', tsmc)).toBe(true);
    expect(nameMatches('Procter & Gamble', pg)).toBe(true);
    expect(nameMatches('Procter and Gamble Co.', pg)).toBe(true);
    expect(nameMatches('Nestle SA', nestle)).toBe(true);
    expect(nameMatches('social network Facebook', meta)).toBe(true);
    expect(nameMatches('JPMorgan', jpm)).toBe(true);
  });

  it('rejects words that are not the company', () => {
    expect(nameMatches('Artificial Intelligence', c3)).toBe(false);
    expect(nameMatches('the chief executive', apple)).toBe(false);
    expect(nameMatches('core', company('EPS', 'WisdomTree U.S. LargeCap Fund', 'NYSEARCA'))).toBe(false);
    expect(nameMatches('Sony Corp', company('ADR', 'Adherium Limited', 'ASX'))).toBe(false);
    expect(nameMatches('', apple)).toBe(false);
  });

  it('accepts the initials a company is known by, in capitals, for names of two words or more', () => {
    const ibm = company('IBM', 'International Business Machines Corporation', 'NYSE');
    const amd = company('AMD', 'Advanced Micro Devices, Inc.', 'NASDAQ');
    expect(nameMatches('IBM', ibm)).toBe(true);
    expect(nameMatches('shares of AMD', amd)).toBe(true);
    expect(nameMatches('TSMC', tsmc)).toBe(true);
    expect(nameMatches('TSM', tsmc)).toBe(true);
    // Too short, in lower case, other initials, or a one-word name.
    expect(nameMatches('IB', ibm)).toBe(false);
    expect(nameMatches('the ibm', ibm)).toBe(false);
    expect(nameMatches('AMC', amd)).toBe(false);
    expect(nameMatches('AI', apple)).toBe(false);
    expect(nameMatches('CI', c3)).toBe(false);
    expect(nameMatches('PGC', pg)).toBe(false);
  });

  it('matches a Chinese or Japanese name as written, at the end of the words before the bracket', () => {
    const tsmcTw = company('2330', 'Taiwan Semiconductor Manufacturing Company Limited', 'TWSE', { aliases: ['台積電'] });
    expect(nameMatches('今天台積電', tsmcTw)).toBe(true);
    expect(nameMatches('台積電', tsmcTw)).toBe(true);
    expect(nameMatches('台積電股價', tsmcTw)).toBe(false);
    expect(nameMatches('鴻海', tsmcTw)).toBe(false);
  });

  it('does not let one generic leading word stand for a name', () => {
    expect(nameMatches('flights on American', american)).toBe(false);
    expect(nameMatches('American Airlines', american)).toBe(true);
  });
});

describe('coreWords', () => {
  it('strips legal suffixes, share classes and asides', () => {
    expect(coreWords('Sony Group Corporation')).toEqual(['sony']);
    expect(coreWords('Vodafone Group Public Limited Company')).toEqual(['vodafone']);
    expect(coreWords('Alphabet Inc. Class A')).toEqual(['alphabet']);
    expect(coreWords('Grupo Televisa S.A.B. de C.V.')).toEqual(['grupo', 'televisa']);
    expect(coreWords('Procter & Gamble Company (The)')).toEqual(['procter', 'and', 'gamble']);
  });
});

describe('isOwnName', () => {
  it('is true when the company is called by its symbol', () => {
    expect(isOwnName('ITV', company('ITV', 'ITV plc', 'LON'))).toBe(true);
    expect(isOwnName('BP', company('BP', 'BP p.l.c.', 'LON'))).toBe(true);
  });

  it('is false otherwise', () => {
    expect(isOwnName('IBM', company('IBM', 'International Business Machines Corporation', 'NYSE', { aliases: ['IBM'] }))).toBe(false);
    expect(isOwnName('T', company('T', 'AT&T Inc.', 'NYSE'))).toBe(false);
  });
});
