// The sliced walks give the same answers as the straight ones on the labelled fixtures, however often they
// pause, and survive the page changing while they are paused.
import { describe, expect, it } from 'vitest';
import { detectArticle } from './article/detect.ts';
import { PARSERS, articlePage, cases, readFixture } from './article/test-support.ts';
import { findCandidates, findCandidatesInSlices } from './tickers/scan.ts';
import type { TickerCandidate } from './types.ts';
import { findClutter, findClutterInSlices } from './clutter/find.ts';
import { pathTo, resumeWalk, runInSlices, runThrough, type Walk } from './time-budget.ts';

const articles = cases.filter((c) => c.isArticle);

/** A yield that only counts: with a slice of 0 ms the walks pause at every checkpoint. */
function counter(onYield: () => void = () => {}) {
  const state = { yields: 0, yieldToBrowser: async () => {} };
  state.yieldToBrowser = async () => {
    state.yields++;
    onYield();
  };
  return state;
}

const shape = (c: TickerCandidate) => ({ ...c, node: c.node.data });

describe.each(Object.entries(PARSERS))('sliced walks on the fixtures (%s)', (_name, parse) => {
  it.each(articles.map((c) => [c.file, c] as const))('%s: same clutter and candidates as straight through', async (_file, c) => {
    const doc = parse(readFixture(c.file));
    const detection = detectArticle(doc, c.url);
    const straight = findClutter(doc, detection);
    const y = counter();
    const sliced = await findClutterInSlices(doc, detection, y.yieldToBrowser, {}, 0);
    expect(sliced.map((b) => b.element)).toEqual(straight.map((b) => b.element));
    expect(sliced.map((b) => [b.kind, b.evidence])).toEqual(straight.map((b) => [b.kind, b.evidence]));

    const before = findCandidates(detection.parts);
    const t = counter();
    const after = await findCandidatesInSlices(detection.parts, t.yieldToBrowser, {}, 0);
    expect(after.length).toBe(before.length);
    after.forEach((a, i) => expect(a.node).toBe(before[i]!.node));
    expect(after.map(shape)).toEqual(before.map(shape));
    expect(y.yields + t.yields).toBeGreaterThan(0);
  });
});

const quotes = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Item ${i}: shares of Apple Inc. (NASDAQ:AAPL) and $MSFT rose in <span>trading</span> on ${i}.</p>`,
  ).join('');

describe('sliced walks while the page changes', () => {
  it('skips text removed during a pause and still finds the rest', async () => {
    const doc = PARSERS['happy-dom'](articlePage(quotes(300)));
    const body = doc.querySelector('.article-body')!;
    const all = findCandidates([body]);
    let removed: Element | null = null;
    const y = counter(() => {
      // The page drops the last paragraph at the first pause, before the walk reaches it.
      if (!removed) (removed = [...body.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Item 299:'))!).remove();
    });
    const sliced = await findCandidatesInSlices([body], y.yieldToBrowser, {}, 0);
    expect(y.yields).toBeGreaterThan(0);
    expect(removed).not.toBeNull();
    expect(sliced.every((c) => c.node.isConnected)).toBe(true);
    expect(sliced.some((c) => c.symbol === 'AAPL')).toBe(true);
    expect(sliced.length).toBe(all.length - 2);
  });

  it('stops cleanly when the whole root leaves the page', async () => {
    const doc = PARSERS['happy-dom'](articlePage(quotes(300)));
    const body = doc.querySelector('.article-body')!;
    const y = counter(() => body.remove());
    const sliced = await findCandidatesInSlices([body], y.yieldToBrowser, {}, 0);
    expect(y.yields).toBe(1);
    expect(sliced).toEqual([]);
  });

  it('leaves out clutter boxes removed during a pause', async () => {
    const c = articles.find((c) => c.strip.length > 0)!;
    const doc = PARSERS['happy-dom'](readFixture(c.file));
    const detection = detectArticle(doc, c.url);
    const straight = findClutter(doc, detection);
    expect(straight.length).toBeGreaterThan(0);
    const gone = straight[0]!.element;
    const sliced = await findClutterInSlices(doc, detection, counter(() => gone.remove()).yieldToBrowser, {}, 0);
    expect(sliced.map((b) => b.element)).not.toContain(gone);
    expect(sliced.every((b) => b.element.isConnected)).toBe(true);
  });
});

describe('resumeWalk', () => {
  const doc = PARSERS['happy-dom']('<div id="r"><p id="a"><b id="b">x</b><i id="i">y</i></p><p id="c">z</p></div>');
  const $ = (id: string) => doc.getElementById(id)!;

  it('goes on where it stopped when nothing moved', () => {
    expect(resumeWalk($('r'), $('a'), $('i'), pathTo($('r'), $('a')))).toEqual([$('a'), $('i')]);
  });

  it('falls back to the deepest ancestor still under the root, or gives up when the root is gone', () => {
    const path = pathTo($('r'), $('b'));
    $('a').remove();
    expect(resumeWalk($('r'), path[0]!, null, path)).toEqual([$('r'), null]);
    $('r').remove();
    expect(resumeWalk(path.at(-1)!, path[0]!, null, path)).toBeNull();
  });

  it('runs a walk straight through or in slices to the same value', async () => {
    function* walk(): Walk<number> {
      let sum = 0;
      for (let i = 1; i <= 5; i++) {
        yield;
        sum += i;
      }
      return sum;
    }
    const y = counter();
    expect(runThrough(walk())).toBe(15);
    expect(await runInSlices(walk(), y.yieldToBrowser, 0)).toBe(15);
    expect(y.yields).toBe(5);
  });
});
