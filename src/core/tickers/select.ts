// Which candidates become highlights, once the dataset has answered. The form decides how much proof is
// needed: an exchange prefix is proof enough (missing from the dataset -> still shown, as unverified); a
// cashtag, suffix, quote link or Ticker cell needs a company; "Name (TICK)" needs a company whose name is
// the name written; a bare symbol needs an accepted marked mention of the same symbol on the page, takes
// that mention's company, and is left alone when it is the company's own name (ITV, BP) or a common word.
import type { Company, LookupQuery, TickerCandidate, TickerMention } from '../types.ts';
import { isOwnName, nameMatches } from './name-match.ts';

// Capitalised words an all-caps headline can put after an exchange prefix ("NASDAQ: UP 2%"). An unverified
// prefix mention spelling one of them is not shown; a verified one (NYSE: A is Agilent) is.
const COMMON_WORDS = new Set([
  'A',
  'AN',
  'AND',
  'ARE',
  'AS',
  'AT',
  'BE',
  'BIG',
  'BUT',
  'BY',
  'DOWN',
  'FOR',
  'FROM',
  'HAS',
  'HOW',
  'I',
  'IF',
  'IN',
  'IS',
  'IT',
  'ITS',
  'NEW',
  'NO',
  'NOT',
  'NOW',
  'OF',
  'OFF',
  'ON',
  'OR',
  'OUT',
  'SO',
  'THE',
  'TO',
  'UP',
  'US',
  'WAS',
  'WE',
  'WHAT',
  'WHY',
  'WILL',
  'WITH',
]);

const keyOf = (q: LookupQuery) => `${q.exchange ?? ''}:${q.symbol}${q.name === undefined ? '' : `:${q.name}`}`;

/** What a candidate asks the dataset: "Name (TICK)" gives the name, so the listing of that company wins. */
function queryOf(c: TickerCandidate): LookupQuery {
  return (c.form === 'name-bracket' || c.form === 'exchange-prefix') && c.nameBefore
    ? { symbol: c.symbol, exchange: c.exchange, name: c.nameBefore }
    : { symbol: c.symbol, exchange: c.exchange };
}

/** The lookups the candidates need, each once, in first-seen order. Bare candidates borrow, so ask nothing. */
export function candidateQueries(candidates: readonly TickerCandidate[]): LookupQuery[] {
  const seen = new Map<string, LookupQuery>();
  for (const c of candidates) {
    if (c.form === 'bare') continue;
    const q = queryOf(c);
    if (!seen.has(keyOf(q))) seen.set(keyOf(q), q);
  }
  return [...seen.values()];
}

function accepts(c: TickerCandidate, company: Company | null): boolean {
  switch (c.form) {
    case 'exchange-prefix':
      // A chip without an exchange ("US:NVDA", "ticker: NVDA") says less: only a known symbol is shown.
      return company !== null || (c.exchange !== null && !COMMON_WORDS.has(c.symbol));
    case 'name-bracket':
      return company !== null && nameMatches(c.nameBefore ?? '', company);
    case 'bare':
      return false;
    default:
      return company !== null;
  }
}

/**
 * The mentions to highlight, in candidate order. `companies` answers `candidateQueries(candidates)` in order.
 * `known` gives the company of symbols marked elsewhere on the page (already highlighted), for bare mentions.
 */
export function selectMentions(
  candidates: readonly TickerCandidate[],
  companies: readonly (Company | null)[],
  known: ReadonlyMap<string, Company> = new Map(),
): TickerMention[] {
  const answer = new Map<string, Company | null>();
  candidateQueries(candidates).forEach((q, i) => answer.set(keyOf(q), companies[i] ?? null));

  const accepted = new Map<TickerCandidate, Company | null>();
  const bySymbol = new Map<string, Company>(known);
  for (const c of candidates) {
    if (c.form === 'bare') continue;
    const company = answer.get(keyOf(queryOf(c))) ?? null;
    if (!accepts(c, company)) continue;
    accepted.set(c, company);
    if (company && !bySymbol.has(c.symbol)) bySymbol.set(c.symbol, company);
  }

  const out: TickerMention[] = [];
  for (const c of candidates) {
    if (c.form === 'bare') {
      const company = bySymbol.get(c.symbol);
      if (company && !isOwnName(c.symbol, company)) out.push({ candidate: c, company });
    } else if (accepted.has(c)) {
      out.push({ candidate: c, company: accepted.get(c)! });
    }
  }
  return out;
}
