// A line of the last month's closes. Decorative detail carries no information a reader would miss: the
// aria-label states the trend in words, and the colour follows the written sign of the change.
import { cleanSeries, direction, trendSummary, type FormatOptions } from './format.ts';

const W = 120;
const H = 32;
const PAD = 2;

/** SVG polyline points for the closes, scaled into the viewBox; "" when there are fewer than two. */
export function sparkPoints(values: readonly number[]): string {
  const v = cleanSeries(values);
  if (v.length < 2) return '';
  const lo = Math.min(...v);
  const span = Math.max(...v) - lo || 1;
  const step = (W - PAD * 2) / (v.length - 1);
  return v.map((y, i) => `${(PAD + i * step).toFixed(1)},${(H - PAD - ((y - lo) / span) * (H - PAD * 2)).toFixed(1)}`).join(' ');
}

export function Sparkline({ values, format }: { values: readonly number[]; format?: FormatOptions }) {
  const label = trendSummary(values, format);
  if (!label) return null;
  const v = cleanSeries(values);
  const dir = direction(v[v.length - 1]! - v[0]!);
  return (
    <svg class={`spark ${dir}`} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label}>
      <polyline points={sparkPoints(v)} vector-effect="non-scaling-stroke" />
    </svg>
  );
}
