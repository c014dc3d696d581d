import { chromium } from 'playwright-core';
import { CHROMIUM_BIN, QUIET_FLAGS } from '../tests/e2e/browsers.ts';
const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: QUIET_FLAGS });
const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const n = Number(process.argv[2] ?? 100000);
const html = `<!doctype html><html><body><article><h1>M</h1><p>prose</p><div>${'<a href="/quote/AAPL">AAPL</a> '.repeat(n)}</div></article></body></html>`;
await browser.startTracing(tab, { categories: ['toplevel', 'devtools.timeline'] });
await tab.setContent(html);
const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
for (const e of ev.filter((e: any) => e.ph === 'X' && (e.name === 'Layout' || e.name === 'PrePaint') && e.tdur > 5000)) console.log('load', e.name, (e.dur/1000).toFixed(0), (e.tdur/1000).toFixed(0));
const r = await tab.evaluate(`(() => {
  const out = {};
  const div = document.querySelector('article div');
  let t = performance.now(); document.body.offsetHeight; out.clean = performance.now() - t;
  const a = div.children[50000] || div.children[div.children.length - 1];
  const w = document.createElement('clearfolio-ticker'); a.replaceChild(w, a.firstChild); w.textContent = 'AAPL';
  t = performance.now(); document.body.offsetHeight; out.oneWrap = performance.now() - t;
  for (let i = 0; i < 100; i++) { const a = div.children[i * 7]; const w = document.createElement('clearfolio-ticker'); w.textContent = a.textContent; a.replaceChild(w, a.firstChild); }
  t = performance.now(); document.body.offsetHeight; out.hundredWraps = performance.now() - t;
  a.setAttribute('data-x', '1');
  t = performance.now(); document.body.offsetHeight; out.attr = performance.now() - t;
  return out;
})()`);
console.log(r);
await browser.close();
