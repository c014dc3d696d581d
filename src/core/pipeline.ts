// The whole page pass, shared by the content script and `clearfolio analyze` (one implementation, two hosts):
// detect -> find clutter -> mark it hidden -> find tickers outside hidden blocks -> one batched lookup -> wrap.
// It changes the document only by adding attributes and <clearfolio-ticker> wrappers, both reversible.
// Between its phases, and every few tens of ms inside the long walks of a phase, it gives the page's main
// thread back (`yieldToBrowser`), so that no single task of the pass keeps the page from responding for long;
// the core has no timers, so the host passes that in.
import { detectArticle } from './article/detect.ts';
import { publishedDate } from './article/published.ts';
import { scanPage, scanWalk, type PageScan } from './article/scan.ts';
import { runInSlices, stepsWithin } from './time-budget.ts';
import { findClutter, findClutterInSlices } from './clutter/find.ts';
import { SeedCollector } from './clutter/seeds.ts';
import { TextLengths } from './article/text-length.ts';
import { hideBlocks } from './dom/hide.ts';
import { findTickers } from './tickers/find.ts';
import { wrapMentions, wrapWalk } from './dom/highlight.ts';
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
  hide?: (blocks: readonly ClutterBlock[]) => void;
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

const round = (ms: number) => Math.round(ms * 100) / 100;

export function detect(doc: Document, opts: Pick<PipelineOptions, 'url' | 'forceArticle'>, scan?: PageScan): ArticleDetection {
  const detection = detectArticle(doc, opts.url, scan);
  if (opts.forceArticle && !detection.isArticle) {
    const region = detection.region ?? doc.body;
    return { ...detection, isArticle: true, region, parts: region ? [region] : [], signals: [...detection.signals, 'user:always-article'] };
  }
  return detection;
}

export async function runPipeline(doc: Document, opts: PipelineOptions): Promise<PipelineResult> {
  const quietly = opts.quietly ?? (<T>(change: () => T): T => change());
  let idle = 0;
  // Time yielded inside a phase is idle too, not work of that phase.
  const timed = (yieldToBrowser: () => Promise<void>) => async () => {
    const t = performance.now();
    await yieldToBrowser();
    idle += performance.now() - t;
  };
  const pause = async () => {
    if (opts.yieldToBrowser) await timed(opts.yieldToBrowser)();
  };
  const t0 = performance.now();
  // One walk of the page serves detection and the clutter finder's seeds (text lengths are memoised there).
  const lengths = new TextLengths();
  const seeds = opts.clean !== false ? new SeedCollector(lengths) : undefined;
  const scan = opts.yieldToBrowser
    ? await runInSlices(scanWalk(doc, seeds, lengths), timed(opts.yieldToBrowser))
    : scanPage(doc, seeds, lengths);
  await pause();
  const detection = detect(doc, opts, scan);
  await pause();
  const t1 = performance.now();
  const idle1 = idle;
  let blocks: ClutterBlock[] = [];
  let mentions: TickerMention[] = [];
  let wrappers: HTMLElement[] = [];
  if (detection.isArticle && opts.clean !== false) {
    const found = opts.yieldToBrowser
      ? await findClutterInSlices(doc, detection, timed(opts.yieldToBrowser), { lengths, seeds: seeds?.seeds })
      : findClutter(doc, detection, undefined, { lengths, seeds: seeds?.seeds });
    blocks = found.filter((b) => opts.kinds?.[b.kind] !== false);
    quietly(() => (opts.hide ?? hideBlocks)(blocks));
    await pause();
  }
  const t2 = performance.now();
  const idle2 = idle;
  const publishedAt = detection.isArticle ? publishedDate(doc, opts.url, detection.region) : null;
  if (detection.isArticle && opts.tickers !== false) {
    // Symbols are recycled: the lookup picks the listing that held a symbol on the page's date.
    const resolver: Resolver = publishedAt
      ? { resolve: (qs) => opts.resolver.resolve(qs.map((q) => ({ ...q, date: publishedAt }))) }
      : opts.resolver;
    mentions = await findTickers(detection.parts, resolver, opts.yieldToBrowser ? { yieldToBrowser: timed(opts.yieldToBrowser) } : {});
    wrappers = opts.yieldToBrowser
      ? await runInSlices(stepsWithin(wrapWalk(doc, mentions), quietly), timed(opts.yieldToBrowser))
      : quietly(() => wrapMentions(doc, mentions));
  }
  const t3 = performance.now();
  return {
    detection,
    blocks,
    mentions,
    wrappers,
    publishedAt,
    timings: {
      detect: round(t1 - t0 - idle1),
      clean: round(t2 - t1 - (idle2 - idle1)),
      tickers: round(t3 - t2 - (idle - idle2)),
      total: round(t3 - t0 - idle),
    },
  };
}
