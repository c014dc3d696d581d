// The card's code loads on the first ticker a reader opens: most pages never open one, and every tab pays for
// what the content script loads up front (its budget is 30 KB gzipped).
type CardModule = typeof import('./card-bridge.ts');

let card: CardModule | null = null;

export async function loadCard(): Promise<CardModule> {
  return (card ??= await import('./card-bridge.ts'));
}

/** The card's code if a card was ever opened on this page, else null (nothing to close then). */
export function loadedCard(): CardModule | null {
  return card;
}
