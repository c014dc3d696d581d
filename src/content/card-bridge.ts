// Opens the company card for a ticker: the offline part at once, then the description and (only when the
// user enabled quotes) a live quote from the background, patched in as they arrive. The card code is loaded
// on the first click, so pages nobody clicks on never pay for it.
import browser from 'webextension-polyfill';
import type { Settings } from '../core/settings.ts';
import type { QuoteResult, TickerMention } from '../core/types.ts';

type CardModule = typeof import('../ui/card/index.ts');
let cardModule: Promise<CardModule> | null = null;
const loadCard = () => (cardModule ??= import('../ui/card/index.ts'));

function isQuoteResult(v: unknown): v is QuoteResult {
  return typeof v === 'object' && v !== null && typeof (v as { status?: unknown }).status === 'string';
}

export async function showCard(anchor: HTMLElement, mention: TickerMention, settings: Settings): Promise<void> {
  const { openCard } = await loadCard();
  const { candidate, company } = mention;
  const quotesEnabled = settings.quotes.enabled && !!company;
  const handle = openCard(
    anchor,
    {
      mention: { text: candidate.text, symbol: candidate.symbol, exchange: candidate.exchange },
      company,
      quotesEnabled,
      quote: quotesEnabled ? 'loading' : null,
    },
    { theme: settings.theme },
  );
  if (!company) return;
  const details = browser.runtime
    .sendMessage({ type: 'details', symbol: company.symbol, mic: company.mic })
    .then((r: unknown) => {
      const summary = (r as { summary?: unknown } | null)?.summary;
      if (typeof summary === 'string' && summary) handle.update({ company: { ...company, summary } });
    })
    .catch(() => undefined); // the card is complete without a description
  if (quotesEnabled) {
    const quote = await browser.runtime
      .sendMessage({ type: 'quote', symbol: company.symbol, mic: company.mic })
      .catch((e: unknown) => ({ status: 'error', message: e instanceof Error ? e.message : 'no answer' }) as QuoteResult);
    handle.update({ quote: isQuoteResult(quote) ? quote : { status: 'error', message: 'The background gave no quote' } });
  }
  await details;
}

export function hideCard(): void {
  if (cardModule) void cardModule.then((m) => m.closeCard('api'));
}
