// The article passes (clutter finder, ticker scanner: most of the content script's code) load once detection
// says "article". The script runs on every page a user opens and most are not articles; those pay only for
// detection (the start-up script's budget is 30 KB gzipped; model: lazy-card.ts).
import { detectPass, notArticle, PassClock, type PipelineOptions, type PipelineResult } from '../core/pipeline-detect.ts';

type ArticleModule = typeof import('./article-passes.ts');

let article: ArticleModule | null = null;

export async function loadArticle(): Promise<ArticleModule> {
  return (article ??= await import('./article-passes.ts'));
}

/** The article passes if a page was found to be an article, else null. */
export function loadedArticle(): ArticleModule | null {
  return article;
}

/** The core pipeline (core/pipeline.ts runPipeline), with the article phases loaded only for an article. */
export async function runPipeline(doc: Document, opts: PipelineOptions): Promise<PipelineResult> {
  const clock = new PassClock(opts.yieldToBrowser);
  const detected = await detectPass(doc, opts, clock);
  if (!detected.detection.isArticle) return notArticle(detected, clock);
  // Loading the code is waiting, not work of the pass.
  const passes = await clock.wait(loadArticle);
  return passes.articlePass(doc, opts, detected, clock);
}
