// Same-document navigation: single-page apps (most finance portals) change the URL with pushState and render
// the next page into the same document, so the content script is not run again. This notices the address
// changing (path or query; a #fragment is the same page), waits until the new page has settled (no DOM
// change for a moment, or a time limit), and then hands over the new address.
export interface NavigationOptions {
  /** How long the DOM must stay unchanged before the new page counts as rendered. */
  quietMs?: number;
  /** The longest wait after the address changed, for pages that never stop changing (tickers, clocks). */
  maxWaitMs?: number;
  /**
   * Compare the address this often instead of listening to the Navigation API (used where the API is missing:
   * pushState and replaceState fire no other event a content script sees).
   */
  pollMs?: number;
  /** Stops the watcher (listeners, poll, pending timers) when it aborts. */
  signal?: AbortSignal;
}

export interface NavigationWatcher {
  stop(): void;
}

/** The address without its fragment: what makes it another page. */
export function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export function watchNavigation(win: Window, onNavigate: (url: string) => void, opts: NavigationOptions = {}): NavigationWatcher {
  const quietMs = opts.quietMs ?? 300;
  const maxWaitMs = opts.maxWaitMs ?? 3000;
  let current = pageAddress(win.location.href);
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let settling: MutationObserver | null = null;

  /** Stops waiting for a page to settle. */
  const idle = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadline);
    settling?.disconnect();
    settling = null;
  };

  const settled = () => {
    idle();
    onNavigate(win.location.href);
  };

  const check = () => {
    const address = pageAddress(win.location.href);
    if (address === current) return;
    current = address;
    // A second change while the first is settling just extends the wait for the page it leads to.
    clearTimeout(quietTimer);
    quietTimer = setTimeout(settled, quietMs);
    if (settling) return;
    deadline = setTimeout(settled, maxWaitMs);
    settling = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(settled, quietMs);
    });
    settling.observe(win.document, { childList: true, subtree: true, characterData: true });
  };

  win.addEventListener('popstate', check);
  // The Navigation API reports pushState and replaceState as they happen; where it is missing, a poll finds
  // them (a string comparison a few times a second).
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  const hasApi = typeof navigation?.addEventListener === 'function' && !opts.pollMs;
  if (hasApi) navigation!.addEventListener('navigatesuccess', check);
  const poll = hasApi ? undefined : setInterval(check, opts.pollMs ?? 250);

  const stop = () => {
    clearInterval(poll);
    idle();
    win.removeEventListener('popstate', check);
    if (hasApi) navigation!.removeEventListener('navigatesuccess', check);
  };
  if (opts.signal?.aborted) stop();
  opts.signal?.addEventListener('abort', stop, { once: true });
  return { stop };
}
