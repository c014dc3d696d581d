// An example probe (bench/bench-probe.ts): what the clutter seed collector's page walks cost on a cold
// page, whole and in parts. `npx tsx bench/bench-probe.ts bench/probes/seed-walks.ts bare,scan`
import { scanPage } from '../../src/core/article/scan.ts';
import { TextLengths } from '../../src/core/article/text-length.ts';
import { SeedCollector } from '../../src/core/clutter/seeds.ts';

const variants: Record<string, () => Record<string, number>> = {
  /** One TreeWalker pass over every element and text node, doing nothing: the traversal alone. */
  bare() {
    const t = performance.now();
    const w = document.createTreeWalker(document.documentElement, 0x1 | 0x4);
    let n = 0;
    while (w.nextNode()) n++;
    return { bareWalk: performance.now() - t, nodes: n };
  },
  /** The page scan as the pipeline runs it, with the seed collector fed. */
  scan() {
    const t = performance.now();
    const seeds = new SeedCollector(new TextLengths());
    scanPage(document, seeds);
    return { scanWithSeeds: performance.now() - t, seeds: seeds.seeds.length };
  },
};
(window as never as { __probe(v: string): Record<string, number> }).__probe = (v) => variants[v]!();
