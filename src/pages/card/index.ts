// The company card's public surface: mount it next to a ticker, or render <Card> yourself.
export { openCard, closeCard, currentCard, HOST_TAG } from './mount.tsx';
export type { CardContent, CardHandle, CloseReason, OpenCardOptions } from './mount.tsx';
export { Card, cardLabel, formerSymbolText } from './Card.tsx';
export type { CardMention, CardProps } from './Card.tsx';
export type { QuoteState } from './QuotePanel.tsx';
export { companyLinks, searchLinks, defaultMarketIds, edgarFilingsUrl, yahooQuoteUrl, googleFinanceUrl } from './links.ts';
export type { CardLink, MarketIds } from './links.ts';
export { safeHttpUrl, websiteUrl } from './safe-url.ts';
export type { CardTheme } from './theme.ts';
