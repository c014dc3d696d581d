// Outbound links of the card. The URL builders take precomputed ids (a Yahoo symbol, a Google Finance id, a
// CIK); the ids come from the exchange table (src/core/resolve/exchanges.ts, a 2 KB table that is safe in
// the content script - unlike the listings dataset, which the card never imports).
import { googleFinanceSymbol, venueName, yahooSymbol } from '../../core/resolve/exchanges.ts';
import type { Company } from '../../core/types.ts';
import { t } from '../../platform/i18n.ts';
import { websiteUrl } from './safe-url.ts';

export interface CardLink {
  label: string;
  href: string;
}

const enc = encodeURIComponent;

export function edgarFilingsUrl(cik: number): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${String(Math.trunc(cik)).padStart(10, '0')}`;
}

/** yahooSymbol as Yahoo writes it: "6758.T", "AAPL", "BRK-B". */
export function yahooQuoteUrl(yahooSymbol: string): string {
  return `https://finance.yahoo.com/quote/${enc(yahooSymbol)}`;
}

/** googleId as Google Finance writes it: "6758:TYO", "AAPL:NASDAQ". */
export function googleFinanceUrl(googleId: string): string {
  const i = googleId.lastIndexOf(':');
  const id = i < 0 ? enc(googleId) : `${enc(googleId.slice(0, i))}:${enc(googleId.slice(i + 1))}`;
  return `https://www.google.com/finance/quote/${id}`;
}

export function yahooSearchUrl(query: string): string {
  return `https://finance.yahoo.com/lookup/?s=${enc(query)}`;
}

export function googleFinanceSearchUrl(query: string): string {
  return `https://www.google.com/finance/?q=${enc(query)}`;
}

export interface MarketIds {
  /** Yahoo Finance symbol, or null when unknown. */
  yahoo: string | null;
  /** Google Finance "SYMBOL:PREFIX", or null when unknown. */
  google: string | null;
}

/** Quote-site ids from the exchange table; none for a venue it does not know (a bare symbol there would
 * name some other company's US listing on Yahoo). */
export function defaultMarketIds(company: Pick<Company, 'symbol' | 'mic'>): MarketIds {
  if (!venueName(company.mic)) return { yahoo: null, google: null };
  return { yahoo: yahooSymbol(company), google: googleFinanceSymbol(company) };
}

/** EDGAR filings (US, by CIK), Yahoo Finance, Google Finance and the website, for those the data allows. */
export function companyLinks(company: Company, ids: MarketIds = defaultMarketIds(company)): CardLink[] {
  const links: CardLink[] = [];
  if (typeof company.cik === 'number' && Number.isFinite(company.cik) && company.cik > 0) {
    links.push({ label: t('cardLinkEdgar'), href: edgarFilingsUrl(company.cik) });
  }
  // A quote page for a symbol that no longer trades is a dead end (or, once recycled, another company's).
  if (ids.yahoo && !company.delisted) links.push({ label: t('cardLinkYahoo'), href: yahooQuoteUrl(ids.yahoo) });
  if (ids.google && !company.delisted) links.push({ label: t('cardLinkGoogle'), href: googleFinanceUrl(ids.google) });
  const site = websiteUrl(company.website);
  if (site) links.push({ label: t('cardLinkWebsite'), href: site });
  return links;
}

/** For an unverified mention: searches on the quote sites, by the symbol as written. */
export function searchLinks(mention: { symbol: string; exchange: string | null }): CardLink[] {
  return [
    { label: t('cardSearchYahoo'), href: yahooSearchUrl(mention.symbol) },
    {
      label: t('cardSearchGoogle'),
      href: googleFinanceSearchUrl(mention.exchange ? `${mention.exchange}:${mention.symbol}` : mention.symbol),
    },
  ];
}
