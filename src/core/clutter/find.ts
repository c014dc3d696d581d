// Finds the sponsored, newsletter, affiliate-disclosure and promoted-widget blocks of an article page.
//
// Seeds (seeds.ts) come from one walk over the page: elements whose markup names a clutter kind, e-mail sign-up
// inputs, short labels ("Sponsored", "Promoted Stories") and disclosure sentences. Each seed
// grows to its box (the whole widget: heading, text and form, not one line, not the whole sidebar), then the
// box is judged on its own subtree: it is hidden only when two independent kinds of evidence agree (wording +
// markup, a form + wording, a vendor signature + a list of links...), never on one keyword. The article is
// protected: a box is never the region, an ancestor of it or of the headline, and never holds one of the
// region's substantive paragraphs. Pure: reads the DOM, returns data; hiding is content/hide.ts's job.
import type { ArticleDetection, ClutterBlock } from '../types.ts';
import { disclosureRun } from './disclosure-run.ts';
import { Finder, type FindClutterOptions } from './finder.ts';
import { SeedCollector, walkSeeds } from './seeds.ts';
import { SLICE_MS, runInSlices, runThrough, type Walk } from '../time-budget.ts';

export type { FindClutterOptions };

/**
 * The clutter blocks of an article page, outermost boxes only, in document order. `within` limits the
 * search to newly added subtrees (late-loading widgets); the article is still protected as a whole.
 */
export function findClutter(
  doc: Document,
  detection: ArticleDetection,
  within?: readonly Element[],
  opts: FindClutterOptions = {},
): ClutterBlock[] {
  return runThrough(clutterWalk(doc, detection, within, opts));
}

/**
 * `findClutter` in slices of work that give the page's main thread back in between (`yieldToBrowser`), for
 * the first pass over a big page and for late content (`within`: a page can add 100,000 elements at once);
 * same result when the page does not change meanwhile. Boxes the page removed while the walk was paused are
 * left out.
 */
export function findClutterInSlices(
  doc: Document,
  detection: ArticleDetection,
  yieldToBrowser: () => Promise<void>,
  opts: FindClutterOptions = {},
  sliceMs = SLICE_MS,
  within?: readonly Element[],
): Promise<ClutterBlock[]> {
  return runInSlices(clutterWalk(doc, detection, within, opts), yieldToBrowser, sliceMs);
}

function* clutterWalk(
  doc: Document,
  detection: ArticleDetection,
  within: readonly Element[] | undefined,
  opts: FindClutterOptions,
): Walk<ClutterBlock[]> {
  if (!detection.isArticle || !doc.body) return [];
  const finder = new Finder(doc, detection, opts);
  let seeds = within ? undefined : opts.seeds;
  if (!seeds) {
    const collector = new SeedCollector(finder.len);
    for (const root of within ?? [doc.body]) if (root.isConnected) yield* walkSeeds(root, collector);
    seeds = collector.seeds;
  }
  // Only seeds consult the protected paragraphs; measured up front so that their cost is sliced too.
  if (seeds.length) yield* finder.measureProtected();

  const blocks: ClutterBlock[] = [];
  // Found boxes by element: "is it inside a box" walks up the element's ancestors once, instead of asking every box
  // (seeds x boxes: quadratic on a big page with thousands of boxes).
  const boxes = new Set<Element>();
  const inBox = (el: Element, self: boolean): boolean => {
    for (let n: Element | null = self ? el : el.parentElement; n; n = n.parentElement) if (boxes.has(n)) return true;
    return false;
  };
  const tried = new Set<Element>();
  for (const [i, seed] of seeds.entries()) {
    if (i % 16 === 15) yield;
    // The page may have dropped a seed's box while the walk was paused.
    if (!seed.el.isConnected) continue;
    if (inBox(seed.el, true)) continue;
    // A disclosure closing a byline line: its sentences alone, never the author and the date beside them.
    const run = seed.kind === 'affiliate-disclosure' && seed.via === 'wording' ? disclosureRun(seed.el) : null;
    if (run) {
      if (!finder.hiddenByPage(seed.el)) {
        blocks.push({ element: run, kind: 'affiliate-disclosure', evidence: ['text:disclosure', 'place:byline'] });
        boxes.add(run);
      }
      continue;
    }
    const grown = finder.grow(seed);
    // A label inside a tile's link ("Kaupallinen yhteistyö" over the headline, all one link to the advertiser): the
    // link is the tile when the label's own box is not. A label beside the link: the stream tile that holds both.
    const tile = seed.kind === 'sponsored' ? (finder.tileLinkOf(grown) ?? finder.streamTileAround(seed.el)) : null;
    for (const candidate of [grown, seed.el, tile].filter((c, i, all): c is Element => !!c && all.indexOf(c) === i)) {
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      if (finder.isUnsafe(candidate) || finder.hiddenByPage(candidate) || finder.showsNothing(candidate)) continue;
      const verdict = finder.judge(candidate);
      if (!verdict) continue;
      blocks.push({ element: candidate, ...verdict });
      boxes.add(candidate);
      break;
    }
  }
  // A later seed may have grown around an earlier box: keep the outer one.
  return blocks.filter((b) => b.element.isConnected && !inBox(b.element, false));
}
