// The early judge's loop (#16): once per animation frame (callbacks run before each paint, in both browsers)
// while the page is parsed, it runs the pass's clutter finder on the finished part of the page
// (core/clutter/early-judge.ts) and marks what it finds with EARLY_ATTR, which the early stylesheet hides. The
// page pass (document_idle) confirms each mark (it hides the block with data-clearfolio-hidden) or releases it:
// marks go when the pass marks the page (session.ts markPage) or the session stops (early-sheet.ts dropEarlySheet).
// early.ts starts it only on pages whose metadata says "article" (core/article/early-gate.ts). The loop ends once
// the page is parsed (one last run over the whole page) or when Clearfolio marked the page; a run that would take
// long on a big page is left to the pass. The last run is the DOMContentLoaded listener's, not a frame's: the
// page pass (document_idle) runs right after that event, often before the next frame, and then the blocks at the
// end of the page were never judged early; with the pass slicing its work under load, they were on view for up
// to a second (bug-1255978 in bench-paint).
import { judgeEarly, parserEdge } from '../core/clutter/early-judge.ts';
import { EARLY_ATTR, ROOT_ATTR } from '../core/dom/contract.ts';

/** The longest a run may be expected to take (ms) while the page is parsed, and for the last run once it is. */
const FRAME_BUDGET_MS = 20;
const LAST_BUDGET_MS = 45;
/**
 * The last run goes whatever its predicted cost on a page of up to this many elements (article pages hold 1,000 to
 * 5,000): it is the last chance before the complete page's first paint, and most of its cost is style the browser
 * computes for that paint anyway. The prediction (least cost per element so far) misses there: runs get dearer per
 * element once the page's boxes arrive, and a busy machine inflates every measure. Measured in Chromium (#16, at
 * load 3 on 2 cores): 16-90 ms on the corpus's largest articles (bbc-1, 1,359 elements; bug-1255978, 2,234);
 * skipping it left their blocks on view for 0.3-1.3 s, until the pass.
 */
const LAST_RUN_ELEMENTS = 10_000;

/** Runs now (the caller is in an animation frame or its gate just passed), then once per frame until parsed. */
export function startEarlyJudge(doc: Document, url: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const all = doc.getElementsByTagName('*');
  let edge: Node | null = null;
  // A run's cost per element, the least measured so far (a run the browser or the machine interrupted measures
  // long): a run's cost grows with the page, so a run that would be too long is skipped. The first runs always go
  // (the first pays for compiling the judge).
  let msPerElement = Infinity;
  let runs = 0;
  let last = false;
  const frame = (): void => {
    if (last || doc.documentElement.hasAttribute(ROOT_ATTR)) return;
    const done = doc.readyState !== 'loading';
    last = done;
    const now = parserEdge(doc);
    const count = all.length;
    // Nothing new since the last frame: nothing new to judge.
    const affordable =
      runs < 2 || msPerElement * count <= (done ? LAST_BUDGET_MS : FRAME_BUDGET_MS) || (done && count <= LAST_RUN_ELEMENTS);
    if ((done || now !== edge) && affordable) {
      edge = now;
      const t = performance.now();
      for (const b of judgeEarly(doc, url, done)) if (!b.element.hasAttribute(EARLY_ATTR)) b.element.setAttribute(EARLY_ATTR, b.kind);
      msPerElement = Math.min(msPerElement, (performance.now() - t) / Math.max(1, count));
      runs++;
    }
    if (!done) win.requestAnimationFrame(frame);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', frame, { once: true });
  frame();
}
