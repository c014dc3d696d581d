// The host element of each of Clearfolio's on-page UIs (the indicator, the card and reader frames): a closed
// shadow root under a name the page cannot have taken, with inline styles the page cannot override or rewrite.
// Apart from frame-host.ts so that the indicator (start-up code) does not carry the frames' code.

/** Sets each property inline with !important: page rules cannot override it, and CSSOM writes pass any CSP. */
export function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [prop, value] of Object.entries(styles)) el.style.setProperty(prop, value, 'important');
}

function randomSuffix(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Makes a UI host `<name>` with a closed shadow root. A page may have defined that name as a custom element of
 * its own: its constructor could keep the element's internals (which reach a closed root attached later) or
 * attach a root first. Such an element is already :defined when created, so it is dropped for a name the page
 * cannot predict (still clearfolio-*); a definition the page adds later cannot reach the root we attached.
 */
export function createHost(doc: Document, name: string): { host: HTMLElement; shadow: ShadowRoot } {
  for (let i = 0; i < 4; i++) {
    const host = doc.createElement(i === 0 ? name : `${name}-${randomSuffix()}`);
    if (host.matches(':defined')) continue;
    try {
      return { host, shadow: host.attachShadow({ mode: 'closed' }) };
    } catch {
      // a root the page attached: try another name
    }
  }
  throw new Error(`cannot create ${name}`);
}

/** Keeps the host's inline styles as set: a page rewriting them (to hide the UI and clickjack it) is undone. */
export function lockStyles(host: HTMLElement, styles: () => Record<string, string>): () => void {
  const win = host.ownerDocument.defaultView;
  if (!win || typeof win.MutationObserver !== 'function') return () => undefined;
  const observer = new win.MutationObserver(() => {
    observer.disconnect();
    host.removeAttribute('class');
    host.removeAttribute('hidden');
    setStyles(host, styles());
    observer.observe(host, { attributes: true });
  });
  observer.observe(host, { attributes: true });
  return () => observer.disconnect();
}
