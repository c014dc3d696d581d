// Turns Readability's HTML (which is the page's own markup, so untrusted) into inert nodes for the reader.
// The HTML is parsed by DOMParser into a separate document where nothing runs or loads; there an allowlist
// keeps only article markup, every attribute not on the list goes (so every on* handler and style), and
// URLs survive only as absolute http(s) (plus raster data: images, which cannot run code). Only then are
// the nodes imported into the reader's document. Unknown elements are unwrapped, not dropped, so their text
// stays; elements that carry code, embedded documents or form controls are dropped with their content.

/** Elements kept as they are (their attributes still filtered). */
const KEEP = new Set(
  (
    'a abbr address article aside b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt ' +
    'em figcaption figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li main mark ol p pre q rp rt ruby s samp ' +
    'section small span strong sub summary sup table tbody td tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Elements removed with everything inside them. */
const DROP = new Set(
  (
    'script style iframe frame frameset object embed applet noscript template link meta base title head svg math ' +
    'form input button select textarea option optgroup datalist output canvas video audio source track portal ' +
    'dialog slot param map area'
  ).split(' '),
);

/** Attributes kept (after the URL check for the URL ones). */
const ATTRS = new Set([
  'href',
  'src',
  'cite',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'abbr',
  'datetime',
  'lang',
  'dir',
  'start',
  'reversed',
  'value',
  'open',
]);
const URL_ATTRS = new Set(['href', 'src', 'cite']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/** An absolute http(s) URL for `value` resolved against `base`, or null when it is anything else. */
export function safeUrl(value: string, base: string, allowDataImage = false): string | null {
  const v = value.trim();
  if (allowDataImage && DATA_IMAGE.test(v)) return v;
  try {
    const u = new URL(v, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function cleanAttributes(el: Element, base: string): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (!ATTRS.has(name) || attr.namespaceURI) {
      el.removeAttribute(attr.name);
      continue;
    }
    if (URL_ATTRS.has(name)) {
      const url = safeUrl(attr.value, base, name === 'src' && el.localName === 'img');
      if (url === null) el.removeAttribute(attr.name);
      else el.setAttribute(attr.name, url);
    }
  }
  if (el.localName === 'a' && el.hasAttribute('href')) {
    // The reader is a frame over the page: a link followed inside it would put the target (the page's choice of
    // document) in Clearfolio's full-screen frame. Links open in a tab of their own, with no way back.
    el.setAttribute('rel', 'noopener noreferrer');
    el.setAttribute('target', '_blank');
  }
}

/** Cleans an inert tree in place (it must not belong to a live document). */
export function sanitizeTree(root: Element, base: string): void {
  const doc = root.ownerDocument;
  // Comments and processing instructions carry nothing a reader needs.
  const walker = doc.createTreeWalker(root, 0x80 /* SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);

  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(el)) continue; // inside something already dropped
    const name = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || DROP.has(name)) {
      el.remove();
    } else if (!KEEP.has(name)) {
      el.replaceWith(...Array.from(el.childNodes));
    } else {
      cleanAttributes(el, base);
    }
  }
  for (const attr of Array.from(root.attributes)) root.removeAttribute(attr.name);
}

/**
 * Parses `html` inertly, sanitizes it, and returns it as a fragment owned by `target` (ready to append).
 * `base` resolves relative URLs (Readability already made most of them absolute).
 */
export function sanitizeHtml(html: string, target: Document, base: string): DocumentFragment {
  const Parser = target.defaultView?.DOMParser ?? DOMParser;
  const inert = new Parser().parseFromString(html, 'text/html');
  const body = inert.body;
  sanitizeTree(body, base);
  const frag = target.createDocumentFragment();
  for (const child of Array.from(body.childNodes)) frag.appendChild(target.importNode(child, true));
  return frag;
}
