// The early judge's gate (#16; clutter/early-judge.ts): does the page say it is an article, read from its address
// and metadata as soon as <body> exists? Cheap and small: it runs in the document_start script of every page,
// and only pages it passes load the judge.
import { hasArticleType, jsonLdTypesOf, nonArticleType } from './metadata.ts';
import { classifyUrl } from './url-kind.ts';

/** The gate's verdict: judge early, never (not an article by its metadata), or not yet (the head is not parsed). */
export type EarlyGate = 'judge' | 'skip' | 'wait';

/** A <body> with fewer elements than this may still get the metadata a stray element pushed out of <head>. */
const WAIT_ELEMENTS = 100;

/**
 * Decides from the page's address and metadata whether the early judge runs: 'wait' until <body> exists (the
 * head is complete then). A stray element in <head> (saved pages have them) opens <body> early and the rest of
 * the head's metadata lands in the body: so a page without metadata is skipped only once its body holds
 * WAIT_ELEMENTS elements.
 */
export function earlyGate(doc: Document, url: string | null): EarlyGate {
  const body = doc.body;
  if (!body) return 'wait';
  if (classifyUrl(url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null)?.strong) return 'skip';
  const types = jsonLdTypesOf(doc.querySelectorAll('script[type="application/ld+json" i]'));
  const og = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.trim().toLowerCase();
  const published = doc.querySelector('meta[property="article:published_time" i], meta[name="article:published_time" i]');
  if (hasArticleType(types) || og === 'article' || published) return 'judge';
  if (nonArticleType(types)) return 'skip';
  return body.getElementsByTagName('*').length < WAIT_ELEMENTS ? 'wait' : 'skip';
}
