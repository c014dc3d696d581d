// Pages of our own for symbols that changed hands (tests/fixtures/history-cases.json): the whole pipeline, as
// `clearfolio analyze` runs it on the real dataset, must read each page's date and name the company that held
// the symbol then, with its successor.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../cli/analyze.ts';

interface HistoryCase {
  file: string;
  url: string;
  publishedAt: string | null;
  ticker: { text: string; name: string; symbol: string; successorSymbol?: string };
  why: string;
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');
const cases = JSON.parse(readFileSync(join(FIXTURES, 'history-cases.json'), 'utf8')) as HistoryCase[];

describe('symbols as of the page date (tests/fixtures/history-cases.json)', () => {
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const report = await analyzeHtml(readFileSync(join(FIXTURES, file), 'utf8'), file, c.url);
    expect(report.isArticle).toBe(true);
    expect(report.publishedAt, c.why).toBe(c.publishedAt);
    const mention = report.tickers.find((t) => t.text === c.ticker.text);
    expect(mention, `${c.ticker.text} highlighted`).toBeDefined();
    expect(mention!.resolved?.symbol).toBe(c.ticker.symbol);
    expect(mention!.resolved?.name, c.why).toContain(c.ticker.name);
    expect(mention!.resolved?.successorSymbol).toBe(c.ticker.successorSymbol);
    if (c.ticker.successorSymbol) expect(mention!.resolved?.note).toMatch(new RegExp(`^${c.ticker.symbol} was ${c.ticker.name}`));
  });
});
