// A CSS selector that finds one element again (for `clearfolio analyze` output and bug reports).
// Prefers a unique id; otherwise walks up with :nth-of-type until an id anchors the path.
// One maker serves a whole document: ids are counted and each parent's children numbered once, so that many
// blocks on a big page cost one pass over it, not one selector query of the whole page per block and ancestor.
const SAFE_ID = /^[A-Za-z][\w-]*$/;

export type SelectorFor = (el: Element) => string;

/** Selectors for elements of `doc` as it is now (a later change to the document is not seen). */
export function selectorMaker(doc: Document): SelectorFor {
  let idCounts: Map<string, number> | null = null;
  const uniqueId = (id: string): boolean => {
    if (!idCounts) {
      idCounts = new Map();
      const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const id = (n as Element).id;
        if (id) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
      }
    }
    return idCounts.get(id) === 1;
  };
  // Per parent: each child's step ("p", "div:nth-of-type(3)").
  const steps = new Map<Element, Map<Element, string>>();
  const stepOf = (parent: Element, child: Element): string => {
    let known = steps.get(parent);
    if (!known) {
      // Sibling links, not Array.from(parent.children): indexing jsdom's live HTMLCollection costs a scan per item.
      const children: Element[] = [];
      for (let c = parent.firstElementChild; c; c = c.nextElementSibling) children.push(c);
      const total = new Map<string, number>();
      for (const c of children) total.set(c.localName, (total.get(c.localName) ?? 0) + 1);
      const seen = new Map<string, number>();
      known = new Map();
      for (const c of children) {
        const index = (seen.get(c.localName) ?? 0) + 1;
        seen.set(c.localName, index);
        known.set(c, total.get(c.localName)! > 1 ? `${c.localName}:nth-of-type(${index})` : c.localName);
      }
      steps.set(parent, known);
    }
    return known.get(child)!;
  };
  return (el) => {
    const parts: string[] = [];
    let cur: Element | null = el;
    while (cur && cur !== doc.documentElement) {
      if (cur.id && SAFE_ID.test(cur.id) && uniqueId(cur.id)) {
        parts.unshift(`#${cur.id}`);
        return parts.join(' > ');
      }
      const parent: Element | null = cur.parentElement;
      if (!parent) {
        parts.unshift(cur.localName);
        break;
      }
      parts.unshift(stepOf(parent, cur));
      cur = parent;
    }
    return parts.length ? (parts[0] === 'html' ? '' : 'html > ') + parts.join(' > ') : 'html';
  };
}
