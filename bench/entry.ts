// Injected into each benchmark page as one IIFE (built by bench/bench-bundle.ts). It exposes three
// measurements on `window.__clearfolioBench`, each meant for a fresh load of the page:
//  - pipeline: the content script's whole pass (detect, hide, find tickers, wrap). Lookups go to the real
//    dataset through `window.__clearfolioLookup` (a binding the bench exposes from Node), standing in for the
//    message to the background; the time spent waiting on it is measured and reported on its own. The pass
//    yields to the browser between its phases as the content script does (`yieldToBrowser`); time spent
//    yielded is idle, not pipeline work, and is reported on its own too.
//  - readability: `new Readability(document.cloneNode(true)).parse()`, the reference cost.
//  - floor: one TreeWalker pass over every text node, the least any text-scanning extension can do.
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../src/core/pipeline.ts';
import type { Company, LookupQuery, Resolver } from '../src/core/types.ts';

export interface PipelineSample {
  /** Wall time of runPipeline, lookups included. */
  totalMs: number;
  /** Time spent waiting for lookups (overlapping batches counted once). */
  lookupMs: number;
  /** Time spent yielded to the browser between phases. */
  yieldMs: number;
  yields: number;
  /** totalMs - lookupMs - yieldMs: the work the content script itself does. */
  pipelineMs: number;
  lookupBatches: number;
  queries: number;
  /** The longest stretch of pipeline work between lookups and yields: an upper bound on any one task it runs. */
  maxChunkMs: number;
  /** Durations of 'longtask' entries (tasks over 50 ms) seen while the pipeline ran. */
  longTasks: number[];
  isArticle: boolean;
  blocks: number;
  mentions: number;
  wrappers: number;
  timings: Record<string, number>;
}

export interface ReadabilitySample {
  ms: number;
  found: boolean;
  textLength: number;
}

export interface FloorSample {
  ms: number;
  textNodes: number;
  chars: number;
}

type Lookup = (queries: LookupQuery[]) => Promise<(Company | null)[]>;

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** What the content script passes as `yieldToBrowser`: scheduler.yield() where the browser has it. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}

async function pipeline(url: string | null): Promise<PipelineSample> {
  const lookup = (window as unknown as { __clearfolioLookup?: Lookup }).__clearfolioLookup;
  if (!lookup) throw new Error('window.__clearfolioLookup is missing: the bench must expose it before injecting');
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  try {
    observer.observe({ type: 'longtask' });
  } catch {
    /* a browser without the Long Tasks API: maxChunkMs still bounds the tasks */
  }

  let lookupMs = 0;
  let lookupBatches = 0;
  let queries = 0;
  let inFlight = 0;
  let waitingSince = 0;
  let workingSince = performance.now();
  let maxChunkMs = 0;
  let yieldMs = 0;
  let yields = 0;
  const pause = async () => {
    const t = performance.now();
    if (inFlight === 0) maxChunkMs = Math.max(maxChunkMs, t - workingSince);
    yields++;
    await yieldToBrowser();
    const back = performance.now();
    yieldMs += back - t;
    if (inFlight === 0) workingSince = back;
  };
  const resolver: Resolver = {
    async resolve(batch) {
      const t = performance.now();
      if (inFlight++ === 0) {
        waitingSince = t;
        maxChunkMs = Math.max(maxChunkMs, t - workingSince);
      }
      lookupBatches++;
      queries += batch.length;
      try {
        const answers = await lookup([...batch]);
        // The answer arrives through the driver; resume in a page task, as a runtime message reply would.
        await nextTask();
        return answers;
      } finally {
        const back = performance.now();
        if (--inFlight === 0) {
          lookupMs += back - waitingSince;
          workingSince = back;
        }
      }
    },
  };

  // Start in a task of the page's own, as the content script's run is: the Long Tasks API does not report
  // tasks that the driver's evaluate call runs.
  await nextTask();
  workingSince = performance.now();
  const t0 = performance.now();
  const result = await runPipeline(document, { url, resolver, yieldToBrowser: pause });
  const t1 = performance.now();
  maxChunkMs = Math.max(maxChunkMs, t1 - workingSince);
  // Long-task entries arrive after their task ends; give the observer two turns to deliver them.
  await nextTask();
  await nextTask();
  for (const e of observer.takeRecords()) longTasks.push(e.duration);
  observer.disconnect();
  return {
    totalMs: t1 - t0,
    lookupMs,
    yieldMs,
    yields,
    pipelineMs: t1 - t0 - lookupMs - yieldMs,
    lookupBatches,
    queries,
    maxChunkMs,
    longTasks,
    isArticle: result.detection.isArticle,
    blocks: result.blocks.length,
    mentions: result.mentions.length,
    wrappers: result.wrappers.length,
    timings: { ...result.timings },
  };
}

function readability(): ReadabilitySample {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true) as Document).parse();
  const ms = performance.now() - t0;
  return { ms, found: !!article, textLength: article?.textContent?.length ?? 0 };
}

function floor(): FloorSample {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    textNodes++;
    chars += (n as Text).data.length;
  }
  return { ms: performance.now() - t0, textNodes, chars };
}

/**
 * Checks that the Long Tasks API sees a task started the way the bench starts the pipeline (from the
 * driver's evaluate call): a synchronous busy loop of `ms` must come back as one long task.
 */
async function probeLongTasks(ms: number): Promise<number[]> {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  await nextTask();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* busy on purpose */
  }
  await nextTask();
  await nextTask();
  for (const e of observer.takeRecords()) seen.push(e.duration);
  observer.disconnect();
  return seen;
}

export const api = { pipeline, readability, floor, probeLongTasks };
export type BenchApi = typeof api;

(window as unknown as { __clearfolioBench: BenchApi }).__clearfolioBench = api;
