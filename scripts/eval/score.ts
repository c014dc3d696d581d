// Scores `clearfolio analyze` reports against labelled cases (format: ../shared/fixtures/README.md).
// Pure, so its own tests can pin how each figure is counted.
import type { AnalyzeReport } from '../../src/cli/analyze.ts';

export interface LabelledCase {
  file: string;
  url?: string;
  isArticle: boolean;
  keep: string[];
  strip: { kind: string; text: string }[];
  tickers: { text: string; symbol: string; exchange: string | null; name: string }[];
  notTickers: string[];
}

export type Figures = Record<string, number>;

// Accents folded: labels write "Nestlé", data may spell "Nestle".
const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/**
 * A mention's text as labels and reports are compared: whitespace runs (no-break and thin spaces too) as one
 * space, and one pair of enclosing brackets dropped. Corpora differ on whether "Name (AAPL)" is labelled
 * "(AAPL)" or "AAPL"; both name the same highlight.
 */
export function mentionKey(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return /^\(.*\)$/.test(t) ? t.slice(1, -1).trim() : t;
}

/** Aligns labelled and found mentions in order (longest common subsequence on the mention text). */
export function alignMentions(labelled: string[], found: string[]): [number, number][] {
  const n = labelled.length;
  const m = found.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = labelled[i] === found[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (labelled[i] === found[j]) pairs.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function scoreCorpus(cases: LabelledCase[], reports: AnalyzeReport[]): { figures: Figures; details: string[] } {
  const details: string[] = [];
  let articleRight = 0;
  let keepTotal = 0;
  let keepViolations = 0;
  const strip: Record<string, { found: number; total: number }> = {};
  let stripFound = 0;
  let stripTotal = 0;
  let overHidden = 0;
  let labelled = 0;
  let found = 0;
  let matched = 0;
  let resolvedRight = 0;
  let trapHits = 0;

  cases.forEach((c, i) => {
    const r = reports[i]!;
    if (r.isArticle === c.isArticle) articleRight++;
    else details.push(`${c.file}: isArticle ${r.isArticle}, labelled ${c.isArticle}`);
    const hidden = r.removed.map((b) => ({ kind: b.kind, text: norm(b.text) }));

    for (const k of c.keep) {
      keepTotal++;
      if (hidden.some((b) => b.text.includes(norm(k)))) {
        keepViolations++;
        details.push(`${c.file}: KEEP VIOLATION: ${k.slice(0, 80)}`);
      }
    }
    const used = new Set<number>();
    for (const s of c.strip) {
      strip[s.kind] ??= { found: 0, total: 0 };
      strip[s.kind]!.total++;
      stripTotal++;
      const at = hidden.findIndex((b) => b.kind === s.kind && b.text.includes(norm(s.text)));
      if (at >= 0) {
        strip[s.kind]!.found++;
        stripFound++;
        used.add(at);
      } else details.push(`${c.file}: missed ${s.kind}: ${s.text.slice(0, 80)}`);
    }
    hidden.forEach((b, j) => {
      if (!used.has(j)) {
        overHidden++;
        details.push(`${c.file}: hid an unlabelled ${b.kind} block: ${b.text.slice(0, 80)}`);
      }
    });

    const labels = c.tickers.map((t) => mentionKey(t.text));
    const texts = r.tickers.map((t) => mentionKey(t.text));
    labelled += labels.length;
    found += texts.length;
    const pairs = alignMentions(labels, texts);
    matched += pairs.length;
    const hitL = new Set(pairs.map(([a]) => a));
    const hitF = new Set(pairs.map(([, b]) => b));
    labels.forEach((t, a) => hitL.has(a) || details.push(`${c.file}: missed ticker ${t}`));
    texts.forEach((t, b) => hitF.has(b) || details.push(`${c.file}: extra ticker ${t}`));
    for (const [a, b] of pairs) {
      const name = r.tickers[b]!.resolved?.name ?? '';
      // A label's bracketed aside is a note ("Volkswagen (preferred shares)"), not part of the name; spacing
      // is not either: romanised names are written both ways ("House Com" for Housecom Corporation).
      const bare = (s: string) => norm(s).replace(/\s/g, '');
      if (bare(name).includes(bare(c.tickers[a]!.name.replace(/\([^()]*\)/g, ' ')))) resolvedRight++;
      else details.push(`${c.file}: ${labels[a]} resolved to "${name || 'nothing'}", labelled ${c.tickers[a]!.name}`);
    }
    const traps = new Set(c.notTickers.map(norm));
    for (const t of r.tickers) {
      if (traps.has(norm(t.text)) || traps.has(norm(t.symbol)) || traps.has(norm(`$${t.symbol}`))) {
        trapHits++;
        details.push(`${c.file}: TRAP highlighted: ${t.text}`);
      }
    }
  });

  const figures: Figures = {
    pages: cases.length,
    articleAccuracy: ratio(articleRight, cases.length),
    keepViolations,
    keepSnippets: keepTotal,
    stripRecall: ratio(stripFound, stripTotal),
  };
  for (const [kind, s] of Object.entries(strip).sort()) figures[`stripRecall.${kind}`] = ratio(s.found, s.total);
  figures.unlabelledHidden = overHidden;
  figures.tickerPrecision = ratio(matched, found);
  figures.tickerRecall = ratio(matched, labelled);
  figures.trapHits = trapHits;
  figures.resolution = ratio(resolvedRight, matched);
  return { figures, details };
}
