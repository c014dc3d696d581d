// The early judge's loop (#16), in the document_start script: once per animation frame (callbacks run before
// each paint, in both browsers) while the page is parsed, it runs the pass's clutter finder on the finished part
// of the page (core/clutter/early-judge.ts) and marks what it finds with EARLY_ATTR, which the early stylesheet
// hides. The page pass (document_idle) confirms each mark (it hides the block with data-clearfolio-hidden) or
// releases it: marks go when the early stylesheet goes (early-sheet.ts dropEarlySheet).
// Cheap where it is not needed: the first frame after <body> exists asks the <head> whether the page says it is
// an article; if not, the loop ends there. It ends too once the page is parsed (one last run over the whole
// page) or when Clearfolio marked the page; a run that would take long on a big page is left to the pass.
import { earlyGate, judgeEarly, parserEdge, type EarlyGate } from '../core/clutter/early-judge.ts';
import { EARLY_ATTR, ROOT_ATTR } from '../core/dom/contract.ts';

/** The longest a run may be expected to take (ms) while the page is parsed, and for the last run once it is. */
const FRAME_BUDGET_MS = 20;
const LAST_BUDGET_MS = 45;

export function startEarlyJudge(doc: Document, url: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const all = doc.getElementsByTagName('*');
  let edge: Node | null = null;
  // The last run's cost per element: a run's cost grows with the page, so a run that would be too long is
  // skipped. The first runs are not a measure (they pay for compiling the judge) and always go.
  let msPerElement = 0;
  let runs = 0;
  let gate: EarlyGate = 'wait';
  const frame = (): void => {
    if (doc.documentElement.hasAttribute(ROOT_ATTR)) return;
    if (gate === 'wait') gate = earlyGate(doc, url);
    if (gate === 'skip') return;
    const done = doc.readyState !== 'loading';
    if (gate === 'judge') {
      const now = parserEdge(doc);
      const count = all.length;
      // Nothing new since the last frame: nothing new to judge.
      if ((done || now !== edge) && (runs < 2 || msPerElement * count <= (done ? LAST_BUDGET_MS : FRAME_BUDGET_MS))) {
        edge = now;
        const t = performance.now();
        for (const b of judgeEarly(doc, url, done)) if (!b.element.hasAttribute(EARLY_ATTR)) b.element.setAttribute(EARLY_ATTR, b.kind);
        msPerElement = (performance.now() - t) / Math.max(1, count);
        runs++;
      }
    }
    if (!done) win.requestAnimationFrame(frame);
  };
  win.requestAnimationFrame(frame);
}
