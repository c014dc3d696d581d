// Test-only helpers shared by the ticker tests: a small in-memory Resolver (the real dataset is wired in by
// the pipeline). Pure, like the rest of core.
import type { Company, LookupQuery, Resolver } from '../types.ts';

export function company(symbol: string, name: string, exchange: string, extra: Partial<Company> = {}): Company {
  return { symbol, name, exchange, mic: `X${exchange}`.slice(0, 4), ...extra };
}

/**
 * Answers like the dataset: the listing on the asked exchange, or the symbol's first listing when none is
 * asked; a former symbol (SNE) finds the company that carries `formerSymbol`.
 */
export function fakeResolver(companies: readonly Company[]): Resolver & { asked: LookupQuery[][] } {
  const asked: LookupQuery[][] = [];
  return {
    asked,
    async resolve(queries) {
      asked.push([...queries]);
      return queries.map(
        (q) =>
          companies.find(
            (c) => (c.symbol === q.symbol || c.formerSymbol === q.symbol) && (q.exchange === null || c.exchange === q.exchange),
          ) ?? null,
      );
    },
  };
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
