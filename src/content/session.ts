// One page's life with Clearfolio: the first pass, late content, the popup's requests, and a clean
// teardown that restores the page exactly (site switched off, extension disabled or updated).
import type { PipelineOptions, PipelineResult, detect as detectFn, runPipeline as runFn } from '../core/pipeline.ts';
import type { TabReport } from '../core/messages.ts';
import type { Settings, siteMode } from '../core/settings.ts';
import type { ArticleDetection, ClutterKind, Resolver, TickerMention } from '../core/types.ts';
import { findClutter } from '../core/clutter/find.ts';
import { findTickers, noteHighlighted } from '../core/tickers/find.ts';
import { hideBlocks, unhideAll } from './hide.ts';
import { dropPieces, hasPieces, unwrapAll, wrapMentions } from './highlight.ts';
import { Indicator } from './indicator.ts';
import { TickerActivation } from './activation.ts';
import { watchAdded, type Watcher } from './watch.ts';
import { ReaderFrame } from './reader-bridge.ts';

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
    this.url = url;
    const root = this.doc.documentElement;
    // Watching starts before the first pass and hands over only after it: what the page adds or rewrites
    // while the pass runs (a live blog's next entry) is scanned then, not lost.
    const watcher = watchAdded(this.doc.body ?? root, (added) => void this.onAdded(added), {
      held: true,
      // Rewritten text is scanned again, whether or not we had split it: a framework may write a ticker into a
      // text node that held none (or rewrite one while its first lookup was still out).
      onTextChanged: (node) => (hasPieces(node) ? dropPieces(node) : node.isConnected ? node.parentElement : null),
    });
    this.watcher = watcher;
    let result: PipelineResult;
    try {
      result = await this.deps.runPipeline(this.doc, { ...this.options(url), quietly: (change) => watcher.quiet(change) });
    } catch (e) {
      // A failed pass must not leave blocks hidden with no indicator to show them: undo it all.
      this.stopWatching();
      unhideAll(this.doc);
      unwrapAll(root);
      root.setAttribute('data-clearfolio', 'skipped');
      console.warn('[Clearfolio] page pass failed:', e instanceof Error ? e.message : e);
      return;
    }
    if (this.stopped) return;
    this.result = result;
    this.detection = result.detection;
    root.setAttribute('data-clearfolio', result.detection.isArticle ? 'article' : 'skipped');
    if (!result.detection.isArticle) {
      this.stopWatching();
      return;
    }
    for (const b of result.blocks) this.hidden.set(b.element, b.kind);
    this.track(result.mentions, result.wrappers);
    this.activation = new TickerActivation(this.doc, (el) => this.mentions.get(el) ?? null, this.settings);
    this.updateIndicator();
    watcher.release();
  }

  private stopWatching(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  private track(mentions: TickerMention[], wrappers: HTMLElement[]): void {
    wrappers.forEach((w, i) => {
      const m = mentions[i];
      if (m) this.mentions.set(w, m);
    });
    this.wrappers.push(...wrappers);
    for (const w of wrappers) noteHighlighted(this.highlighted, w.getAttribute('data-clearfolio-ticker') ?? '');
  }

  private updateIndicator(): void {
    if (!this.hidden.size) return;
    this.indicator ??= new Indicator(this.doc, {
      onToggle: (show) => this.showHidden(show),
      onNeverHere: () => void this.deps.neverCleanHere?.(),
    });
    this.indicator.update(this.hidden.size, this.showingHidden());
  }

  private showingHidden(): boolean {
    return this.doc.documentElement.hasAttribute('data-clearfolio-show-hidden');
  }

  showHidden(show: boolean): void {
    const root = this.doc.documentElement;
    if (show) root.setAttribute('data-clearfolio-show-hidden', '');
    else root.removeAttribute('data-clearfolio-show-hidden');
    this.indicator?.update(this.hidden.size, show);
  }

  /** Late content: new clutter anywhere, new tickers inside the article. Only the added subtrees are scanned. */
  private async onAdded(added: Element[]): Promise<void> {
    const detection = this.detection;
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
      if (this.stopped || !mentions.length) return;
      const live = mentions.filter((m) => m.candidate.node.isConnected);
      const wrappers = this.watcher ? this.watcher.quiet(() => wrapMentions(this.doc, live)) : wrapMentions(this.doc, live);
      this.track(live, wrappers);
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
        return { attr: w.getAttribute('data-clearfolio-ticker') ?? '', text: w.textContent ?? '', name: m?.company?.name ?? null, index };
      }),
      siteEnabled: true,
      showingHidden: this.showingHidden(),
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
    const root = this.doc.documentElement;
    root.removeAttribute('data-clearfolio');
    root.removeAttribute('data-clearfolio-show-hidden');
    this.hidden.clear();
    this.wrappers = [];
  }
}
