// The first pass collects clutter seeds inside the detection's page scan; late content is walked by the
// finder itself. Both walks must feed the collector the same nodes, so they find the same seeds.
import { describe, expect, it } from 'vitest';
import { scanPage } from '../article/scan.ts';
import { TextLengths } from '../article/text-length.ts';
import { PARSERS, cases, readFixture } from '../article/test-support.ts';
import { runThrough, walkDepthFirst } from '../time-budget.ts';
import { SeedCollector } from './seeds.ts';

/** Seeds as the finder's own walk over <body> collects them. */
function walkedSeeds(doc: Document) {
  const into = new SeedCollector(new TextLengths());
  if (!into.skips(doc.body)) {
    into.element(doc.body);
    runThrough(
      walkDepthFirst(
        doc.body,
        (el) => !into.skips(el) && (into.element(el), true),
        (n) => n.nodeType === 3 && into.text(n as Text),
      ),
    );
  }
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
