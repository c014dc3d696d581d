// The card's stylesheet, one constant string for the shadow root. `:host { all: initial }` cuts off every
// inherited page style; sizes are px and colours explicit so no site's CSS (rem, inherited colour, dark
// page on a light system) changes the card. The host covers nothing: it is a 0x0 fixed box at the top of
// the stacking order, and the card inside is placed with fixed coordinates by floating-ui.
import { PALETTES, type Palette } from './theme.ts';

const VAR_NAMES: Record<keyof Palette, string> = {
  bg: '--bg',
  fg: '--fg',
  muted: '--muted',
  border: '--border',
  link: '--link',
  up: '--up',
  down: '--down',
  warnBg: '--warn-bg',
  warnFg: '--warn-fg',
  noteBg: '--note-bg',
  noteFg: '--note-fg',
  focus: '--focus',
};

function vars(p: Palette): string {
  return (Object.keys(VAR_NAMES) as (keyof Palette)[]).map((k) => `${VAR_NAMES[k]}:${p[k]};`).join('');
}

export const CARD_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;
width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;
z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;
contain:style!important}
*,*::before,*::after{box-sizing:border-box}
.card{${vars(PALETTES.light)}
position:fixed;top:0;left:0;width:360px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;
background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:10px;
box-shadow:0 8px 28px rgba(0,0,0,.28);padding:14px 16px;
font:400 14px/20px system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
text-align:start;letter-spacing:normal;word-spacing:normal;text-transform:none;text-shadow:none;
white-space:normal;overflow-wrap:anywhere;cursor:auto;color-scheme:light;
opacity:1;transition:opacity 120ms ease-out}
.card.dark{${vars(PALETTES.dark)}color-scheme:dark}
.card.sepia{${vars(PALETTES.sepia)}}
@media (prefers-color-scheme:dark){.card.auto{${vars(PALETTES.dark)}color-scheme:dark}}
@media (prefers-reduced-motion:reduce){.card{transition:none}}
.card:focus{outline:none}
.card :focus-visible{outline:2px solid var(--focus);outline-offset:2px;border-radius:3px}
.head{display:flex;align-items:flex-start;gap:8px}
.title{flex:1;min-width:0}
h2{margin:0;font-size:17px;line-height:22px;font-weight:650;color:var(--fg)}
p,dl,dd,ul{margin:0;padding:0}
.sub,.meta,.written,dt{color:var(--muted);font-size:13px;line-height:18px}
.sub{margin-top:2px}
.ltr{direction:ltr;unicode-bidi:isolate}
.ticker{font-weight:650;color:var(--fg)}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
button{font:inherit;color:inherit;background:none;border:0;margin:0;padding:0;cursor:pointer}
.close{flex:none;width:28px;height:28px;border-radius:6px;font-size:20px;line-height:28px;color:var(--muted)}
.close:hover{background:var(--note-bg);color:var(--fg)}
.former,.note,.warn{margin-top:10px;padding:6px 10px;border-radius:6px;font-size:13px;line-height:18px}
.former,.note{background:var(--note-bg);color:var(--note-fg)}
.warn{background:var(--warn-bg);color:var(--warn-fg)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin-top:10px}
dt{font-size:13px}
dd{font-size:13px;line-height:18px;min-width:0}
.desc{margin-top:10px;font-size:13px;line-height:19px}
.desc.clamp{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;line-clamp:3;overflow:hidden}
.more{margin-top:2px;color:var(--link);font-size:13px;text-decoration:underline}
a{color:var(--link);text-decoration:underline;text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
.quote{margin-top:12px;padding-top:10px;border-top:1px solid var(--border)}
.quote:empty{display:none}
.price-row{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.price{font-size:22px;line-height:28px;font-weight:650;font-variant-numeric:tabular-nums}
.chg{font-weight:600;font-variant-numeric:tabular-nums}
.up{color:var(--up)}
.down{color:var(--down)}
.flat{color:var(--muted)}
.spark{display:block;margin-top:6px;width:100%;height:36px}
.spark polyline{fill:none;stroke:currentColor;stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round}
.meta{margin-top:4px}
.status{color:var(--muted);font-size:13px;line-height:18px}
.quote>.warn:first-child{margin-top:0}
.status+.qbody{margin-top:8px}
.data-date{margin-top:10px;color:var(--muted);font-size:12px;line-height:16px}
.links{list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px;margin-top:12px;font-size:13px}
.written{margin-top:10px}
`;
