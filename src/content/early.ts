// The early stylesheet (early.css, generated from the clutter rules: core/clutter/early.ts), put in place at
// document_start so that what it hides is never painted. It applies only until the page pass marks <html>
// (data-clearfolio): then the pass's own hiding has confirmed each block, or the block shows again, and the sheet
// stays in place, inert (taking it off would restyle the whole page: session.ts markPage). It is a
// constructed sheet, not the manifest's `css`, so that it can go when the session stops: Chromium keeps a manifest stylesheet in an open
// tab after the extension is removed, and with <html> restored it would hide those blocks again, with no
// indicator to show them. Every page pays for this script.
// The sheet also hides what the early judge (early-judge.ts) marks while the page is parsed, on pages whose
// metadata says "article" (the gate is asked at each animation frame until <body> exists). The judge ships in
// this script: a module or a dynamic import lands a few frames after a small page was first painted (the
// Kiplinger page in tests/e2e/paint.test.ts showed its blocks for 3 frames that way). Other pages compile it and
// run the gate only.
import css from './early.css?inline';
import pageCss from './page.css?inline';
import { EARLY_SHEET } from './early-sheet.ts';
import { earlyGate } from '../core/article/early-gate.ts';

const win = document.defaultView as (Window & typeof globalThis) | null;
const sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)();
// The page stylesheet (hidden blocks, highlights) comes in the same sheet, before the page has elements: adopting
// a sheet later restyles every element of the page (~50 ms on a page of 100,000 links). Its rules match only
// Clearfolio's own attributes and elements, and nothing once the pass marked the page skipped.
sheet.replaceSync(`${css}\n${pageCss}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
(globalThis as Record<symbol, unknown>)[EARLY_SHEET] = sheet;

const url = location.href;
let decided = false;
const gate = (): void => {
  if (decided) return;
  const verdict = earlyGate(document, url);
  if (verdict === 'wait' && document.readyState === 'loading') {
    win?.requestAnimationFrame(gate);
    return;
  }
  decided = true;
  // Bundled into this script (no file is loaded): the import only defers the judge's module set-up (its rules,
  // compiled patterns) to pages the gate passes, and resolves in a microtask, before this frame is painted.
  if (verdict === 'judge') void import('./early-judge.ts').then((m) => m.startEarlyJudge(document, url));
};
win?.requestAnimationFrame(gate);
// Also when parsing ends: a small page (or a busy machine) can finish parsing before the first animation frame,
// and the page pass (document_idle) comes right after this event, before that frame: the judge's one run over
// the whole page must come first.
document.addEventListener('DOMContentLoaded', gate, { once: true });
