// The page as the reader view sees it: a copy of the document's markup, taken in the content script and
// parsed inertly by the reader page (an extension page), where Readability runs. Elements Clearfolio added
// are left out, blocks it hid too (unless the user is showing them), and ticker wrappers give back the
// page's own text. The live page is only cloned, never changed.
import { HIDDEN_ATTR, TICKER_TAG, UI_TAGS } from '../core/dom/contract.ts';
import { showingHidden } from '../core/dom/hide.ts';

export interface PageSnapshot {
  html: string;
  /** The page's address (document URI) and the base its relative links resolve against. */
  url: string;
  baseURI: string;
}

/** Elements Clearfolio added to the page, and the blocks it hid, are not part of the article. */
export function prepareClone(clone: Document, dropHidden: boolean): void {
  for (const el of Array.from(clone.querySelectorAll(UI_TAGS.join(',')))) el.remove();
  if (dropHidden) for (const el of Array.from(clone.querySelectorAll(`[${HIDDEN_ATTR}]`))) el.remove();
  for (const w of Array.from(clone.querySelectorAll(TICKER_TAG))) w.replaceWith(...Array.from(w.childNodes));
}

/** Images this small (either side, in pixels) are placeholders, not pictures. */
const PLACEHOLDER_MAX_SIDE = 2;
/** Images larger than this (either side, in pixels) are scaled down for the reader. */
const MAX_SIDE = 1600;
/** At most this many images, and this many characters of image data, go into one snapshot. */
const MAX_IMAGES = 40;
const MAX_DATA_CHARS = 16_000_000;

/**
 * What the page shows in `img`, as a data: URL, or null when the page has not loaded it or its pixels are not
 * readable from here (a cross-origin image without CORS).
 */
function imageData(img: HTMLImageElement): string | null {
  if (!img.complete || img.naturalWidth === 0 || img.naturalHeight === 0) return null;
  // A lazy-load placeholder or a tracking pixel (a 1x1 GIF under a real image's width and height): shown as is
  // it would be a blank box the size of the picture the page never loaded.
  if (img.naturalWidth <= PLACEHOLDER_MAX_SIDE || img.naturalHeight <= PLACEHOLDER_MAX_SIDE) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
  const canvas = img.ownerDocument.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  try {
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL('image/webp', 0.85);
    return url.startsWith('data:image/') ? url : null;
  } catch {
    return null;
  }
}

/**
 * The reader runs in an extension frame: an image it loaded from the network would be requested from the
 * extension's origin (browsers send `Origin: moz-extension://<UUID>` / `chrome-extension://<id>`, and the
 * cache the page filled is not shared with the frame). So the reader gets images only as data: URLs of what
 * the page has already loaded and lets this script read; lazy images the page never loaded, <picture> sources,
 * data-src placeholders and media are left out (before Readability could promote one of their addresses).
 */
export function keepLoadedImages(live: Document, clone: Document): void {
  const liveImages = Array.from(live.images);
  const cloneImages = Array.from(clone.querySelectorAll('img'));
  let kept = 0;
  let chars = 0;
  cloneImages.forEach((img, i) => {
    const from = liveImages[i];
    const data = from && kept < MAX_IMAGES ? imageData(from) : null;
    if (!data || chars + data.length > MAX_DATA_CHARS) {
      img.remove();
      return;
    }
    kept++;
    chars += data.length;
    for (const name of img.getAttributeNames()) if (name !== 'alt' && name !== 'width' && name !== 'height') img.removeAttribute(name);
    img.setAttribute('src', data);
  });
  for (const el of Array.from(clone.querySelectorAll('source, video, audio, object, embed, iframe, input[type="image"]'))) el.remove();
  for (const el of Array.from(clone.querySelectorAll('[poster], [background], [srcset], [data-src], [data-srcset]'))) {
    for (const name of ['poster', 'background', 'srcset', 'data-src', 'data-srcset']) el.removeAttribute(name);
  }
}

export function snapshotPage(doc: Document): PageSnapshot {
  const clone = doc.cloneNode(true) as Document;
  // Before anything is removed from the clone, while its images line up with the page's one for one.
  keepLoadedImages(doc, clone);
  prepareClone(clone, !showingHidden(doc));
  return { html: clone.documentElement.outerHTML, url: doc.URL, baseURI: doc.baseURI };
}
