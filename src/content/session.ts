// One page's life with Clearfolio: the first pass, late content, the popup's requests, and a clean
// teardown that restores the page exactly (site switched off, extension disabled or updated).
import type { PipelineOptions, PipelineResult, detect as detectFn, runPipeline as runFn } from '../core/pipeline.ts';
import type { TabReport } from '../core/messages.ts';
import type { Settings, siteMode } from '../core/settings.ts';
import type { ArticleDetection, ClutterBlock, ClutterKind, Resolver, TickerMention } from '../core/types.ts';
import { findClutter } from '../core/clutter/find.ts';
import { findTickers, noteHighlighted } from '../core/tickers/find.ts';
import { hideBlocks, showHidden, showingHidden, unhideAll } from '../core/dom/hide.ts';
import { HIDDEN_ATTR, markRoot, ROOT_ATTR, TICKER_ATTR } from '../core/dom/contract.ts';
import { dropPieces, hasPieces, unwrapAll, wrapMentions, wrappedMention } from '../core/dom/highlight.ts';
import { Indicator } from './indicator.ts';
import { TickerActivation } from './activation.ts';
import { watchAdded, type Watcher } from './watch.ts';
import { ReaderFrame } from './reader-bridge.ts';
import { hideCardIfDetached } from './card-bridge.ts';

export interface SessionDeps {
  runPipeline: typeof runFn;
  detect: typeof detectFn;
  resolver: Resolver;
  /** Remembers "never clean this site"; the settings change then restarts the session without cleaning. */
  neverCleanHere?: () => Promise<void>;
}

type Mode = ReturnType<typeof siteMode>;

/** Lets the browser paint and handle input between pipeline phases (scheduler.yield where it exists). */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageSession {
  private result: PipelineResult | null = null;
  private detection: ArticleDetection | null = null;
  private readonly mentions = new WeakMap<Element, TickerMention>();
  private wrappers: HTMLElement[] = [];
  private hidden = new Map<Element, ClutterKind>();
  private watcher: Watcher | null = null;
  private indicator: Indicator | null = null;
  private activation: TickerActivation | null = null;
  private reader: ReaderFrame | null = null;
  private stopped = false;
  /** Counts same-document navigations: late content found for an earlier page is dropped. */
  private generation = 0;
  /** The pass in flight: passes run one at a time, each on the page as the one before left it. */
  private running: Promise<void> = Promise.resolve();
  /** Symbol -> exchange of every highlight made so far, for bare mentions in late content. */
  private readonly highlighted = new Map<string, string | null>();
  private url = '';

  constructor(
    private readonly doc: Document,
    private readonly settings: Settings,
    private readonly mode: Mode,
    private readonly deps: SessionDeps,
  ) {}

  private options(url: string): PipelineOptions {
    return {
      url,
      resolver: this.deps.resolver,
      clean: this.mode.clean,
      tickers: this.mode.tickers,
      kinds: this.settings.kinds,
      forceArticle: this.mode.forceArticle,
      yieldToBrowser,
    };
  }

  async start(url: string): Promise<void> {
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
    await this.running.catch(() => undefined);
    // A later move supersedes this one.
    if (this.stopped || generation !== this.generation) return;
    this.reader?.close();
    this.reader = null;
    hideCardIfDetached();
    this.stopWatching();
    const kept = this.wrappers.filter((w) => w.isConnected);
    this.wrappers = [];
    this.highlighted.clear();
    this.track(kept);
    this.detection = null;
    this.result = null;
    const previous = new Map(this.hidden);
    this.hidden.clear();
    this.running = this.pass(url, previous);
    await this.running;
  }

  private async pass(url: string, previous: ReadonlyMap<Element, ClutterKind>): Promise<void> {
    this.url = url;
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
    // The previous page's blocks that the new page does not hide again are shown in the task that hides the
    // new ones.
    const hide = (blocks: readonly ClutterBlock[]) => {
      swapped = true;
      const kept = new Set(blocks.map((b) => b.element));
      for (const el of previous.keys()) if (!kept.has(el)) el.removeAttribute(HIDDEN_ATTR);
      hideBlocks(blocks);
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
      markRoot(this.doc, 'skipped');
      console.warn('[Clearfolio] page pass failed:', e instanceof Error ? e.message : e);
      return;
    }
    if (this.stopped) return;
    if (!swapped) hide([]);
    this.result = result;
    this.detection = result.detection;
    markRoot(this.doc, result.detection.isArticle ? 'article' : 'skipped');
    if (!result.detection.isArticle) {
      // Not an article (any more): nothing of Clearfolio stays on it.
      this.stopWatching();
      if (this.wrappers.length) unwrapAll(root);
      this.forgetTickers();
      this.updateIndicator();
      return;
    }
    for (const b of result.blocks) this.hidden.set(b.element, b.kind);
    this.track(result.wrappers);
    this.activation ??= new TickerActivation(this.doc, (el) => this.mentions.get(el) ?? null, this.settings);
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
    if (!this.hidden.size) {
      this.indicator?.remove();
      this.indicator = null;
      return;
    }
    this.indicator ??= new Indicator(this.doc, {
      onToggle: (show) => this.showHidden(show),
      onNeverHere: () => void this.deps.neverCleanHere?.(),
    });
    this.indicator.update(this.hidden.size, showingHidden(this.doc));
  }

  showHidden(show: boolean): void {
    showHidden(this.doc, show);
    this.indicator?.update(this.hidden.size, show);
  }

  /** Late content: new clutter anywhere, new tickers inside the article. Only the added subtrees are scanned. */
  private async onAdded(added: Element[]): Promise<void> {
    const detection = this.detection;
    const generation = this.generation;
    if (this.stopped || !detection?.isArticle) return;
    if (this.mode.clean) {
      const blocks = findClutter(this.doc, detection, added).filter(
        (b) => this.settings.kinds[b.kind] !== false && !this.hidden.has(b.element),
      );
      if (blocks.length) {
        this.watcher?.quiet(() => hideBlocks(blocks));
        for (const b of blocks) this.hidden.set(b.element, b.kind);
        this.updateIndicator();
      }
    }
    if (this.mode.tickers) {
      const parts = detection.parts;
      const inArticle = added.filter((el) => parts.some((p) => p === el || p.contains(el)));
      if (!inArticle.length) return;
      const mentions = await findTickers(inArticle, this.deps.resolver, { context: parts, highlighted: this.highlighted });
      if (this.stopped || generation !== this.generation || !mentions.length) return;
      const live = mentions.filter((m) => m.candidate.node.isConnected);
      const wrappers = this.watcher ? this.watcher.quiet(() => wrapMentions(this.doc, live)) : wrapMentions(this.doc, live);
      this.track(wrappers);
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
      tickers: live.map((w, index) => {
        const m = this.mentions.get(w);
        return { attr: w.getAttribute(TICKER_ATTR) ?? '', text: w.textContent ?? '', name: m?.company?.name ?? null, index };
      }),
      siteEnabled: true,
      showingHidden: showingHidden(this.doc),
      readerOpen: this.reader?.isOpen ?? false,
    };
  }

  async handle(msg: unknown): Promise<unknown> {
    const m = msg as { type?: unknown; show?: unknown; index?: unknown };
    switch (m?.type) {
      case 'report':
        return this.report();
      case 'showHidden':
        this.showHidden(m.show === true);
        return this.report();
      case 'openTicker': {
        const live = this.wrappers.filter((w) => w.isConnected);
        const el = typeof m.index === 'number' ? live[m.index] : undefined;
        if (!el) return { ok: false };
        el.scrollIntoView({ block: 'center' });
        this.activation?.open(el);
        return { ok: true };
      }
      case 'toggleReader': {
        // The reader page (Readability, toolbar, its own cards) loads in a frame: nothing of it in this script.
        if (this.stopped) return { open: false };
        this.reader ??= new ReaderFrame(this.doc, { tickers: this.mode.tickers && this.settings.tickers });
        await this.reader.toggle();
        return { open: this.reader.isOpen };
      }
      default:
        return { error: 'unknown request' };
    }
  }

  /** Restores the page exactly: nothing hidden, no wrappers, no Clearfolio elements or attributes. */
  stop(): void {
    this.stopped = true;
    this.reader?.close();
    this.reader = null;
    this.stopWatching();
    this.activation?.stop();
    this.indicator?.remove();
    unhideAll(this.doc);
    unwrapAll(this.doc.documentElement);
    // unhideAll took the show-hidden switch with it.
    this.doc.documentElement.removeAttribute(ROOT_ATTR);
    this.hidden.clear();
    this.wrappers = [];
  }
}
