// The symbols a page already shows highlighted: kept by the content script on every page it passed, and small,
// so that it does not pull the ticker scanner into start-up.

/**
 * Records one highlight's `data-clearfolio-ticker` value ("NYSE:SNE", or "SNE" without a venue) in `out`,
 * symbol -> exchange; a venue, once known, is never replaced by none.
 */
export function noteHighlighted(out: Map<string, string | null>, attr: string): void {
  const colon = attr.indexOf(':');
  const symbol = attr.slice(colon + 1);
  const exchange = colon > 0 ? attr.slice(0, colon) : null;
  if (symbol && (!out.has(symbol) || (exchange && !out.get(symbol)))) out.set(symbol, exchange);
}
