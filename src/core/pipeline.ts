// The whole page pass, shared by the content script and `clearfolio analyze` (one implementation, two hosts):
// detect -> find clutter -> mark it hidden -> find tickers outside hidden blocks -> one batched lookup -> wrap.
// It changes the document only by adding attributes and <clearfolio-ticker> wrappers, both reversible.
import { detectArticle } from './article/detect.ts';
import { findClutter } from './clutter/find.ts';
import { hideBlocks } from '../content/hide.ts';
import { findTickers } from './tickers/find.ts';
import { wrapMentions } from '../content/highlight.ts';
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
}

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
  timings: PipelineTimings;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function detect(doc: Document, opts: Pick<PipelineOptions, 'url' | 'forceArticle'>): ArticleDetection {
  const detection = detectArticle(doc, opts.url);
  if (opts.forceArticle && !detection.isArticle) {
    const region = detection.region ?? doc.body;
    return { ...detection, isArticle: true, region, parts: region ? [region] : [], signals: [...detection.signals, 'user:always-article'] };
  }
  return detection;
}

export async function runPipeline(doc: Document, opts: PipelineOptions): Promise<PipelineResult> {
  const t0 = performance.now();
  const detection = detect(doc, opts);
  const t1 = performance.now();
  let blocks: ClutterBlock[] = [];
  let mentions: TickerMention[] = [];
  let wrappers: HTMLElement[] = [];
  if (detection.isArticle && opts.clean !== false) {
    blocks = findClutter(doc, detection).filter((b) => opts.kinds?.[b.kind] !== false);
    hideBlocks(blocks);
  }
  const t2 = performance.now();
  if (detection.isArticle && opts.tickers !== false) {
    mentions = await findTickers(detection.parts, opts.resolver);
    wrappers = wrapMentions(doc, mentions);
  }
  const t3 = performance.now();
  return {
    detection,
    blocks,
    mentions,
    wrappers,
    timings: { detect: round(t1 - t0), clean: round(t2 - t1), tickers: round(t3 - t2), total: round(t3 - t0) },
  };
}
