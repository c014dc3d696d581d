// What the page says about itself: JSON-LD types, Open Graph type, publish time, microdata. Publishers fill
// these for search engines and social cards, so they are cheap and usually honest about the page type.
import type { PageScan } from './scan.ts';

/** schema.org types that describe one article (and their common subtypes). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'report',
  'liveblogposting',
  'techarticle',
  'scholarlyarticle',
  'analysisnewsarticle',
  'reportagenewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'socialmediaposting',
  'posting',
  'medicalscholarlyarticle',
  'advertisercontentarticle',
  'review',
  'criticreview',
  'pressrelease',
  // A recipe is read like a post (its story, ingredients and steps), and food blogs carry a post's clutter.
  'recipe',
]);

/** schema.org types that say the page is something else: a list, a profile, a shop, a search. */
const NON_ARTICLE_TYPES = new Set([
  'collectionpage',
  'profilepage',
  'searchresultspage',
  'product',
  'productgroup',
  'offercatalog',
  'qapage',
  'faqpage',
  'checkoutpage',
  'contactpage',
  'aboutpage',
  'mediagallery',
  'imagegallery',
  'videogallery',
  'videoobject',
  'realestatelisting',
  'event',
  'softwareapplication',
  'financialproduct',
  'discussionforumposting',
]);

export interface PageMetadata {
  /** Top-level JSON-LD @type values (and those of @graph members), lower-cased. */
  jsonLdTypes: string[];
  ogType: string | null;
  publishedTime: boolean;
  /** An element with itemtype ...Article or itemprop=articleBody. */
  microdataArticle: boolean;
}

function collectTypes(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectTypes(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const t = obj['@type'];
  for (const v of Array.isArray(t) ? t : [t]) {
    if (typeof v === 'string') out.push(v.replace(/^.*[/:]/, '').toLowerCase());
  }
  // Only the page's own entities: @graph members, not nested authors, publishers or list items.
  if (obj['@graph']) collectTypes(obj['@graph'], out);
}

/** The top-level JSON-LD @type values (and those of @graph members) of these `ld+json` scripts, lower-cased. */
export function jsonLdTypesOf(scripts: Iterable<Element>): string[] {
  const types: string[] = [];
  for (const s of scripts) {
    try {
      collectTypes(JSON.parse(s.textContent ?? ''), types);
    } catch {
      // Broken JSON-LD is common; it just gives no signal.
    }
  }
  return types;
}

export function readMetadata(scan: PageScan): PageMetadata {
  const jsonLdTypes = jsonLdTypesOf(scan.ldJson);
  let ogType: string | null = null;
  let publishedTime = false;
  for (const m of scan.metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    if (key === 'og:type') ogType = m.getAttribute('content')?.trim().toLowerCase() || null;
    else if (key === 'article:published_time' || key === 'datepublished') publishedTime = true;
  }
  let microdataArticle = false;
  for (const el of scan.microdata) {
    const prop = el.getAttribute('itemprop');
    if (prop === 'datePublished') publishedTime = true;
    if (prop === 'articleBody' || /(Article|BlogPosting|Report)$/.test(el.getAttribute('itemtype') ?? '')) microdataArticle = true;
  }
  return { jsonLdTypes, ogType, publishedTime, microdataArticle };
}

export function hasArticleType(types: string[]): boolean {
  return types.some((t) => ARTICLE_TYPES.has(t));
}

export function nonArticleType(types: string[]): string | null {
  return types.find((t) => NON_ARTICLE_TYPES.has(t)) ?? null;
}
