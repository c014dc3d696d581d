// One page's life with Clearfolio: the first pass, late content, the popup's requests, and a clean
// teardown that restores the page exactly (site switched off, extension disabled or updated).
import type { PipelineOptions, PipelineResult, runPipeline as runFn } from '../core/pipeline.ts';
import { validateTabMessage, type TabReply, type TabReport, type TabRequests } from '../core/messages.ts';
import type { Settings, siteMode } from '../core/settings.ts';
import {
  tickerAttribute,
  type ArticleDetection,
  type ClutterBlock,
  type ClutterKind,
  type Resolver,
  type TickerMention,
} from '../core/types.ts';
import { noteHighlighted } from '../core/tickers/highlighted.ts';
import { hideBlocks, showHidden, showingHidden, unhideAll } from '../core/dom/hide.ts';
import { HIDDEN_ATTR, markRoot, ROOT_ATTR, TICKER_ATTR, UI_TAGS, USER_HIDDEN_KIND, type RootState } from '../core/dom/contract.ts';
import { findUserBlocks, hideUserBlocks, type UserBlock } from '../core/dom/user-hide.ts';
import { dropPieces, hasPieces, primaryWrapper, unwrapAll, wrapMentions, wrappedMention } from '../core/dom/highlight.ts';
import type { Indicator } from './indicator.ts';
import { PageStyle } from './page-style.ts';
import { TickerActivation } from './activation.ts';
import { watchAdded, type Watcher } from './watch.ts';
import type { ReaderFrame } from './reader-bridge.ts';
import { loadedCard } from './lazy-card.ts';
import { loadArticle, loadedArticle } from './lazy-article.ts';
import { dropEarlyMarks, dropEarlySheet } from './early-sheet.ts';
import { EMPTY_SITE, type SiteLocal } from '../core/site-local.ts';
import type { SiteLocalClient } from '../platform/site-local.ts';
import type { Column } from './note-place.ts';
import { selectorMaker } from '../core/selector.ts';

/** True when `el` matches one of the selectors (a stored selector the page no longer parses matches nothing). */
function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((sel) => {
    try {
      return el.matches(sel);
    } catch {
      return false;
    }
  });
}
export interface SessionDeps {
  runPipeline: typeof runFn;
  resolver: Resolver;
  /** The per-site memory and the badge's counts, through the background; none in most tests. */
  site?: SiteLocalClient;
}

/** The article's column on screen, for the note to keep clear of. */
function columnOf(region: Element | null | undefined): Column | null {
  if (!region?.isConnected) return null;
  const r = region.getBoundingClientRect();
  return r.width > 0 ? { left: r.left, right: r.right } : null;
}

type Mode = ReturnType<typeof siteMode>;
/** A hidden block's kind: a clutter kind the rules found, or the reader's own pick ("Hide this too"). */
type HiddenKind = ClutterKind | typeof USER_HIDDEN_KIND;

/** The article's elements, which a pick or a stored selector may never hide (nor an ancestor of one). */
function protectedParts(detection: ArticleDetection | null): Element[] {
  if (!detection) return [];
  return detection.region ? [detection.region, ...detection.parts] : [...detection.parts];
}

/** `el` lies in one of the article's parts. */
function inParts(el: Element, parts: readonly Element[]): boolean {
  return parts.some((p) => p === el || p.contains(el));
}

/** Added elements scanned one by one at most; more are scanned through their parents. */
const MANY_ADDED = 64;

/**
 * The roots to scan for tickers in late content: the added elements, or past MANY_ADDED their parents inside
 * the article (a page that appends ten thousand links one by one to a div gets one root, not ten thousand
 * that each cost a query), or past that the article. Scanning more than was added finds nothing twice: text
 * already inside our wrappers is held out of matching.
 */
export function lateRoots(added: readonly Element[], parts: readonly Element[]): readonly Element[] {
  if (added.length <= MANY_ADDED) return added;
  const up = new Set(added.map((el) => (el.parentElement && inParts(el.parentElement, parts) ? el.parentElement : el)));
  return up.size <= MANY_ADDED ? [...up] : parts;
}

/** Lets the browser paint and handle input between pipeline phases (scheduler.yield where it exists). */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Takes every Clearfolio change off the page: hidden blocks shown, highlights unwrapped (text nodes re-joined),
 * UI hosts (also those under a randomised name, see ui-host.ts createHost) and the root marker removed.
 * Also undoes what an earlier instance of the extension left behind.
 */
export function restorePage(doc: Document): void {
  unhideAll(doc);
  unwrapAll(doc.documentElement);
  for (const el of Array.from(doc.documentElement.children)) {
    if (UI_TAGS.some((tag) => el.localName === tag || el.localName.startsWith(`${tag}-`))) el.remove();
  }
  // unhideAll took the show-hidden switch with it.
  doc.documentElement.removeAttribute(ROOT_ATTR);
}

/**
 * Marks <html> with the pass's verdict. From then on the early stylesheet (early.ts) no longer applies: each block
 * it hid is either hidden by the pass too (in an earlier task) or shown again. The judge's marks go; the sheet
 * itself stays, inert under the marked <html>, until the session stops: taking a sheet off makes the browser
 * restyle every element of the page (its :has() rules can match anywhere): 1.5-6 ms on ordinary pages in
 * Chromium (probe, 300-1,400 elements), which every page, article or not, would pay here, and a task of 400 ms on
 * a page of 100,000 links. Setting the attribute on <html> is paid either way (6-13 ms on those ordinary pages).
 */
export function markPage(doc: Document, state: RootState): void {
  markRoot(doc, state);
  dropEarlyMarks(doc);
}

export class PageSession {
  private result: PipelineResult | null = null;
  private detection: ArticleDetection | null = null;
  private readonly mentions = new WeakMap<Element, TickerMention>();
  private wrappers: HTMLElement[] = [];
  private hidden = new Map<Element, HiddenKind>();
  /** Blocks hidden by the site's `hide` list or a pick, with the selector that hid each (for "Undo"). */
  private userHidden = new Map<Element, string>();
  /** The pick in progress ("Hide this too" or "This wasn't clutter"): one at a time, a new one ends it. */
  private picking: AbortController | null = null;
  private watcher: Watcher | null = null;
  private indicator: Indicator | null = null;
  /** The note's code loading (it loads on the first page with something hidden, like the card's). */
  private indicatorLoad: Promise<void> | null = null;
  private activation: TickerActivation | null = null;
  private reader: ReaderFrame | null = null;
  private readonly style: PageStyle;
  private stopped = false;
  /** Counts same-document navigations: late content found for an earlier page is dropped. */
  private generation = 0;
  /** The pass in flight: passes run one at a time, each on the page as the one before left it. */
  private running: Promise<void> = Promise.resolve();
  /** Symbol -> exchange of every highlight made so far, for bare mentions in late content. */
  private readonly highlighted = new Map<string, string | null>();
  private url = '';
  /** The popup asked to treat this page as an article (for this page only; the options keep sites). */
  private forced = false;
  /** What this device keeps for the site (note dismissed, block rules); loaded before the first pass. */
  private local: SiteLocal = EMPTY_SITE;

  constructor(
    private readonly doc: Document,
    private readonly settings: Settings,
    private readonly mode: Mode,
    private readonly deps: SessionDeps,
  ) {
    this.style = new PageStyle(doc);
  }

  private options(url: string): PipelineOptions {
    return {
      url,
      resolver: this.deps.resolver,
      clean: this.mode.clean,
      tickers: this.mode.tickers,
      kinds: this.settings.kinds,
      forceArticle: this.mode.forceArticle || this.forced,
      yieldToBrowser,
    };
  }

  async start(url: string): Promise<void> {
    if (this.deps.site) this.local = await this.deps.site.load();
    if (this.stopped) return;
    this.running = this.pass(url, new Map());
    await this.running;
  }

  /**
   * The page moved to another address in the same document (a single-page app): the pass runs again on what
   * is there now. Highlights still on the page stay (with their card: the late-content path may have made them
   * while the app rendered); the old page's hidden blocks stay hidden until the new pass has decided, and are
   * then swapped for the new ones in one step, so nothing the new page also hides flashes.
   */
  async navigate(url: string): Promise<void> {
    const generation = ++this.generation;
    // "Treat this page as an article" was for that page only.
    if (url !== this.url) this.forced = false;
    await this.running.catch(() => undefined);
    // A later move supersedes this one.
    if (this.stopped || generation !== this.generation) return;
    this.reader?.close();
    this.reader = null;
    loadedCard()?.hideCardIfDetached();
    this.stopWatching();
    const kept = this.wrappers.filter((w) => w.isConnected);
    this.wrappers = [];
    this.highlighted.clear();
    this.track(kept);
    this.detection = null;
    this.result = null;
    const previous = new Map(this.hidden);
    this.hidden.clear();
    this.userHidden.clear();
    this.running = this.pass(url, previous);
    await this.running;
  }

  private async pass(url: string, previous: ReadonlyMap<Element, HiddenKind>): Promise<void> {
    this.url = url;
    // Before anything is hidden or wrapped; it goes again below if the page is not an article.
    this.style.add();
    const root = this.doc.documentElement;
    // Watching starts before the pass and hands over only after it: what the page adds or rewrites while the
    // pass runs (a live blog's next entry) is scanned then, not lost.
    const watcher = watchAdded(this.doc.body ?? root, (added) => void this.onAdded(added), {
      held: true,
      // Rewritten text is scanned again, whether or not we had split it: a framework may write a ticker into a
      // text node that held none (or rewrite one while its first lookup was still out).
      onTextChanged: (node) => (hasPieces(node) ? dropPieces(node) : node.isConnected ? node.parentElement : null),
    });
    this.watcher = watcher;
    let swapped = false;
    let userBlocks: UserBlock[] = [];
    // The previous page's blocks that the new page does not hide again are shown in the task that hides the
    // new ones. The reader's own picks for the site are hidden in that same task, at once.
    const hide = (found: readonly ClutterBlock[], detection?: ArticleDetection) => {
      swapped = true;
      const blocks = found.filter((b) => this.mayHide(b.element));
      const picked = detection ? findUserBlocks(this.doc, this.local.hide, protectedParts(detection)) : [];
      const kept = new Set([...blocks.map((b) => b.element), ...picked.map((b) => b.element)]);
      for (const el of previous.keys()) if (!kept.has(el)) el.removeAttribute(HIDDEN_ATTR);
      // A block an earlier pass hid keeps its attribute (and its kind): it stays hidden, nothing flashes.
      for (const b of picked) if (previous.has(b.element)) b.element.removeAttribute(HIDDEN_ATTR);
      hideBlocks(blocks);
      userBlocks = hideUserBlocks(picked);
    };
    let result: PipelineResult;
    try {
      result = await this.deps.runPipeline(this.doc, { ...this.options(url), quietly: (change) => watcher.quiet(change), hide });
    } catch (e) {
      // A failed pass must not leave blocks hidden with no indicator to show them: undo it all.
      this.stopWatching();
      unhideAll(this.doc);
      unwrapAll(root);
      this.forgetTickers();
      this.indicator?.remove();
      this.indicator = null;
      this.style.remove();
      markPage(this.doc, 'skipped');
      console.warn('[Clearfolio] page pass failed:', e instanceof Error ? e.message : e);
      return;
    }
    if (this.stopped) return;
    if (!swapped) hide([]);
    this.result = result;
    this.detection = result.detection;
    markPage(this.doc, result.detection.isArticle ? 'article' : 'skipped');
    if (!result.detection.isArticle) {
      // Not an article (any more): nothing of Clearfolio stays on it.
      this.stopWatching();
      if (this.wrappers.length) unwrapAll(root);
      this.forgetTickers();
      this.updateIndicator();
      this.style.remove();
      return;
    }
    for (const b of result.blocks) if (this.mayHide(b.element)) this.hidden.set(b.element, b.kind);
    for (const b of userBlocks) {
      this.hidden.set(b.element, USER_HIDDEN_KIND);
      this.userHidden.set(b.element, b.selector);
    }
    this.track(result.wrappers);
    this.activation ??= new TickerActivation(this.doc, (el) => this.mentions.get(primaryWrapper(el)) ?? null, this.settings);
    this.updateIndicator();
    watcher.release();
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private track(wrappers: HTMLElement[]): void {
    for (const w of wrappers) {
      const m = wrappedMention(w);
      if (m) this.mentions.set(w, m);
      noteHighlighted(this.highlighted, w.getAttribute(TICKER_ATTR) ?? '');
    }
    this.wrappers.push(...wrappers);
  }

  /** No highlights any more (the caller has unwrapped them): no card to open, nothing to borrow for bare mentions. */
  private forgetTickers(): void {
    this.activation?.stop();
    this.activation = null;
    this.wrappers = [];
    this.highlighted.clear();
  }

  private updateIndicator(): void {
    this.reportCounts();
    if (!this.hidden.size || this.local.noteDismissed) {
      this.indicator?.remove();
      this.indicator = null;
      return;
    }
    if (this.indicator) this.indicator.update(this.hidden.size, showingHidden(this.doc));
    else
      this.indicatorLoad ??= this.loadIndicator()
        .catch(() => undefined)
        .finally(() => (this.indicatorLoad = null));
  }

  private async loadIndicator(): Promise<void> {
    const { Indicator } = await import('./indicator.ts');
    // The page may have moved on (or the session stopped) while the code loaded.
    if (this.stopped || this.indicator || !this.hidden.size || this.local.noteDismissed) return;
    this.indicator = new Indicator(this.doc, {
      onToggle: (show) => this.showHidden(show),
      onNotClutter: () => this.pickNotClutter(),
      onHideToo: () => this.pickHide(),
      onDismiss: () => void this.deps.site?.change({ op: 'dismissNote', dismissed: true }).then((s) => (this.local = s)),
      column: () => columnOf(this.detection?.region),
    });
    this.indicator.update(this.hidden.size, showingHidden(this.doc));
  }

  /** False for a block the reader said was not clutter on this site ("This wasn't clutter"). */
  private mayHide(el: Element): boolean {
    return !this.local.notClutter.length || !matchesAny(el, this.local.notClutter);
  }

  /**
   * "This wasn't clutter": the reader clicks a shown block (a real click; see block-picker.ts); it is shown
   * for good and never hidden on this site again.
   */
  private async pickNotClutter(): Promise<boolean> {
    const signal = this.startPick();
    const { pickShownBlock } = await import('./picks.ts');
    const block = signal.aborted ? null : await pickShownBlock(this.doc, signal);
    if (!block || this.stopped || !this.hidden.has(block)) return false;
    // A block the reader hid themselves: "not clutter" takes their pick back (the rule that hid it goes).
    const picked = this.userHidden.get(block);
    if (picked !== undefined) {
      await this.undoHide(picked, this.generation);
      return true;
    }
    const selector = selectorMaker(this.doc)(block);
    const kept = await this.deps.site?.change({ op: 'add', list: 'notClutter', selector });
    this.local = kept?.notClutter.includes(selector) ? kept : { ...this.local, notClutter: [...this.local.notClutter, selector] };
    const show = () => block.removeAttribute(HIDDEN_ATTR);
    if (this.watcher) this.watcher.quiet(show);
    else show();
    this.hidden.delete(block);
    this.updateIndicator();
    return true;
  }

  /** Ends a pick still running (its promise resolves as cancelled) and gives the new one its signal. */
  private startPick(): AbortSignal {
    this.picking?.abort();
    this.picking = new AbortController();
    return this.picking.signal;
  }

  /** True when a block may be picked to hide here: an article page this site lets Clearfolio clean. */
  private get mayPickHide(): boolean {
    return !this.stopped && !!this.detection?.isArticle && this.mode.clean;
  }

  /**
   * "Hide this too" (from the note or the popup): the reader picks a block Clearfolio missed; it is hidden as
   * "user", counted like the others, and its selector stored in the site's `hide` list for later visits.
   * Resolves when the pick is over (hidden, refused with a message, or cancelled).
   */
  async pickHide(): Promise<boolean> {
    if (!this.mayPickHide) return false;
    const signal = this.startPick();
    const { hideToo } = await import('./picks.ts');
    if (signal.aborted || !this.mayPickHide) return false;
    const outcome = await hideToo(this.doc, {
      protect: () => protectedParts(this.detection),
      hide: (el, selector) => this.hideByUser(el, selector),
      signal,
    });
    return outcome === 'hidden';
  }

  /** Hides a picked block and stores its selector; the function returned takes both back. */
  private async hideByUser(el: Element, selector: string): Promise<() => void> {
    const generation = this.generation;
    const mark = () => hideUserBlocks([{ element: el, selector }]);
    if (this.watcher) this.watcher.quiet(mark);
    else mark();
    this.hidden.set(el, USER_HIDDEN_KIND);
    this.userHidden.set(el, selector);
    this.updateIndicator();
    const kept = await this.deps.site?.change({ op: 'add', list: 'hide', selector });
    this.local = kept?.hide.includes(selector) ? kept : { ...this.local, hide: [...this.local.hide, selector] };
    return () => void this.undoHide(selector, generation);
  }

  /** "Undo" after a pick: every block that selector hid is shown again, and the site forgets the selector. */
  private async undoHide(selector: string, generation: number): Promise<void> {
    if (this.stopped) return;
    const kept = await this.deps.site?.change({ op: 'remove', list: 'hide', selector });
    this.local = kept && !kept.hide.includes(selector) ? kept : { ...this.local, hide: this.local.hide.filter((s) => s !== selector) };
    // A navigation since then has already shown the old page's blocks.
    if (generation !== this.generation || this.stopped) return;
    const show = () => {
      for (const [el, sel] of this.userHidden) {
        if (sel !== selector) continue;
        el.removeAttribute(HIDDEN_ATTR);
        this.userHidden.delete(el);
        this.hidden.delete(el);
      }
    };
    if (this.watcher) this.watcher.quiet(show);
    else show();
    this.updateIndicator();
  }

  /** Resolves once the on-page note is up to date (its code may still be loading). */
  async noteReady(): Promise<void> {
    await this.indicatorLoad;
  }

  /** The toolbar badge's numbers: blocks hidden and distinct tickers on the page now. */
  private reportCounts(): void {
    if (!this.deps.site || this.stopped) return;
    const tickers = new Set(this.wrappers.filter((w) => w.isConnected).map((w) => w.getAttribute(TICKER_ATTR)));
    this.deps.site.counts(this.hidden.size, tickers.size);
  }

  showHidden(show: boolean): void {
    if (show) this.style.showLabels();
    showHidden(this.doc, show);
    this.indicator?.update(this.hidden.size, show);
  }

  /** Late content: new clutter anywhere, new tickers inside the article. Only the added subtrees are scanned. */
  private async onAdded(added: Element[]): Promise<void> {
    const detection = this.detection;
    const generation = this.generation;
    if (this.stopped || !detection?.isArticle) return;
    // Loaded by the pass that found the article (unless a test passed the core pipeline in).
    const { findClutterInSlices, findTickers } = loadedArticle() ?? (await loadArticle());
    if (this.stopped || generation !== this.generation) return;
    if (this.mode.clean) {
      // In slices too: the added subtrees can be a div of 100,000 elements (#20 item 2).
      const found = await findClutterInSlices(this.doc, detection, yieldToBrowser, {}, undefined, added);
      if (this.stopped || generation !== this.generation) return;
      const blocks = found.filter((b) => this.settings.kinds[b.kind] !== false && !this.hidden.has(b.element) && this.mayHide(b.element));
      const picked = findUserBlocks(added, this.local.hide, protectedParts(detection)).filter((b) => !this.hidden.has(b.element));
      if (blocks.length || picked.length) {
        const hide = () => {
          hideBlocks(blocks);
          return hideUserBlocks(picked);
        };
        const userBlocks = this.watcher ? this.watcher.quiet(hide) : hide();
        for (const b of blocks) this.hidden.set(b.element, b.kind);
        for (const b of userBlocks) {
          this.hidden.set(b.element, USER_HIDDEN_KIND);
          this.userHidden.set(b.element, b.selector);
        }
        this.updateIndicator();
      }
    }
    if (this.mode.tickers) {
      const parts = detection.parts;
      const inArticle = added.filter((el) => inParts(el, parts));
      if (!inArticle.length) return;
      // In slices, like the first pass: a page can add a div of 100,000 ticker links at any time (#20 item 2).
      const mentions = await findTickers(lateRoots(inArticle, parts), this.deps.resolver, {
        context: parts,
        highlighted: this.highlighted,
        yieldToBrowser,
      });
      if (this.stopped || generation !== this.generation || !mentions.length) return;
      const live = mentions.filter((m) => m.candidate.node.isConnected);
      const wrappers = this.watcher ? this.watcher.quiet(() => wrapMentions(this.doc, live)) : wrapMentions(this.doc, live);
      this.track(wrappers);
      if (wrappers.length) this.reportCounts();
    }
  }

  report(): TabReport {
    const hidden: Record<string, number> = {};
    for (const kind of this.hidden.values()) hidden[kind] = (hidden[kind] ?? 0) + 1;
    const live = this.wrappers.filter((w) => w.isConnected);
    return {
      url: this.url,
      isArticle: !!this.detection?.isArticle,
      hidden,
      // From what Clearfolio resolved, never from the wrapper's text or attributes: the page can rewrite those.
      tickers: live.map((w, index) => {
        const m = this.mentions.get(w);
        const attr = m ? tickerAttribute(m.candidate.symbol, m.candidate.exchange) : '';
        return { attr, text: m ? (m.company?.symbol ?? m.candidate.symbol) : '', name: m?.company?.name ?? null, index };
      }),
      siteEnabled: true,
      showingHidden: showingHidden(this.doc),
      readerOpen: this.reader?.isOpen ?? false,
    };
  }

  async handle(raw: unknown): Promise<TabReply<keyof TabRequests>> {
    const m = validateTabMessage(raw);
    if ('error' in m) return m;
    switch (m.type) {
      case 'report':
        return this.report();
      case 'showHidden':
        this.showHidden(m.show);
        return this.report();
      case 'openTicker': {
        const live = this.wrappers.filter((w) => w.isConnected);
        const el = live[m.index];
        if (!el) return { ok: false };
        el.scrollIntoView({ block: 'center' });
        this.activation?.open(el);
        return { ok: true };
      }
      case 'pickHide':
        // The popup closes for the reader to pick: it gets an answer now, the pick goes on.
        if (!this.mayPickHide) return { ok: false };
        void this.pickHide();
        return { ok: true };
      case 'treatAsArticle':
        this.forced = true;
        await this.navigate(this.url);
        return this.report();
      case 'toggleReader': {
        // The reader page (Readability, toolbar, its own cards) loads in a frame: nothing of it in this script.
        if (this.stopped) return { open: false };
        if (!this.reader) {
          // Loaded on first use, like the card: most pages never open the reader.
          const { ReaderFrame } = await import('./reader-bridge.ts');
          if (this.stopped) return { open: false };
          this.reader ??= new ReaderFrame(this.doc, { tickers: this.mode.tickers && this.settings.tickers });
        }
        await this.reader.toggle();
        return { open: this.reader.isOpen };
      }
    }
  }

  /** Restores the page exactly: nothing hidden, no wrappers, no Clearfolio elements or attributes. */
  stop(): void {
    if (!this.stopped) this.deps.site?.counts(0, 0);
    this.stopped = true;
    this.picking?.abort();
    this.reader?.close();
    this.reader = null;
    this.stopWatching();
    this.activation?.stop();
    this.indicator?.remove();
    this.indicator = null;
    restorePage(this.doc);
    dropEarlySheet(this.doc);
    this.style.remove();
    this.hidden.clear();
    this.userHidden.clear();
    this.wrappers = [];
  }
}
