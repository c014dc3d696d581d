import { describe, expect, it } from 'vitest';
import { fetchQuote, fetchSummary, parseCardPayload } from './payload.ts';

const SONY = { symbol: 'SONY', name: 'Sony Group Corporation', exchange: 'NYSE', mic: 'XNYS', formerSymbol: 'SNE' };
const MENTION = { text: 'NYSE:SNE', symbol: 'SNE', exchange: 'NYSE' };

describe('parseCardPayload', () => {
  it('accepts what the content script hands over', () => {
    expect(parseCardPayload({ mention: MENTION, company: SONY, quotesEnabled: true, theme: 'dark' })).toEqual({
      mention: MENTION,
      company: SONY,
      quotesEnabled: true,
      theme: 'dark',
    });
    expect(parseCardPayload({ mention: { ...MENTION, exchange: null }, company: null, quotesEnabled: true, theme: 'x' })).toEqual({
      mention: { ...MENTION, exchange: null },
      company: null,
      quotesEnabled: false,
      theme: 'auto',
    });
  });

  it('asks no quote for a company that no longer trades', () => {
    const gone = { ...SONY, symbol: 'FEYE', name: 'FireEye, Inc.', delisted: true };
    expect(parseCardPayload({ mention: MENTION, company: gone, quotesEnabled: true, theme: 'auto' })?.quotesEnabled).toBe(false);
  });

  it('turns anything odd into no card', () => {
    for (const bad of [
      null,
      'x',
      {},
      { mention: MENTION },
      { mention: { text: 1, symbol: 'A', exchange: null }, company: null },
      { mention: MENTION, company: { symbol: 'A' } },
      { mention: { ...MENTION, exchange: 3 }, company: null },
    ]) {
      expect(parseCardPayload(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('live parts', () => {
  it('asks the background for the description and the quote of the current listing', async () => {
    const sent: unknown[] = [];
    const send = async (m: unknown) => {
      sent.push(m);
      return (m as { type: string }).type === 'details' ? { summary: 'Makes TVs.' } : { status: 'ok', quote: {} };
    };
    expect(await fetchSummary(send, SONY)).toBe('Makes TVs.');
    expect(await fetchQuote(send, SONY)).toEqual({ status: 'ok', quote: {} });
    expect(sent).toEqual([
      { type: 'details', symbol: 'SONY', mic: 'XNYS' },
      { type: 'quote', symbol: 'SONY', mic: 'XNYS' },
    ]);
  });

  it('a failed or odd answer still leaves a card to show', async () => {
    const fail = async () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await fetchSummary(fail, SONY)).toBeNull();
    expect(await fetchQuote(fail, SONY)).toEqual({ status: 'error', message: 'Extension context invalidated.' });
    expect(await fetchSummary(async () => ({ summary: 3 }), SONY)).toBeNull();
    expect(await fetchQuote(async () => 'nope', SONY)).toEqual({ status: 'error', message: 'The background gave no quote' });
  });
});
