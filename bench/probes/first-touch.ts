// A probe (bench/bench-probe.ts) for why a page-wide pass costs what it does on a cold page: the first time
// script reaches a DOM node, the browser makes the node's script object, and that, not the work per node,
// is most of a pass. The same walk run twice in one load tells them apart; native queries that hand no node
// to script show what the selector engine costs instead.
//   npx tsx bench/bench-probe.ts bench/probes/first-touch.ts elements,text,native
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head']);

/** Every element under the root by element links, leaving out SKIP subtrees, as the page scan steps. */
function elementPass(): number {
  const root = document.documentElement;
  let n = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    n++;
    let next = SKIP.has(el.localName) ? null : el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return n;
}

function textPass(): number {
  const walker = document.createTreeWalker(document.documentElement, 0x4 /* SHOW_TEXT */);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

function twice(name: string, pass: () => number): Record<string, number> {
  const t0 = performance.now();
  const count = pass();
  const t1 = performance.now();
  pass();
  const t2 = performance.now();
  return { [`${name}First`]: t1 - t0, [`${name}Second`]: t2 - t1, [`${name}Count`]: count };
}

const variants: Record<string, () => Record<string, number>> = {
  elements: () => twice('elements', elementPass),
  text: () => twice('text', textPass),
  native() {
    const t0 = performance.now();
    const all = document.querySelectorAll('*').length;
    const t1 = performance.now();
    // One markup word, as a substring of class or id in any case: what each of ~60 such words would cost.
    const hits = document.querySelectorAll('[class*=newsletter i], [id*=newsletter i]').length;
    const t2 = performance.now();
    return { queryAllElements: t1 - t0, queryOneWord: t2 - t1, elementsQueried: all, oneWordHits: hits };
  },
};
(window as never as { __probe(v: string): Record<string, number> }).__probe = (v) => variants[v]!();
