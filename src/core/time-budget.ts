// Long page walks written once, as generators, and run two ways: straight through (Node, tests, late
// content) or in slices of a few tens of ms that give the main thread back in between (the content script's
// first pass), so that no single task of ours keeps a big page from responding. A walk `yield`s at cheap
// checkpoints; the driver answers `true` when it actually let the browser run, which is the only time the
// page can have changed under the walk.

/** A walk that pauses at checkpoints; `yield` evaluates to true when the page ran in the meantime. */
export type Walk<T> = Generator<void, T, boolean>;

/** Work per slice: well under the 50 ms that makes a long task, with room for the step that crosses it. */
export const SLICE_MS = 25;

export function runThrough<T>(walk: Walk<T>): T {
  for (;;) {
    const step = walk.next(false);
    if (step.done) return step.value;
  }
}

/** `walk` with each of its steps run inside `around` (e.g. a mutation observer's quiet), pausing as it pauses. */
export function* stepsWithin<T>(walk: Walk<T>, around: <R>(step: () => R) => R): Walk<T> {
  let resumed = false;
  for (;;) {
    const step = around(() => walk.next(resumed));
    if (step.done) return step.value;
    resumed = yield;
  }
}

export async function runInSlices<T>(walk: Walk<T>, yieldToBrowser: () => Promise<void>, sliceMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  let yielded = false;
  for (;;) {
    const step = walk.next(yielded);
    if (step.done) return step.value;
    yielded = performance.now() - start >= sliceMs;
    if (yielded) {
      await yieldToBrowser();
      start = performance.now();
    }
  }
}

const within = (root: Node, node: Node) => node === root || root.contains(node);

/** The ancestors of `node` up to and including `root`, innermost first: where a walk can fall back to. */
export function pathTo(root: Node, node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) {
    out.push(n);
    if (n === root) break;
  }
  return out;
}

/**
 * Where a hand-rolled depth-first walk (`cur` = the element being walked, `next` = its child to visit next,
 * or null when climbing) goes on after the page ran: as it was when nothing moved; else from the deepest
 * ancestor recorded at the pause (`path`) that is still under `root`, skipping what remained of it, since
 * the nodes that were to come are gone. Null when `root` itself has left the page.
 */
export function resumeWalk(root: Node, cur: Node, next: Node | null, path: readonly Node[]): [Node, Node | null] | null {
  if (!root.isConnected) return null;
  if (within(root, cur) && (!next || next.parentNode === cur)) return [cur, next];
  if (next && next !== root && next.parentNode && within(root, next)) return [next.parentNode, next];
  for (const a of path) if (within(root, a)) return [a, null];
  return null;
}

/** Nodes (or paragraphs, seeds, blocks) between two looks at the clock: cheap to count, small enough to stop in time. */
export const CHECK_EVERY = 256;

/**
 * The one depth-first walk under `root` that both the clutter finder and the ticker scan make, by hand
 * rather than with a filtered TreeWalker (a filter is a call into script for every node). `enter` is
 * called for each element and returns false to skip its subtree; `leaf` gets every node not entered (text,
 * comments, skipped elements). Pauses every CHECK_EVERY nodes and, when the page ran meanwhile, resumes
 * as `resumeWalk` says; stops early when `root` left the page.
 */
export function* walkDepthFirst(root: Element, enter: (el: Element) => boolean, leaf: (node: Node) => void): Walk<void> {
  let cur: Node = root;
  let next: Node | null = root.firstChild;
  let count = 0;
  for (;;) {
    if (++count % CHECK_EVERY === 0) {
      const path = pathTo(root, cur);
      if (yield) {
        const at = resumeWalk(root, cur, next, path);
        if (!at) return;
        [cur, next] = at;
        if (!next && cur === root) return;
      }
    }
    if (next) {
      if (next.nodeType === 1 && enter(next as Element)) {
        cur = next;
        next = next.firstChild;
        continue;
      }
      leaf(next);
      next = next.nextSibling;
      continue;
    }
    if (cur === root) return;
    next = cur.nextSibling;
    cur = cur.parentNode!;
  }
}
