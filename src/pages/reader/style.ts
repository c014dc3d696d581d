// The reader overlay's stylesheet. Fixed px sizes (the page's root font size must not scale it), colours
// from the contrast-tested palettes in ui/shared/theme.ts, and a serif body at a calm measure.
import { TICKER_TAG, VERIFIED_ATTR } from '../../core/dom/contract.ts';
import { PALETTES, cssVars } from '../shared/theme.ts';

export const READER_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483646!important}
*{box-sizing:border-box}
.overlay{position:absolute;inset:0;overflow:auto;overscroll-behavior:contain;background:var(--bg);color:var(--fg);
  font:400 16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-text-size-adjust:100%}
.overlay:focus{outline:none}
.overlay.light{${cssVars(PALETTES.light)}}
.overlay.sepia{${cssVars(PALETTES.sepia)}}
.overlay.dark{${cssVars(PALETTES.dark)}}
.overlay.auto{${cssVars(PALETTES.light)}}
@media (prefers-color-scheme:dark){.overlay.auto{${cssVars(PALETTES.dark)}}}
.bar{position:sticky;top:0;display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:6px;
  padding:8px 12px;background:var(--bg);border-bottom:1px solid var(--border)}
.bar .group{display:flex;gap:4px;align-items:center}
.bar .sep{width:1px;height:24px;background:var(--border);margin:0 6px}
button{font:600 14px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--surface);
  border:1px solid var(--border);border-radius:6px;min-width:36px;height:32px;padding:0 10px;cursor:pointer}
button:hover{border-color:var(--fg)}
button[aria-pressed=true]{background:var(--accent);color:var(--accentFg);border-color:var(--accent)}
button:disabled{opacity:.6;cursor:default}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.page{max-width:var(--width);margin:0 auto;padding:32px 20px 96px;font-family:Charter,"Iowan Old Style",Georgia,Cambria,"Times New Roman",serif;
  font-size:var(--size);line-height:1.65;overflow-wrap:break-word}
.site{margin:0 0 8px;font:600 13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
h1{font-size:1.75em;line-height:1.2;margin:0 0 12px}
.site a{color:inherit;text-decoration:none}
.site a:hover{text-decoration:underline}
.byline{margin:0 0 24px;color:var(--muted);font-size:.85em}
.empty{margin-top:48px;color:var(--muted)}
.content h2,.content h3,.content h4{line-height:1.3;margin:1.6em 0 .5em}
.content p,.content ul,.content ol,.content blockquote,.content figure,.content table,.content pre{margin:0 0 1em}
.content a{color:var(--link)}
.content img{max-width:100%;height:auto}
.content figure{margin-inline:0}
.content figcaption{color:var(--muted);font-size:.8em;margin-top:4px}
.content blockquote{border-inline-start:3px solid var(--border);padding-inline-start:16px;margin-inline:0;color:var(--fg)}
.content pre{overflow:auto;padding:12px;background:var(--surface);border-radius:6px;font-size:.85em}
.content code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
.content table{border-collapse:collapse;display:block;overflow-x:auto;font-size:.9em}
.content th,.content td{border:1px solid var(--border);padding:4px 8px;text-align:start}
.content hr{border:0;border-top:1px solid var(--border)}
${TICKER_TAG}{display:inline;border-bottom:1px dotted currentColor;background:var(--markBg);border-radius:2px;cursor:pointer}
${TICKER_TAG}[${VERIFIED_ATTR}=false]{border-bottom-style:dashed;background:transparent}
@media print{.bar{display:none}.overlay{position:static;overflow:visible}}
`;
