// What the card page accepts from the hand-off, and the live parts it fetches itself. The payload came from
// a content script through the background; it is checked here all the same (an extension update can leave
// an old content script talking to a new page), and anything odd becomes "no card" rather than a crash.
import { isCompany } from '../../core/company-check.ts';
import { isNote } from '../../core/notes.ts';
import type { Company, QuoteResult } from '../../core/types.ts';
import type { CardMention } from './Card.tsx';
import type { CardTheme } from './theme.ts';

export interface CardPayload {
  mention: CardMention;
  company: Company | null;
  quotesEnabled: boolean;
  theme: CardTheme;
}

const THEMES: readonly string[] = ['auto', 'light', 'dark', 'sepia'];

export function parseCardPayload(v: unknown): CardPayload | null {
  if (typeof v !== 'object' || v === null) return null;
  const { mention, company, quotesEnabled, theme } = v as Record<string, unknown>;
  const m = mention as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null || typeof m.text !== 'string' || typeof m.symbol !== 'string') return null;
  if (m.exchange !== null && typeof m.exchange !== 'string') return null;
  if (company !== null && !isCompany(company)) return null;
  // Notes name catalogue messages: anything else (an older content script's English note) is left out.
  const notes = company?.notes;
  const checked =
    company && notes !== undefined && !(Array.isArray(notes) && notes.every(isNote)) ? { ...company, notes: undefined } : company;
  return {
    mention: { text: m.text, symbol: m.symbol, exchange: m.exchange },
    company: checked,
    // No quote is asked for a company that no longer trades: the card's note says what became of it.
    quotesEnabled: quotesEnabled === true && company !== null && company.delisted !== true,
    theme: typeof theme === 'string' && THEMES.includes(theme) ? (theme as CardTheme) : 'auto',
  };
}

export function isQuoteResult(v: unknown): v is QuoteResult {
  return typeof v === 'object' && v !== null && typeof (v as { status?: unknown }).status === 'string';
}

type Send = (msg: unknown) => Promise<unknown>;

/** The company's description from the background, or null (the card is complete without one). */
export async function fetchSummary(send: Send, company: Company): Promise<string | null> {
  // A company that no longer trades may have left its symbol to another (S: Sprint, now SentinelOne), whose
  // description the symbol would fetch.
  if (company.delisted) return null;
  try {
    const summary = ((await send({ type: 'details', symbol: company.symbol, mic: company.mic })) as { summary?: unknown } | null)?.summary;
    return typeof summary === 'string' && summary ? summary : null;
  } catch {
    return null;
  }
}

/** A quote result for the card; a failed or odd answer becomes an error result the panel can word. */
export async function fetchQuote(send: Send, company: Company): Promise<QuoteResult> {
  const quote = await send({ type: 'quote', symbol: company.symbol, mic: company.mic }).catch(
    (e: unknown) => ({ status: 'error', message: e instanceof Error ? e.message : 'no answer' }) as QuoteResult,
  );
  return isQuoteResult(quote) ? quote : { status: 'error', message: 'The background gave no quote' };
}
