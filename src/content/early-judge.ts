// The early judge's loop (#16), in the document_start script: once per animation frame (callbacks run before
// each paint, in both browsers) while the page is parsed, it runs the pass's clutter finder on the finished part
// of the page (core/clutter/early-judge.ts) and marks what it finds with EARLY_ATTR, which the early stylesheet
// hides. The page pass (document_idle) confirms each mark (it hides the block with data-clearfolio-hidden) or
// releases it: marks go when the early stylesheet goes (early-sheet.ts dropEarlySheet).
// Cheap where it is not needed: the first frame after <body> exists asks the <head> whether the page says it is
// an article; if not, the loop ends there. It ends too once the page is parsed (one last run over the whole
// page), when a run took long (the pass will do it), or when Clearfolio marked the page.
import { earlyGate, judgeEarly, parserEdge } from '../core/clutter/early-judge.ts';
import { EARLY_ATTR, ROOT_ATTR } from '../core/dom/contract.ts';

/** A run that took longer than this (ms) is the last: a big page is left to the pass rather than slowed down. */
const RUN_BUDGET_MS = 30;

export function startEarlyJudge(doc: Document, url: string): void {
  const win = doc.defaultView;
  if (!win) return;
  let edge: Node | null = null;
  const frame = (): void => {
    if (doc.documentElement.hasAttribute(ROOT_ATTR)) return;
    const gate = earlyGate(doc, url);
    if (gate === 'skip') return;
    const done = doc.readyState !== 'loading';
    if (gate === 'judge') {
      const now = parserEdge(doc);
      // Nothing new since the last frame: nothing new to judge.
      if (done || now !== edge) {
        edge = now;
        const t = performance.now();
        for (const b of judgeEarly(doc, url, done)) if (!b.element.hasAttribute(EARLY_ATTR)) b.element.setAttribute(EARLY_ATTR, b.kind);
        if (performance.now() - t > RUN_BUDGET_MS) return;
      }
    }
    if (!done) win.requestAnimationFrame(frame);
  };
  win.requestAnimationFrame(frame);
}
