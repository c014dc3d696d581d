import { describe, expect, it } from 'vitest';
import { selectMentions } from './select.ts';
import { company, parseHtml } from './test-support.ts';
import type { TickerCandidate } from '../types.ts';

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

describe('exchange-less chips', () => {
  it('shows a chip without an exchange only when the dataset knows the symbol', () => {
    const cs = [cand('NVDA', null, 'exchange-prefix'), cand('ZZZQ', null, 'exchange-prefix'), cand('ZZZQ', 'NYSE', 'exchange-prefix')];
    const out = selectMentions(cs, [company('NVDA', 'NVIDIA Corporation', 'NASDAQ'), null, null]);
    expect(out.map((m) => `${m.candidate.exchange}:${m.candidate.symbol}`)).toEqual(['null:NVDA', 'NYSE:ZZZQ']);
  });
});
