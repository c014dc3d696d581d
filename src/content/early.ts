// The early stylesheet (early.css, generated from the clutter rules: core/clutter/early.ts), put in place at
// document_start so that what it hides is never painted. It applies only until the page pass marks <html>
// (data-clearfolio): then the pass's own hiding has confirmed each block, or the block shows again. It is a
// constructed sheet, not the manifest's `css`, so that it can go: Chromium keeps a manifest stylesheet in an open
// tab after the extension is removed, and with <html> restored it would hide those blocks again, with no
// indicator to show them. The sheet also hides what the early judge (early-judge.ts) marks while the page is
// parsed, on pages whose <head> says they are articles. Every page pays for this script: the judge runs only
// behind that gate.
import css from './early.css?inline';
import { EARLY_SHEET } from './early-sheet.ts';
import { startEarlyJudge } from './early-judge.ts';

const win = document.defaultView as (Window & typeof globalThis) | null;
const sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
(globalThis as Record<symbol, unknown>)[EARLY_SHEET] = sheet;
startEarlyJudge(document, location.href);
