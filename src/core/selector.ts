// A CSS selector that finds one element again (for `clearfolio analyze` output and bug reports).
// Prefers a unique id; otherwise walks up with :nth-of-type until an id anchors the path.
const SAFE_ID = /^[A-Za-z][\w-]*$/;

export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur !== doc.documentElement) {
    if (cur.id && SAFE_ID.test(cur.id) && doc.querySelectorAll(`#${cur.id}`).length === 1) {
      parts.unshift(`#${cur.id}`);
      return parts.join(' > ');
    }
    const tag = cur.localName;
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    let index = 1;
    let same = 0;
    for (const sib of Array.from(parent.children)) {
      if (sib.localName !== tag) continue;
      same++;
      if (sib === cur) index = same;
    }
    parts.unshift(same > 1 ? `${tag}:nth-of-type(${index})` : tag);
    cur = parent;
  }
  return parts.length ? (parts[0] === 'html' ? '' : 'html > ') + parts.join(' > ') : 'html';
}
