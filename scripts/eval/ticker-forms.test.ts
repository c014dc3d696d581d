import { describe, expect, it } from 'vitest';
import { formFigures, mentionForms } from './ticker-forms.ts';
import type { AnalyzeReport } from '../../src/cli/analyze.ts';

describe('mentionForms', () => {
  it('derives each form from the text and the markup', () => {
    const html =
      '<p>Nvidia (NASDAQ: <a href="/q/NVDA">NVDA</a>), Apple <a href="/company/aapl">(aapl)</a>, $TSLA, BP.L, VOWG_p.DE, NVDA US,' +
      ' Hyatt (NYSE: H), Grayscale (GBTC) and GBTC again</p><table><tr><th>Ticker</th></tr><tr><td>PG</td></tr></table>';
    const text = html.replace(/<[^>]*>/g, '');
    expect(
      mentionForms(['NASDAQ: NVDA', '(aapl)', '$TSLA', 'BP.L', 'VOWG_p.DE', 'NVDA US', 'NYSE: H', '(GBTC)', 'GBTC', 'PG'], html, text),
    ).toEqual(['linked', 'quote-link', 'cashtag', 'suffix', 'suffix', 'suffix', 'exchange-prefix', 'name-bracket', 'bare', 'table']);
  });

  it('counts recall and precision per form, found mentions classified like labelled ones', () => {
    const html = '<p>Apple (AAPL) and $TSLA and NYSE: IBM</p>';
    const page = { html, text: html.replace(/<[^>]*>/g, '') };
    const c = {
      file: 'x.html',
      isArticle: true,
      keep: [],
      strip: [],
      notTickers: [],
      tickers: [
        { text: 'AAPL', symbol: 'AAPL', exchange: null, name: 'Apple' },
        { text: '$TSLA', symbol: 'TSLA', exchange: null, name: 'Tesla' },
        { text: 'NYSE: IBM', symbol: 'IBM', exchange: 'NYSE', name: 'IBM' },
      ],
    };
    const found = ['AAPL', 'NYSE: IBM', 'Apple'].map((text) => ({ text, symbol: text, exchange: null, resolved: null }));
    const report = { tickers: found } as unknown as AnalyzeReport;
    expect(formFigures([c], [report], [page])).toEqual({
      'tickerRecall.exchange-prefix': 1,
      'tickerPrecision.exchange-prefix': 1,
      'tickerRecall.cashtag': 0,
      'tickerRecall.name-bracket': 1,
      'tickerPrecision.name-bracket': 1,
      'tickerPrecision.bare': 0,
    });
  });
});
