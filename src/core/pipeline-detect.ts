// The pipeline's first phase, on every page: one walk of the page that serves detection and collects the
// clutter finder's seeds. It is its own module so that a host can load the article phases (pipeline-article.ts:
// clutter, tickers) only when this one says "article": the content script runs on every page a user opens, and
// most of them are not articles (pipeline.ts runs both phases in one go).
import { detectArticle, notArticleByAddress } from './article/detect.ts';
import { scanPage, scanWalk } from './article/scan.ts';
import { runInSlices } from './time-budget.ts';
import { SeedCollector } from './clutter/seeds.ts';
import { TextLengths } from './article/text-length.ts';
import type { PageScan } from './article/scan.ts';
import type { ArticleDetection, ClutterBlock, ClutterKind, Resolver, TickerMention } from './types.ts';

export interface PipelineOptions {
  url: string | null;
  resolver: Resolver;
  clean?: boolean;
  tickers?: boolean;
  /** Kinds the user wants hidden; all when absent. */
  kinds?: Partial<Record<ClutterKind, boolean>>;
  /** The user listed this site as "always an article". */
  forceArticle?: boolean;
  /**
   * Resolves once the browser had a chance to run other tasks (e.g. `scheduler.yield()`, or a zero-delay
   * timeout); awaited between the pipeline's phases and within its long walks. Absent (Node, tests): it all
   * runs straight through.
   */
  yieldToBrowser?: () => Promise<void>;
  /**
   * Runs the pass's own changes to the document (hiding, wrapping). The content script passes its DOM
   * watcher's `quiet`, so that they are not reported back to it as the page's late content.
   */
  quietly?: <T>(change: () => T) => T;
  /**
   * Marks the found blocks hidden (hideBlocks when absent). The content script, passing over a page it had
   * passed before (a single-page app moved on), swaps the previous page's blocks for these in the same step.
   */
  hide?: (blocks: readonly ClutterBlock[], detection: ArticleDetection) => void;
}

/** Work time per phase, in ms; time spent yielded to the browser is not counted. */
export interface PipelineTimings {
  detect: number;
  clean: number;
  tickers: number;
  total: number;
}

export interface PipelineResult {
  detection: ArticleDetection;
  blocks: ClutterBlock[];
  mentions: TickerMention[];
  wrappers: HTMLElement[];
  /** The page's publication date ("2015-03-12", or "2015-03"), null when the page does not say; articles only. */
  publishedAt: string | null;
  timings: PipelineTimings;
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

/** Work time of one pass: the time spent waiting (yielded to the browser, loading code) is counted apart. */
export class PassClock {
  /** Time not worked so far, in ms. */
  idle = 0;
  readonly start = performance.now();

  constructor(private readonly yieldToBrowser?: () => Promise<void>) {}

  /** Waits for `wait`; its time counts as idle, not as work of the phase it happens in. */
  async wait<T>(wait: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await wait();
    } finally {
      this.idle += performance.now() - t;
    }
  }

  /** The host's yield, timed as idle; undefined when the host gave none (everything runs straight through). */
  get yielder(): (() => Promise<void>) | undefined {
    const y = this.yieldToBrowser;
    return y ? () => this.wait(y) : undefined;
  }

  async pause(): Promise<void> {
    if (this.yieldToBrowser) await this.wait(this.yieldToBrowser);
  }
}

/** What the first phase hands the article phases. */
export interface Detected {
  detection: ArticleDetection;
  lengths: TextLengths;
  seeds: SeedCollector | undefined;
  /** Clock readings at the end of the phase: its work time is `detectMs`. */
  detectMs: number;
}

export function detect(doc: Document, opts: Pick<PipelineOptions, 'url' | 'forceArticle'>, scan?: PageScan): ArticleDetection {
  const detection = detectArticle(doc, opts.url, scan, opts.forceArticle);
  if (opts.forceArticle && !detection.isArticle) {
    const region = detection.region ?? doc.body;
    return { ...detection, isArticle: true, region, parts: region ? [region] : [], signals: [...detection.signals, 'user:always-article'] };
  }
  return detection;
}

export async function detectPass(doc: Document, opts: PipelineOptions, clock: PassClock): Promise<Detected> {
  const lengths = new TextLengths();
  // Most pages a user opens say by their address that they are no article: those are not walked at all.
  const byAddress = opts.forceArticle ? null : notArticleByAddress(doc, opts.url);
  if (byAddress) return { detection: byAddress, lengths, seeds: undefined, detectMs: round(performance.now() - clock.start - clock.idle) };
  // One walk of the page serves detection and the clutter finder's seeds (text lengths are memoised there).
  const seeds = opts.clean !== false ? new SeedCollector(lengths) : undefined;
  const yielder = clock.yielder;
  const scan = yielder ? await runInSlices(scanWalk(doc, seeds, lengths), yielder) : scanPage(doc, seeds, lengths);
  await clock.pause();
  const detection = detect(doc, opts, scan);
  await clock.pause();
  return { detection, lengths, seeds, detectMs: round(performance.now() - clock.start - clock.idle) };
}

/** The result of a pass over a page that is not an article: nothing found, nothing changed. */
export function notArticle(detected: Detected, clock: PassClock): PipelineResult {
  const total = round(performance.now() - clock.start - clock.idle);
  return {
    detection: detected.detection,
    blocks: [],
    mentions: [],
    wrappers: [],
    publishedAt: null,
    timings: { detect: detected.detectMs, clean: 0, tickers: 0, total },
  };
}
