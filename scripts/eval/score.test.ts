import { describe, expect, it } from 'vitest';
import { alignMentions, scoreCorpus, type LabelledCase } from './score.ts';
import type { AnalyzeReport } from '../../src/cli/analyze.ts';

const base: LabelledCase = {
  file: 'pages/a.html',
  isArticle: true,
  keep: ['the article paragraph that must stay visible'],
  strip: [{ kind: 'newsletter', text: 'Sign up for our newsletter' }],
  tickers: [
    { text: 'NYSE:SNE', symbol: 'SNE', exchange: 'NYSE', name: 'Sony' },
    { text: 'TYO:6758', symbol: '6758', exchange: 'TYO', name: 'Sony' },
  ],
  notTickers: ['FBI'],
};

function report(over: Partial<AnalyzeReport>): AnalyzeReport {
  return {
    file: 'a',
    url: null,
    isArticle: true,
    publishedAt: null,
    signals: [],
    removed: [],
    tickers: [],
    timingsMs: { detect: 0, clean: 0, tickers: 0, total: 0 },
    ...over,
  };
}

const ticker = (text: string, symbol: string, name: string | null) => ({
  text,
  symbol,
  exchange: null,
  form: 'exchange-prefix',
  resolved: name ? { symbol, name, mic: 'XNYS' } : null,
});

describe('alignMentions', () => {
  it('pairs equal texts in order and skips the rest', () => {
    expect(alignMentions(['A', 'B', 'C'], ['A', 'X', 'C'])).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(alignMentions(['A'], [])).toEqual([]);
  });
});

describe('scoreCorpus', () => {
  it('scores a perfect report as perfect', () => {
    const { figures } = scoreCorpus(
      [base],
      [
        report({
          removed: [{ kind: 'newsletter', text: 'Sign up  for our newsletter today', selector: 'div', evidence: [] }],
          tickers: [ticker('NYSE:SNE', 'SNE', 'Sony Group Corp'), ticker('TYO:6758', '6758', 'Sony Group Corporation')],
        }),
      ],
    );
    expect(figures).toMatchObject({
      articleAccuracy: 1,
      keepViolations: 0,
      stripRecall: 1,
      tickerPrecision: 1,
      tickerRecall: 1,
      trapHits: 0,
      resolution: 1,
      unlabelledHidden: 0,
    });
  });

  it('counts keep violations, missed strips, extra and trap tickers and wrong resolutions', () => {
    const { figures, details } = scoreCorpus(
      [base],
      [
        report({
          removed: [{ kind: 'sponsored', text: 'x the article paragraph that must stay visible y', selector: 'p', evidence: [] }],
          tickers: [ticker('NYSE:SNE', 'SNE', 'Something Else'), ticker('FBI', 'FBI', null)],
        }),
      ],
    );
    expect(figures.keepViolations).toBe(1);
    expect(figures.stripRecall).toBe(0);
    expect(figures.tickerPrecision).toBe(0.5);
    expect(figures.tickerRecall).toBe(0.5);
    expect(figures.trapHits).toBe(1);
    expect(figures.resolution).toBe(0);
    expect(details.some((d) => d.includes('KEEP VIOLATION'))).toBe(true);
  });

  it('compares names whatever their spacing, but not other words', () => {
    const labelled = { ...base, tickers: [{ text: 'TYO:3275', symbol: '3275', exchange: 'TYO', name: 'House Com (ハウスコム)' }] };
    const score = (name: string) => scoreCorpus([labelled], [report({ tickers: [ticker('TYO:3275', '3275', name)] })]).figures.resolution;
    expect(score('Housecom Corporation')).toBe(1);
    expect(score('House Foods Group Inc.')).toBe(0);
  });

  it('counts a wrong article verdict', () => {
    const { figures } = scoreCorpus([{ ...base, isArticle: false, keep: [], strip: [], tickers: [], notTickers: [] }], [report({})]);
    expect(figures.articleAccuracy).toBe(0);
  });
});
