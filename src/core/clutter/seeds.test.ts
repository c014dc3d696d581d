// The first pass collects clutter seeds inside the detection's page scan; late content is walked by the
// finder itself. Both walks must feed the collector the same nodes, so they find the same seeds.
import { describe, expect, it } from 'vitest';
import { scanPage, scanWalk } from '../article/scan.ts';
import { TextLengths } from '../article/text-length.ts';
import { PARSERS, cases, readFixture } from '../article/test-support.ts';
import { runThrough } from '../time-budget.ts';
import { SeedCollector, walkSeeds } from './seeds.ts';

/** Seeds as the finder's own walk over <body> collects them. */
function walkedSeeds(doc: Document) {
  const into = new SeedCollector(new TextLengths());
  runThrough(walkSeeds(doc.body, into));
  return into.seeds;
}

function scannedSeeds(doc: Document) {
  const into = new SeedCollector(new TextLengths());
  scanPage(doc, into);
  return into.seeds;
}

describe.each(Object.entries(PARSERS))('seeds from the page scan (%s)', (_name, parse) => {
  it.each(cases.map((c) => c.file))('are the seeds of a walk of its own on %s', (file) => {
    const doc = parse(readFixture(file));
    const scanned = scannedSeeds(doc);
    expect(scanned).toEqual(walkedSeeds(doc));
    if (cases.find((c) => c.file === file)!.strip.length) expect(scanned.length).toBeGreaterThan(0);
  });

  it('skips what the collector skips, up to the next element or text after it, whatever lies between', () => {
    const doc = parse(`<html><head><title>Sponsored</title></head><body>
      <div class="newsletter">Get the newsletter</div>
      <svg class="sponsor"><text>Sponsored by X</text></svg><!-- a comment ends nothing -->
      <div contenteditable="true"><p class="sponsored">Sponsored</p></div><!--x--><!--y-->
      <p>Sponsored content</p><pre class="sponsor">Sponsored</pre>
      <aside class="promoted">Promoted stories</aside><svg><g></g></svg></body></html>`);
    const scanned = scannedSeeds(doc).map((s) => `${s.el.localName}.${s.el.getAttribute('class') ?? ''}:${s.kind}:${s.via}`);
    expect(scanned).toEqual(walkedSeeds(doc).map((s) => `${s.el.localName}.${s.el.getAttribute('class') ?? ''}:${s.kind}:${s.via}`));
    expect(scanned).toContain('div.newsletter:newsletter:markup');
    expect(scanned).toContain('aside.promoted:sponsored:markup');
    expect(scanned.some((s) => s.startsWith('svg') || s.startsWith('pre') || s.startsWith('title'))).toBe(false);
  });
});

describe('the page scan in slices', () => {
  const page = (n: number) =>
    `<html><body><main>${Array.from({ length: n }, (_, i) => `<p class="${i % 50 === 7 ? 'sponsored-note' : 'p'}">Paragraph ${i} of the story, long enough to count as prose.</p>`).join('')}</main><aside class="newsletter">Sign up for our newsletter</aside></body></html>`;
  const summary = (scan: ReturnType<typeof scanPage>, into: SeedCollector) => ({
    blocks: scan.textBlocks.length,
    seeds: into.seeds.map((s) => `${s.el.localName}.${s.el.className}:${s.kind}`),
  });

  it.each(Object.entries(PARSERS))('pauses on a long page and ends with the straight-through result (%s)', (_name, parse) => {
    const doc = parse(page(600));
    const into = new SeedCollector(new TextLengths());
    const walk = scanWalk(doc, into);
    let pauses = 0;
    let step = walk.next(false);
    while (!step.done) {
      pauses++;
      step = walk.next(true);
    }
    expect(pauses).toBeGreaterThan(2);
    const straight = new SeedCollector(new TextLengths());
    expect(summary(step.value, into)).toEqual(summary(scanPage(doc, straight), straight));
    // 12 sponsor notes, the aside by its markup and by its pitch ("Sign up for our newsletter").
    expect(into.seeds.length).toBe(14);
  });

  it.each(Object.entries(PARSERS))('starts over, without pausing, when the page dropped where it was (%s)', (_name, parse) => {
    const doc = parse(page(600));
    const into = new SeedCollector(new TextLengths());
    const walk = scanWalk(doc, into);
    let step = walk.next(false);
    expect(step.done).toBe(false);
    // The page replaces the story while the scan is paused: the node it was at is gone.
    const main = doc.querySelector('main')!;
    while (main.children.length > 100) main.lastElementChild!.remove();
    step = walk.next(true);
    let more = 0;
    while (!step.done) {
      more++;
      step = walk.next(true);
    }
    expect(more).toBe(0);
    const fresh = new SeedCollector(new TextLengths());
    expect(summary(step.value, into)).toEqual(summary(scanPage(doc, fresh), fresh));
    expect(step.value.textBlocks.length).toBe(100);
  });

  it.each(Object.entries(PARSERS))('never feeds text of an editor the page added while the scan was paused (%s)', (_name, parse) => {
    const doc = parse(page(600));
    const into = new SeedCollector(new TextLengths());
    const walk = scanWalk(doc, into);
    let step = walk.next(false);
    expect(step.done).toBe(false);
    // Behind the walk, where its element pass has been already: an editor holding a label and a disclosure.
    const editor = doc.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    const label = doc.createElement('p');
    label.textContent = 'Sponsored content';
    const note = doc.createElement('p');
    note.textContent = 'We earn a commission when you buy through our links.';
    editor.append(label, note);
    doc.querySelector('main')!.prepend(editor);
    while (!step.done) step = walk.next(true);
    expect(into.seeds.some((s) => editor.contains(s.el))).toBe(false);
    // The same text outside an editor is a seed: the test can fail.
    editor.removeAttribute('contenteditable');
    const fresh = new SeedCollector(new TextLengths());
    scanPage(doc, fresh);
    expect(fresh.seeds.some((s) => editor.contains(s.el))).toBe(true);
  });
});
