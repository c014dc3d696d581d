// The early judge (#16): the page pass's own clutter finder, run on the part of the page the parser has
// finished, before the page is first painted. A document_start script calls it once per animation frame while the
// page loads; what it finds is marked (not hidden for good) until the page pass, at document_idle, confirms each
// block (hides it) or releases it (shows it again). Being the same finder, it can only disagree with the pass
// where the pass knows more: the rest of the page (the article region, its length, the page's own hosts).
//
// Two rules keep it cheap and precise:
//   - a gate read from the page's metadata (article/early-gate.ts): the page must say it is an article (JSON-LD
//     article type, og:type article, article:published_time) and its address must not say otherwise. Other pages
//     never load the judge;
//   - only finished subtrees: the parser's insertion point is the last node of the document, and its ancestors
//     are still open (children may still come). A block that holds that node is not judged yet.
// Pure: reads the DOM, returns data.
import type { ArticleDetection, ClutterBlock } from '../types.ts';
import { detectArticle } from '../article/detect.ts';
import { scanPage } from '../article/scan.ts';
import { TextLengths } from '../article/text-length.ts';
import { SeedCollector } from './seeds.ts';
import { findClutter } from './find.ts';

/** The parser's insertion point: the document's last node. It and its ancestors may still get children. */
export function parserEdge(doc: Document): Node | null {
  let n: Node | null = doc.documentElement;
  while (n?.lastChild) n = n.lastChild;
  return n;
}

/**
 * The clutter blocks of the finished part of the page, as the pass's finder judges them now. `done`: the page
 * is parsed completely (every subtree is finished).
 */
export function judgeEarly(doc: Document, url: string | null, done = false): ClutterBlock[] {
  if (!doc.body) return [];
  const lengths = new TextLengths();
  const seeds = new SeedCollector(lengths);
  const found = detectArticle(doc, url, scanPage(doc, seeds, lengths));
  // The gate said article: judge it as one even when its text is not all there yet (as "always an article" does).
  const region = found.region ?? doc.body;
  const detection: ArticleDetection = found.isArticle ? found : { ...found, isArticle: true, region, parts: [region] };
  const blocks = findClutter(doc, detection, undefined, { lengths, seeds: seeds.seeds });
  const edge = done ? null : parserEdge(doc);
  return edge ? blocks.filter((b) => !b.element.contains(edge)) : blocks;
}
