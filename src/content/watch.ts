// Batched DOM watching (after uBlock's domWatcher): MutationObserver records are collected, added
// subtrees de-duplicated (a node whose ancestor is already queued is dropped), and handed over once per
// frame, or after a short timeout when the tab is in the background and frames do not fire.
import { TAG_PREFIX } from '../core/dom/contract.ts';
export interface Watcher {
  /** Run `fn` with the observer paused, so Clearfolio's own changes are not reported back to it. */
  quiet<T>(fn: () => T): T;
  /** Starts handing over what a watcher made with `held` has collected so far, and what comes after. */
  release(): void;
  stop(): void;
}

export interface WatchOptions {
  /**
   * A text node changed or left the page; return an element to process again, or null. Used to drop our
   * stale wrappers when a framework rewrites a text node we split.
   */
  onTextChanged?: (node: Text) => Element | null;
  /**
   * Collect, but hand nothing over until `release()`: the content script watches from before each pass, so
   * content a page adds while the pass runs (a live blog's next entry) is not missed.
   */
  held?: boolean;
}

export function watchAdded(root: Node, onAdded: (elements: Element[]) => void, opts: WatchOptions = {}): Watcher {
  const queued = new Set<Element>();
  let scheduled = false;
  let held = !!opts.held;

  const flush = () => {
    scheduled = false;
    collect(observer.takeRecords());
    if (held || !queued.size) return;
    const all = [...queued];
    queued.clear();
    const set = new Set(all);
    const tops = all.filter((el) => {
      if (!el.isConnected) return false;
      for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
      return true;
    });
    if (tops.length) onAdded(tops);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      flush();
    };
    requestAnimationFrame(once);
    setTimeout(once, 100);
  };

  function collect(records: MutationRecord[]) {
    for (const r of records) {
      if (opts.onTextChanged) {
        if (r.type === 'characterData') {
          const el = opts.onTextChanged(r.target as Text);
          if (el) queued.add(el);
          continue;
        }
        for (const n of Array.from(r.removedNodes)) if (n.nodeType === 3) opts.onTextChanged(n as Text);
      }
      for (const n of Array.from(r.addedNodes)) {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el || el.localName.startsWith(TAG_PREFIX)) continue;
        queued.add(el);
      }
    }
  }

  const observer = new MutationObserver((records) => {
    collect(records);
    if (queued.size && !held) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: !!opts.onTextChanged });

  return {
    quiet<T>(fn: () => T): T {
      collect(observer.takeRecords());
      try {
        return fn();
      } finally {
        observer.takeRecords();
      }
    },
    release() {
      if (!held) return;
      held = false;
      collect(observer.takeRecords());
      if (queued.size) schedule();
    },
    stop() {
      observer.disconnect();
      queued.clear();
    },
  };
}
