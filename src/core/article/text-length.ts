// Collapsed text length (`textContent` with whitespace runs read as one space, trimmed), memoised for one
// pass over an unchanging page. Detection and the clutter finder ask about the same elements (paragraphs,
// their containers, the region): one shared memo reads each element's text once.
//
// Measured on demand rather than bottom-up for every element in one walk: the content script runs once per
// page, in code the engine has not optimised yet, where script work per node costs more than the native
// `textContent` and regex calls this makes for the few hundred elements actually asked about.

const SPACES = /\s+/g;

/** White space other than one plain space: only then does collapsing change more than the ends. */
const COLLAPSES = /\s\s|[^\S ]/;

/** Whitespace runs read as one space, trimmed: the text a reader sees. */
export function collapse(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/** `collapse(s).length`, trimming by arithmetic instead of building a second string. */
export function collapsedLength(s: string): number {
  // Most paragraphs need no collapsing: a test builds no string.
  const c = COLLAPSES.test(s) ? s.replace(SPACES, ' ') : s;
  const n = c.length;
  if (!n) return 0;
  const lead = c.charCodeAt(0) === 32 ? 1 : 0;
  if (n === lead) return 0;
  return n - lead - (c.charCodeAt(n - 1) === 32 ? 1 : 0);
}

/** Characters of `s` that are not white space. */
function nonSpace(s: string): number {
  return s.replace(SPACES, '').length;
}

export class TextLengths {
  readonly #known = new Map<Node, number>();

  of(el: Node): number {
    const n = this.#known.get(el);
    return n === undefined ? this.#measure(el, el.textContent ?? '') : n;
  }

  /**
   * The length of `el`, at least when it may reach `min`; else any number below `min`. Collapsing never
   * lengthens text, so short text needs no collapsing at all.
   */
  atLeast(el: Node, min: number): number {
    const n = this.#known.get(el);
    if (n !== undefined) return n;
    const text = el.textContent ?? '';
    return text.length < min ? text.length : this.#measure(el, text);
  }

  /**
   * Whether the collapsed text of `el` is `min` characters long at least, reading only as much of it as that
   * takes: a region that holds a megabyte of inline script need not be read whole to know it is long. Counts
   * non-space characters of text outside script and style, which the collapsed length is never below.
   */
  reaches(el: Node, min: number): boolean {
    const n = this.#known.get(el);
    if (n !== undefined) return n >= min;
    const doc = el.ownerDocument;
    if (!doc) return this.of(el) >= min;
    let count = 0;
    const walker = doc.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = t.parentNode as Element | null;
      if (parent && (parent.localName === 'script' || parent.localName === 'style')) continue;
      count += nonSpace((t as Text).data);
      if (count >= min) return true;
    }
    return this.of(el) >= min;
  }

  #measure(el: Node, text: string): number {
    const n = collapsedLength(text);
    this.#known.set(el, n);
    return n;
  }
}
