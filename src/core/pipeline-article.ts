// The pipeline's article phases, after detection said "article": find clutter -> mark it hidden -> find tickers
// outside hidden blocks -> one batched lookup -> wrap. The content script loads this module only on articles
// (see pipeline-detect.ts).
import { publishedDate } from './article/published.ts';
import { runInSlices, stepsWithin } from './time-budget.ts';
import { findClutter, findClutterInSlices } from './clutter/find.ts';
import { hideBlocks } from './dom/hide.ts';
import { findTickers } from './tickers/find.ts';
import { wrapMentions, wrapWalk } from './dom/highlight.ts';
import { notArticle, round, type Detected, type PassClock, type PipelineOptions, type PipelineResult } from './pipeline-detect.ts';
import type { ClutterBlock, Resolver, TickerMention } from './types.ts';

export async function articlePass(doc: Document, opts: PipelineOptions, detected: Detected, clock: PassClock): Promise<PipelineResult> {
  const { detection, lengths, seeds } = detected;
  if (!detection.isArticle) return notArticle(detected, clock);
  const quietly = opts.quietly ?? (<T>(change: () => T): T => change());
  const yielder = clock.yielder;
  const t1 = performance.now();
  const idle1 = clock.idle;
  let blocks: ClutterBlock[] = [];
  let mentions: TickerMention[] = [];
  let wrappers: HTMLElement[] = [];
  if (opts.clean !== false) {
    const found = yielder
      ? await findClutterInSlices(doc, detection, yielder, { lengths, seeds: seeds?.seeds })
      : findClutter(doc, detection, undefined, { lengths, seeds: seeds?.seeds });
    blocks = found.filter((b) => opts.kinds?.[b.kind] !== false);
    quietly(() => (opts.hide ? opts.hide(blocks, detection) : hideBlocks(blocks)));
    await clock.pause();
  }
  const t2 = performance.now();
  const idle2 = clock.idle;
  const publishedAt = publishedDate(doc, opts.url, detection.region);
  if (opts.tickers !== false) {
    // Symbols are recycled: the lookup picks the listing that held a symbol on the page's date.
    const resolver: Resolver = publishedAt
      ? { resolve: (qs) => opts.resolver.resolve(qs.map((q) => ({ ...q, date: publishedAt }))) }
      : opts.resolver;
    mentions = await findTickers(detection.parts, resolver, yielder ? { yieldToBrowser: yielder } : {});
    wrappers = yielder
      ? await runInSlices(stepsWithin(wrapWalk(doc, mentions), quietly), yielder)
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
      detect: detected.detectMs,
      clean: round(t2 - t1 - (idle2 - idle1)),
      tickers: round(t3 - t2 - (clock.idle - idle2)),
      total: round(t3 - clock.start - clock.idle),
    },
  };
}
