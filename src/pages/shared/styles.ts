// The stylesheet shared by the popup and the options page. Colours come from theme.ts (contrast-tested);
// `data-theme` on <html> picks the palette, "auto" follows the system.
import type { Theme } from '../../core/settings.ts';
import { PALETTES, cssVars } from './theme.ts';

export const PAGE_CSS = `
:root{${cssVars(PALETTES.light)};color-scheme:light}
:root[data-theme=dark]{${cssVars(PALETTES.dark)};color-scheme:dark}
:root[data-theme=sepia]{${cssVars(PALETTES.sepia)};color-scheme:light}
@media (prefers-color-scheme:dark){:root[data-theme=auto]{${cssVars(PALETTES.dark)};color-scheme:dark}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
h1{font-size:16px;margin:0}
h2{font-size:13px;margin:0 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
a{color:var(--link)}
section{padding:10px 0;border-top:1px solid var(--border)}
.muted{color:var(--muted)}
.row{display:flex;align-items:center;justify-content:space-between;gap:12px;min-height:32px}
ul.plain{list-style:none;margin:0;padding:0}
button,select,input{font:inherit;color:inherit}
button{cursor:pointer;border:1px solid var(--border);background:var(--surface);border-radius:6px;padding:5px 10px}
button:hover{border-color:var(--fg)}
button.primary{background:var(--accent);color:var(--accentFg);border-color:var(--accent)}
button.link{border:0;background:none;padding:2px 0;color:var(--link);text-decoration:underline}
button:disabled{cursor:default;opacity:.75}
input[type=text],input[type=url],input[type=password],input[type=number],select{background:var(--bg);border:1px solid var(--border);border-radius:6px;padding:5px 8px}
:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.switch{display:flex;align-items:center;justify-content:space-between;gap:12px;min-height:32px;cursor:pointer}
.switch input{appearance:none;-webkit-appearance:none;flex:none;width:34px;height:20px;margin:0;border-radius:10px;border:1px solid var(--border);background:var(--surface);position:relative;cursor:pointer}
.switch input::after{content:"";position:absolute;top:2px;left:2px;width:14px;height:14px;border-radius:50%;background:var(--muted);transition:left .12s}
.switch input:checked{background:var(--accent);border-color:var(--accent)}
.switch input:checked::after{left:16px;background:var(--accentFg)}
.switch input:disabled{opacity:.6;cursor:default}
.switch input:focus-visible{outline:2px solid var(--focus);outline-offset:2px}
.notice{background:var(--noticeBg);color:var(--noticeFg);border-radius:6px;padding:8px 10px;margin:8px 0}
.notice ul{margin:4px 0 0;padding-inline-start:18px}
.undo{background:var(--noticeBg);color:var(--noticeFg);border-radius:6px;padding:4px 10px;margin:8px 0}
.error{color:var(--error)}
.ok{color:var(--ok)}
.hint{color:var(--muted);font-size:12px;margin:2px 0 0}
.popup{width:340px;padding:12px 14px}
.popup header{margin-bottom:4px}
.popup header .muted{font-size:12px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.popup footer{border-top:1px solid var(--border);padding-top:8px}
.status{margin:6px 0 10px;font-weight:600}
.wide{width:100%}
.counts li{min-height:24px}
.tickers{max-height:220px;overflow:auto}
.tickers li{margin:2px 0}
button.ticker{display:flex;align-items:baseline;gap:8px;width:100%;text-align:start;background:var(--bg);border-color:transparent}
button.ticker:hover{background:var(--surface);border-color:var(--border)}
button.ticker .name{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
button.ticker .sym{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.options{max-width:720px;margin:0 auto;padding:24px 20px 48px}
.options h1{font-size:22px}
.options h2{font-size:14px;margin-top:8px}
.options section{padding:16px 0}
.save-status{min-width:6em;text-align:end;margin:0;font-weight:600}
fieldset{border:1px solid var(--border);border-radius:8px;margin:10px 0;padding:8px 12px 12px}
legend{font-weight:600;padding:0 4px}
.sitelist ul{margin:6px 0}
.sitelist li{border-bottom:1px solid var(--surface)}
.sitelist .add{justify-content:flex-start}
.sitelist .add input{flex:1;max-width:320px}
.choices{display:flex;flex-wrap:wrap;gap:6px 18px}
.choice{display:flex;align-items:center;gap:6px;min-height:28px;cursor:pointer}
.choice input{accent-color:var(--accent);width:16px;height:16px;margin:0}
.field{margin:8px 0}
.field > label{display:block;margin-bottom:4px}
.field.row > label,.field .row > label{margin:0}
.field input[type=password],.field input[type=url]{width:100%;max-width:480px}
.field input[type=number]{width:90px}
details{margin-top:10px}
summary{cursor:pointer;color:var(--link)}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-reduced-motion:reduce){.switch input::after{transition:none}}
`;

/** Puts the stylesheet in the page (once) and applies the theme. */
export function applyPageStyle(doc: Document, theme: Theme): void {
  if (!doc.getElementById('clearfolio-page-style')) {
    const style = doc.createElement('style');
    style.id = 'clearfolio-page-style';
    style.textContent = PAGE_CSS;
    doc.head.append(style);
  }
  doc.documentElement.dataset.theme = theme;
}
