import { describe, expect, it } from 'vitest';
import { candidateQueries, selectMentions } from './select.ts';
import { company, parseHtml } from './test-support.ts';
import type { TickerCandidate } from '../types.ts';
import ricRoots from './ric-roots.json' with { type: 'json' };

const node = parseHtml('<p>x</p>').createTextNode('x');
const cand = (symbol: string, exchange: string | null, form: TickerCandidate['form']): TickerCandidate => ({
  node,
  start: 0,
  end: 1,
  text: symbol,
  symbol,
  exchange,
  form,
});

describe('Reuters roots and exchange-less chips', () => {
  it('asks for the local symbol of a RIC whose root differs, and keeps the symbol as written', () => {
    const cs = [
      cand('RELI', 'NSE', 'suffix'),
      cand('INFY', 'NSE', 'suffix'),
      cand('VOWG_p', 'XETRA', 'suffix'),
      cand('RELI', 'NSE', 'bare'),
    ];
    expect(candidateQueries(cs)).toEqual([
      { symbol: 'RELIANCE', exchange: 'NSE' },
      { symbol: 'INFY', exchange: 'NSE' },
      { symbol: 'VOW3', exchange: 'XETRA' },
    ]);
    const out = selectMentions(cs.slice(0, 1), [company('RELIANCE', 'Reliance Industries Limited', 'NSE')]);
    expect(out.map((m) => [m.candidate.symbol, m.company?.symbol])).toEqual([['RELI', 'RELIANCE']]);
  });

  it('keeps the RIC table to roots that differ, on known exchanges', () => {
    for (const [key, local] of Object.entries(ricRoots.roots)) {
      const [exchange, root] = key.split(':');
      expect(['NSE', 'BSE', 'XETRA', 'EPA', 'SWX', 'LON']).toContain(exchange);
      expect(root).not.toBe(local);
    }
  });

  it('shows a chip without an exchange only when the dataset knows the symbol', () => {
    const cs = [cand('NVDA', null, 'exchange-prefix'), cand('ZZZQ', null, 'exchange-prefix'), cand('ZZZQ', 'NYSE', 'exchange-prefix')];
    const out = selectMentions(cs, [company('NVDA', 'NVIDIA Corporation', 'NASDAQ'), null, null]);
    expect(out.map((m) => `${m.candidate.exchange}:${m.candidate.symbol}`)).toEqual(['null:NVDA', 'NYSE:ZZZQ']);
  });
});
