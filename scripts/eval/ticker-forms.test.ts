import { describe, expect, it } from 'vitest';
import { FORMS, formFigures, mentionForms } from './ticker-forms.ts';
import { TICKER_FORMS } from '../../src/core/tickers/forms.ts';
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

  it('classifies a Nordic share class and the later items of a prefixed list as exchange-prefixed', () => {
    const text = 'Novo Nordisk (CPH: NOVO B), Alphabet Inc. (NASDAQ: GOOGL, GOOG) and Alphabet (GOOGL, GOOG); GOOG again';
    expect(mentionForms(['CPH: NOVO B', 'NASDAQ: GOOGL', 'GOOG', 'GOOGL', 'GOOG', 'GOOG'], '', text)).toEqual([
      'exchange-prefix',
      'exchange-prefix',
      'exchange-prefix',
      'name-bracket',
      'name-bracket',
      'bare',
    ]);
  });

  it("classifies each text form's examples under the eval form the registry names", () => {
    for (const form of TICKER_FORMS) {
      expect(FORMS).toContain(form.evalForm);
      for (const [text, found] of form.examples.match) {
        // Every mention of the example, a prefixed list's later items ("GOOG" in "(NASDAQ: GOOGL, GOOG)") too.
        const forms = mentionForms(found, '', text);
        for (const f of forms) expect(f, `${form.id}: ${text}`).toBe(form.evalForm);
      }
    }
  });
});
