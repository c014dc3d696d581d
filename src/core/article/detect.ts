// Is this page one article? Layered, cheapest first: the URL's page type, then what the page says about
// itself (JSON-LD, Open Graph, microdata), then Readability's cheap `isProbablyReaderable` gate on the text.
// A clear non-article signal (home page, quote page, author profile, CollectionPage...) wins over a page that
// merely has a lot of text; article metadata rescues short articles the text gate misses, but only when the
// page really holds article paragraphs.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleDetection } from '../types.ts';
import { classifyUrl } from './url-kind.ts';
import { hasArticleType, nonArticleType, readMetadata } from './metadata.ts';
import { ArticleText, findParts, findRegion } from './region.ts';
import { scanPage, type PageScan } from './scan.ts';

/** Paragraph text an article page holds at least, when only its metadata says it is one. */
const MIN_ARTICLE_TEXT = 400;
/**
 * A short post (a video or photo story with a few lines of text) is an article when its metadata says so in
 * several independent ways and its layout agrees: a headline that is the page's title above the text.
 */
const MIN_SHORT_POST_TEXT = 150;
/**
 * JSON-LD types of what a story embeds (a video, an FAQ section an SEO plugin marks up under a blog post): they name
 * the page only when nothing else claims "article".
 */
const EMBEDDED_TYPES = new Set(['videoobject', 'faqpage']);
/** og:type values that name another kind of page. */
const NON_ARTICLE_OG = /^(profile|product|video\.|music\.|book|books\.|business\.|place|restaurant\.)/;
/** JSON-LD page types that win even when article items are listed on the page. */
const LIST_PAGE_TYPES = new Set(['collectionpage', 'profilepage', 'searchresultspage']);

export function pageUrl(doc: Document, url: string | null): string | null {
  if (url) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical || og || null;
}

/**
 * The verdict of a page whose address alone says it is no article (a home, search, quote, login page...): the
 * page is not read at all. Null when the address leaves it open. Lets a host skip the page walk on most of the
 * pages a user opens.
 */
export function notArticleByAddress(doc: Document, url: string | null): ArticleDetection | null {
  return unreadVerdict(classifyUrl(pageUrl(doc, url)));
}

function unreadVerdict(verdict: ReturnType<typeof classifyUrl>): ArticleDetection | null {
  return verdict?.strong ? { isArticle: false, region: null, parts: [], signals: [`path:${verdict.kind}`] } : null;
}

/**
 * `scan` lets the caller share one page walk with the clutter finder; it must be of the page as it is now.
 * `readAnyway`: read the page even when its address says "no article" (the user said it is one: the verdict
 * stays no, but with the region the page holds).
 */
export function detectArticle(doc: Document, url: string | null, scan?: PageScan, readAnyway = false): ArticleDetection {
  const verdict = classifyUrl(pageUrl(doc, url));
  const byAddress = readAnyway ? null : unreadVerdict(verdict);
  if (byAddress) return byAddress;
  scan ??= scanPage(doc);
  const signals: string[] = [];
  const articleText = new ArticleText(scan);
  const region = findRegion(doc, scan, articleText);
  const no = (): ArticleDetection => ({ isArticle: false, region, parts: [], signals });
  const yes = (parts = region ? findParts(scan, region) : []): ArticleDetection => ({ isArticle: true, region, parts, signals });

  if (verdict) signals.push(`path:${verdict.kind}`);
  if (verdict?.strong) return no();

  const meta = readMetadata(scan);
  const notArticle = nonArticleType(meta.jsonLdTypes);
  const articleType = hasArticleType(meta.jsonLdTypes);
  if (articleType) signals.push(`jsonld:${meta.jsonLdTypes.join(',')}`);
  if (notArticle) signals.push(`jsonld-page:${notArticle}`);
  if (meta.ogType) signals.push(`og:${meta.ogType}`);
  if (meta.publishedTime) signals.push('published-time');
  if (meta.microdataArticle) signals.push('microdata:article');
  const otherClaims = [meta.ogType === 'article', meta.microdataArticle].filter(Boolean).length;
  const mediaOutvoted = notArticle !== null && EMBEDDED_TYPES.has(notArticle) && otherClaims > 0;
  if (notArticle && !mediaOutvoted && (!articleType || LIST_PAGE_TYPES.has(notArticle))) return no();
  if (meta.ogType && NON_ARTICLE_OG.test(meta.ogType) && !articleType) return no();

  const text = region ? articleText.within(region) : 0;
  signals.push(`region-text:${text}`);
  const claimsArticle = articleType || meta.ogType === 'article' || meta.microdataArticle;
  // A short plain-word path ("/about-town/") is a weak guess: it rejects a page only when the page does not
  // claim to be an article; a page that does is judged by its text and layout like any other.
  if (verdict?.kind === 'section' && !claimsArticle) return no();

  // Metadata and article paragraphs agreeing settle it; the text gate, which reads every paragraph of the
  // page again, is asked only when they do not.
  if (claimsArticle && text >= MIN_ARTICLE_TEXT) return yes();
  const claims = otherClaims + (articleType ? 1 : 0);
  if (region && claims >= 2 && meta.publishedTime && text >= MIN_SHORT_POST_TEXT) {
    const parts = findParts(scan, region);
    if (headlineIsTitle(doc, scan, parts, region)) {
      signals.push('short-post');
      return yes(parts);
    }
  }
  if (isProbablyReaderable(doc)) {
    signals.push('readerable');
    return yes();
  }
  return no();
}

function words(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The last h1 before the region (the article's headline) says what og:title or <title> says. */
function headlineIsTitle(doc: Document, scan: PageScan, parts: readonly Element[], region: Element): boolean {
  const og = scan.metas.find((m) => m.getAttribute('property') === 'og:title')?.getAttribute('content');
  const titles = [words(og), words(doc.title)].filter((t) => t.length >= 10);
  const headline = parts.find((p) => p !== region && p.tagName === 'H1');
  const head = words(headline?.textContent);
  // <title> often adds " | Site name"; the headline is the title's start, or the title is the headline's.
  return head.length >= 10 && titles.some((t) => t.startsWith(head) || head.startsWith(t));
}
