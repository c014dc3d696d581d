import { describe, expect, it } from 'vitest';
import {
  companiesFromReply,
  dataAsOfFromReply,
  isErrorReply,
  MAX_BATCH,
  validateBackgroundMessage,
  validateTabMessage,
} from './messages.ts';

describe('validateBackgroundMessage', () => {
  it('accepts dataInfo and passes on nothing else a sender put in it', () => {
    expect(validateBackgroundMessage({ type: 'dataInfo', extra: '<b>' })).toEqual({ type: 'dataInfo' });
  });

  it('accepts a well-formed lookup and copies only known fields', () => {
    const v = validateBackgroundMessage({
      type: 'lookup',
      queries: [
        { symbol: 'SNE', exchange: 'NYSE', extra: 1 },
        { symbol: 'BRK.B', exchange: null },
      ],
    });
    expect(v).toEqual({
      type: 'lookup',
      queries: [
        { symbol: 'SNE', exchange: 'NYSE' },
        { symbol: 'BRK.B', exchange: null },
      ],
    });
    const named = validateBackgroundMessage({ type: 'lookup', queries: [{ symbol: 'TSCO', exchange: null, name: 'Tesco' }] });
    expect(named).toEqual({ type: 'lookup', queries: [{ symbol: 'TSCO', exchange: null, name: 'Tesco' }] });
    const dated = validateBackgroundMessage({ type: 'lookup', queries: [{ symbol: 'S', exchange: 'NYSE', date: '2015-03-12' }] });
    expect(dated).toEqual({ type: 'lookup', queries: [{ symbol: 'S', exchange: 'NYSE', date: '2015-03-12' }] });
    // The grammar writes Nordic share classes as the page does (CPH: NOVO B).
    expect(isErrorReply(validateBackgroundMessage({ type: 'lookup', queries: [{ symbol: 'NOVO B', exchange: 'CPH' }] }))).toBe(false);
  });

  it.each([
    [null],
    ['lookup'],
    [{ type: 'lookup' }],
    [{ type: 'lookup', queries: [{ symbol: '<img src=x>', exchange: null }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A', exchange: 'nyse; drop' }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A', exchange: null, name: 'x'.repeat(161) }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A', exchange: null, name: 7 }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A', exchange: null, date: 'March 2015' }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A', exchange: null, date: 2015 }] }],
    [{ type: 'lookup', queries: [{ symbol: 'NOVO  B', exchange: 'CPH' }] }],
    [{ type: 'lookup', queries: [{ symbol: 'A B C', exchange: null }] }],
    [{ type: 'lookup', queries: Array.from({ length: MAX_BATCH + 1 }, () => ({ symbol: 'A', exchange: null })) }],
    [{ type: 'quote', symbol: 'SONY', mic: 'javascript:' }],
    [{ type: '__proto__' }],
  ])('rejects %j with an error reply', (msg) => {
    expect(isErrorReply(validateBackgroundMessage(msg))).toBe(true);
  });
});

describe('companiesFromReply', () => {
  const sony = { symbol: 'SONY', name: 'Sony Group Corporation', mic: 'XNYS', exchange: 'NYSE' };
  it('keeps well-formed companies and nulls', () => {
    expect(companiesFromReply({ companies: [sony, null] }, 2)).toEqual([sony, null]);
  });
  it('turns malformed entries into null and a wrong length into all null', () => {
    expect(companiesFromReply({ companies: [{ symbol: 'X' }, 'Sony', { ...sony, name: 7 }] }, 3)).toEqual([null, null, null]);
    expect(companiesFromReply({ companies: [sony] }, 2)).toEqual([null, null]);
    expect(companiesFromReply('garbage', 1)).toEqual([null]);
  });
});

describe('dataAsOfFromReply', () => {
  it('takes a YYYY-MM-DD day and nothing else', () => {
    expect(dataAsOfFromReply({ asOf: '2026-08-22' })).toBe('2026-08-22');
    expect(dataAsOfFromReply({ asOf: '2026-08-22T00:00' })).toBeNull();
    expect(dataAsOfFromReply({ error: 'unknown message type' })).toBeNull();
    expect(dataAsOfFromReply(undefined)).toBeNull();
  });
});

describe('validateTabMessage', () => {
  it('accepts each tab request and copies only its known fields', () => {
    expect(validateTabMessage({ type: 'report', extra: 1 })).toEqual({ type: 'report' });
    expect(validateTabMessage({ type: 'toggleReader' })).toEqual({ type: 'toggleReader' });
    expect(validateTabMessage({ type: 'showHidden', show: false, x: 2 })).toEqual({ type: 'showHidden', show: false });
    expect(validateTabMessage({ type: 'openTicker', index: 3 })).toEqual({ type: 'openTicker', index: 3 });
    // The popup's "Hide a block on this page…": a selector or element from the sender is never taken.
    expect(validateTabMessage({ type: 'pickHide', selector: 'main' })).toEqual({ type: 'pickHide' });
  });

  it('refuses malformed requests with a reason', () => {
    for (const bad of [
      null,
      'report',
      { type: 7 },
      { type: 'showHidden', show: 'yes' },
      { type: 'openTicker', index: -1 },
      { type: 'openTicker', index: 1.5 },
      { type: 'lookup' },
    ]) {
      expect(isErrorReply(validateTabMessage(bad)), JSON.stringify(bad)).toBe(true);
    }
  });
});
