// The labelled corpora `npm run eval` scores by default, each under its own key prefix, and the ticker figures
// per form of mention (ticker-forms.ts); kept apart from eval.ts's own flow so other figures can join it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFile, type AnalyzeReport } from '../../src/cli/analyze.ts';
import { scoreCorpus, type Figures, type LabelledCase } from './score.ts';
import { formFigures } from './ticker-forms.ts';

export interface Corpus {
  /** Prefix of the corpus' figure keys ("" for the fixtures, whose keys predate the others). */
  prefix: string;
  dir: string;
}

/** The fixtures, the shared real pages and the project's own labelled real pages, those that exist. */
export function defaultCorpora(repo: string): Corpus[] {
  return [
    { prefix: '', dir: resolve(repo, '../shared/fixtures') },
    { prefix: 'real', dir: resolve(repo, '../shared/corpora/real-news') },
    { prefix: 'realTickers', dir: resolve(repo, 'tests/corpora/real-tickers') },
  ].filter((c, i) => i === 0 || existsSync(join(c.dir, 'cases.json')));
}

/** The text of a page's markup, roughly, for counting bracketed symbols (tags out, a few entities in). */
function roughText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)));
}

/** Scores one labelled corpus: the figures of score.ts and the ticker figures per form, keys prefixed. */
export async function scoreLabelled(corpus: Corpus): Promise<{ figures: Figures; details: string[] }> {
  const cases = JSON.parse(readFileSync(join(corpus.dir, 'cases.json'), 'utf8')) as LabelledCase[];
  const reports: AnalyzeReport[] = [];
  const pages: { html: string; text: string }[] = [];
  for (const c of cases) {
    const file = join(corpus.dir, c.file);
    reports.push(await analyzeFile(file, c.url ?? null));
    const html = readFileSync(file, 'utf8');
    pages.push({ html, text: roughText(html) });
  }
  const { figures, details } = scoreCorpus(cases, reports);
  Object.assign(figures, formFigures(cases, reports, pages));
  const tag = corpus.prefix ? `${corpus.prefix}.` : '';
  return {
    figures: Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${tag}${k}`, v])),
    details: details.map((d) => (corpus.prefix ? `[${corpus.prefix}] ${d}` : d)),
  };
}

/**
 * Highlights on the Readability test pages (general news, blogs, docs): each is text we would wrongly mark
 * unless the page really names a listed company that way; the details list them to inspect.
 */
export async function readabilityHighlights(dir: string): Promise<{ count: number; details: string[] }> {
  let count = 0;
  const details: string[] = [];
  for (const page of readdirSync(dir).sort()) {
    const source = join(dir, page, 'source.html');
    if (!existsSync(source)) continue;
    const metaFile = join(dir, page, 'expected-metadata.json');
    const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { url?: string }) : {};
    const r = await analyzeFile(source, meta.url ?? null);
    count += r.tickers.length;
    for (const t of r.tickers) details.push(`readability highlight on ${page}: ${t.text} -> ${t.resolved?.name ?? 'unverified'}`);
  }
  return { count, details };
}
