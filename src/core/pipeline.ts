// The whole page pass, shared by the content script and `clearfolio analyze` (one implementation, two hosts):
// detect -> find clutter -> mark it hidden -> find tickers outside hidden blocks -> one batched lookup -> wrap.
// It changes the document only by adding attributes and <clearfolio-ticker> wrappers, both reversible.
// Between its phases, and every few tens of ms inside the long walks of a phase, it gives the page's main
// thread back (`yieldToBrowser`), so that no single task of the pass keeps the page from responding for long;
// the core has no timers, so the host passes that in.
// Two modules do the work: pipeline-detect.ts (every page) and pipeline-article.ts (articles only), so that the
// content script can load the second one on articles alone; this one runs both.
import { detectPass, PassClock, type PipelineOptions, type PipelineResult } from './pipeline-detect.ts';
import { articlePass } from './pipeline-article.ts';

export type { PipelineOptions, PipelineResult } from './pipeline-detect.ts';

export async function runPipeline(doc: Document, opts: PipelineOptions): Promise<PipelineResult> {
  const clock = new PassClock(opts.yieldToBrowser);
  return articlePass(doc, opts, await detectPass(doc, opts, clock), clock);
}
