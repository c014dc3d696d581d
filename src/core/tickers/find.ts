// Ticker recognition end to end: scan the roots for marked forms, ask the resolver once for every distinct
// lookup, select; then look for bare mentions of the symbols that proved to be companies, and select again.
import type { Company, LookupQuery, Resolver, TickerCandidate, TickerMention } from '../types.ts';
import { checkedCompanies } from '../company-check.ts';
import { TICKER_ATTR, TICKER_TAG } from '../dom/contract.ts';
import { CandidateScan } from './scan.ts';
import { candidateQueries, selectMentions } from './select.ts';
import { runInSlices, runThrough, type Walk } from '../time-budget.ts';
import { noteHighlighted } from './highlighted.ts';

export interface FindOptions {
  /**
   * The whole article when `roots` is only newly added content: symbols highlighted there already count as
   * marked, so a later bare "AAPL" is recognised.
   */
  context?: readonly Element[];
  /**
   * The same as `context` says, kept up to date by a caller that made every highlight itself (noteHighlighted):
   * a live page's hundredth batch then does not read the ninety-nine before it.
   */
  highlighted?: ReadonlyMap<string, string | null>;
  /** Given: the scan of the roots gives the page's main thread back every few tens of ms (see pipeline.ts). */
  yieldToBrowser?: () => Promise<void>;
}

/** Symbols already highlighted under the context elements, with the exchange their wrapper names. */
function highlighted(context: readonly Element[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const el of context) {
    for (const w of el.querySelectorAll(`${TICKER_TAG}[${TICKER_ATTR}]`)) noteHighlighted(out, w.getAttribute(TICKER_ATTR)!);
  }
  return out;
}

export async function findTickers(roots: readonly Element[], resolver: Resolver, opts: FindOptions = {}): Promise<TickerMention[]> {
  const earlier = opts.highlighted ?? (opts.context ? highlighted(opts.context) : new Map<string, string | null>());
  const run = <T>(walk: Walk<T>): T | Promise<T> => (opts.yieldToBrowser ? runInSlices(walk, opts.yieldToBrowser) : runThrough(walk));
  const scan = new CandidateScan(roots, { marked: earlier.keys() });
  await run(scan.readMarked());
  const candidates = await run(scan.candidates());
  if (!candidates.length) return [];
  const queries = candidateQueries(candidates);
  // Bare mentions of symbols marked only elsewhere need that symbol's company: one more lookup each.
  const bare = new Set(candidates.filter((c) => c.form === 'bare').map((c) => c.symbol));
  const extra: LookupQuery[] = [...earlier].filter(([s]) => bare.has(s)).map(([symbol, exchange]) => ({ symbol, exchange }));
  const all = [...queries, ...extra];
  const answers = all.length ? checkedCompanies(await resolver.resolve(all), all.length) : [];
  const known = new Map<string, Company>();
  extra.forEach((q, i) => {
    const company = answers[queries.length + i];
    if (company) known.set(q.symbol, company);
  });
  const companies = answers.slice(0, queries.length);
  const first = selectMentions(candidates, companies, known);
  // Now the symbols this page proved (and were not sought with the earlier ones): their bare mentions
  // elsewhere in the article borrow the company.
  const proved = new Set(
    first.filter((m) => m.candidate.form !== 'bare' && !earlier.has(m.candidate.symbol)).map((m) => m.candidate.symbol),
  );
  if (!proved.size) return first;
  await run(scan.seekBare(proved));
  const more = await run(scan.candidates(proved));
  // The bare mentions can make a block a symbol dump (scan.ts MAX_BLOCK_MENTIONS): its marked ones go too.
  const kept = scan.withoutDumps(candidates);
  if (!more.length && kept.length === candidates.length) return first;
  return selectMentions(inDocumentOrder([...kept, ...more]), companies, known);
}

/** Candidates sorted into document order (each list alone already is). */
function inDocumentOrder(list: TickerCandidate[]): TickerCandidate[] {
  return list.sort((a, b) => (a.node === b.node ? a.start - b.start : a.node.compareDocumentPosition(b.node) & 4 /* FOLLOWING */ ? -1 : 1));
}
