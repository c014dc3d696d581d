// Turns the measured figures into the printed table, the goal verdicts and bench/chart.svg.
import type { PageRow } from './bench-browser.ts';
import { round, type Summary } from './bench-stats.ts';

export interface Goal {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
  pass: boolean | null;
}

const MB = 1024 * 1024;
export const LIMITS = {
  // #16 withdrew the 0.25 of the earlier [perf] issue: the first touch of a page's DOM costs what it costs.
  ratioP95: 0.5,
  ratioSum: 0.5,
  maxTaskMs: 50,
  contentScriptGzipBytes: 30 * 1024,
  // #18: what installing and running the extension costs (bench-extension.ts).
  installBytes: 8 * MB,
  backgroundHeapBytes: 40 * MB,
  coldStartP95Ms: 100,
};

export function goals(f: {
  ratioP95: number;
  ratioSum: number;
  maxTaskMs: number;
  contentScriptGzipBytes: number | null;
  installBytes?: number | null;
  backgroundHeapBytes?: number | null;
  coldStartP95Ms?: number | null;
}): Goal[] {
  const g = (name: string, value: number | null, limit: number, unit: string): Goal => ({
    name,
    value,
    limit,
    unit,
    pass: value === null || Number.isNaN(value) ? null : value <= limit,
  });
  return [
    g('pipeline p95 / Readability p95', f.ratioP95, LIMITS.ratioP95, 'x'),
    g('pipeline sum / Readability sum', f.ratioSum, LIMITS.ratioSum, 'x'),
    g('max task during pipeline', f.maxTaskMs, LIMITS.maxTaskMs, 'ms'),
    g('content script (gzip)', f.contentScriptGzipBytes, LIMITS.contentScriptGzipBytes, 'B'),
    g('install size (unpacked build)', f.installBytes ?? null, LIMITS.installBytes, 'B'),
    g('background heap after first lookup', f.backgroundHeapBytes ?? null, LIMITS.backgroundHeapBytes, 'B'),
    g('cold start: first lookup p95', f.coldStartP95Ms ?? null, LIMITS.coldStartP95Ms, 'ms'),
  ];
}

/** The goals of #16 [paint], each as "at most" so one table judges them all. */
export const PAINT_LIMITS = {
  shareWithClutterOnView: 0.05,
  visibleAfterPaintP95: 17,
  shareWithAddedCls: 0.05,
  maxAddedCls: 0.01,
  earlyReleaseRate: 0.01,
  nonArticleP95: 2,
};

export function paintGoals(s: {
  shareZeroVisibleAfterPaint: number;
  visibleAfterPaintP95: number;
  shareZeroAddedCls: number;
  maxAddedCls: number;
  earlyReleaseRate: number;
  nonArticleP95: number;
}): Goal[] {
  const g = (name: string, value: number, limit: number, unit: string): Goal => ({
    name,
    value,
    limit,
    unit,
    pass: Number.isNaN(value) ? null : value <= limit,
  });
  return [
    g('pages with clutter on view after FCP', round(1 - s.shareZeroVisibleAfterPaint, 3), PAINT_LIMITS.shareWithClutterOnView, 'share'),
    g('clutter on view after FCP, p95', s.visibleAfterPaintP95, PAINT_LIMITS.visibleAfterPaintP95, 'ms'),
    g('pages with layout shift of ours', round(1 - s.shareZeroAddedCls, 3), PAINT_LIMITS.shareWithAddedCls, 'share'),
    g('largest layout shift of ours', s.maxAddedCls, PAINT_LIMITS.maxAddedCls, 'CLS'),
    g('early hides released', s.earlyReleaseRate, PAINT_LIMITS.earlyReleaseRate, 'share'),
    g('non-article main-thread time p95', s.nonArticleP95, PAINT_LIMITS.nonArticleP95, 'ms'),
  ];
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

export function summaryTable(rows: { name: string; s: Summary }[]): string {
  const head = `${pad('', 22)}${['p50', 'p95', 'max', 'sum'].map((h) => pad(h, 11, true)).join('')}   (ms)`;
  const lines = rows.map(({ name, s }) => pad(name, 22) + [s.p50, s.p95, s.max, s.sum].map((v) => pad(v.toFixed(2), 11, true)).join(''));
  return [head, ...lines].join('\n');
}

export function goalTable(list: Goal[]): string {
  return list
    .map((g) => {
      const verdict = g.pass === null ? 'n/a ' : g.pass ? 'PASS' : 'FAIL';
      const value = g.value === null ? 'not measured' : `${g.unit === 'B' ? g.value : round(g.value, 3)} ${g.unit}`;
      return `${verdict}  ${pad(g.name, 34)} ${pad(value, 16)} (goal <= ${g.limit} ${g.unit})`;
    })
    .join('\n');
}

/** Per-page pipeline and Readability times, pages sorted by Readability time, log-scaled y axis. */
export function chartSvg(rows: PageRow[], title: string): string {
  const pts = rows
    .filter((r) => Number.isFinite(r.pipelineMs) && Number.isFinite(r.readabilityMs))
    .sort((a, b) => a.readabilityMs - b.readabilityMs);
  const W = 760,
    H = 360,
    L = 56,
    R = 150,
    T = 36,
    B = 40;
  const all = pts.flatMap((r) => [r.pipelineMs, r.readabilityMs, r.floorMs]).filter((v) => v > 0);
  const lo = Math.pow(10, Math.floor(Math.log10(Math.max(0.01, Math.min(...all, 1)))));
  const hi = Math.pow(10, Math.ceil(Math.log10(Math.max(...all, 10))));
  const x = (i: number) => L + (pts.length <= 1 ? 0 : (i / (pts.length - 1)) * (W - L - R));
  const y = (v: number) => {
    const c = Math.min(Math.max(v, lo), hi);
    return T + (1 - (Math.log10(c) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (H - T - B);
  };
  const line = (pick: (r: PageRow) => number) => pts.map((r, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(pick(r)).toFixed(1)}`).join(' ');
  const grid: string[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) {
    grid.push(
      `<line x1="${L}" x2="${W - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>` +
        `<text x="${L - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v >= 1 ? v : v.toFixed(2)}</text>`,
    );
  }
  const series = [
    { name: 'Readability parse', color: '#c0392b', pick: (r: PageRow) => r.readabilityMs },
    { name: 'Clearfolio pipeline', color: '#2471a3', pick: (r: PageRow) => r.pipelineMs },
    { name: 'TreeWalker floor', color: '#7f8c8d', pick: (r: PageRow) => r.floorMs },
  ];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${L}" y="20" font-size="13" font-weight="bold">${esc(title)}</text>`,
    ...grid,
    `<text x="14" y="${(T + H - B) / 2}" transform="rotate(-90 14 ${(T + H - B) / 2})" text-anchor="middle">ms per page (log)</text>`,
    `<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">${pts.length} pages, sorted by Readability time</text>`,
    `<path d="${line((r) => r.readabilityMs * LIMITS.ratioP95)}" fill="none" stroke="#c0392b" stroke-width="1" stroke-dasharray="4 3"/>`,
    ...series.map((s) => `<path d="${line(s.pick)}" fill="none" stroke="${s.color}" stroke-width="1.5"/>`),
    ...series.map(
      (s, i) =>
        `<rect x="${W - R + 14}" y="${T + i * 18}" width="12" height="3" fill="${s.color}"/>` +
        `<text x="${W - R + 32}" y="${T + i * 18 + 5}">${s.name}</text>`,
    ),
    `<rect x="${W - R + 14}" y="${T + series.length * 18}" width="12" height="1" fill="#c0392b"/>` +
      `<text x="${W - R + 32}" y="${T + series.length * 18 + 5}">goal: ${LIMITS.ratioP95} x Readability</text>`,
    '</svg>',
    '',
  ].join('\n');
}
