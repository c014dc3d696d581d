// The disclosure run of a byline line: wrapped alone, found again on a later pass, and unwrapped to the page's exact
// text and nodes.
import { describe, expect, it } from 'vitest';
import { PARSERS, collapse } from '../article/test-support.ts';
import { RUN_TAG } from '../dom/contract.ts';
import { unwrapAll } from '../dom/highlight.ts';
import { disclosureRun } from './disclosure-run.ts';

const BYLINE =
  '<p class="entry-meta">By <a href="/about/" rel="author">Ela</a> on <time>31 October 2023</time> | <a href="#comments">18 Comments</a>. This post may contain affiliate links*. As an Amazon Associate I earn from qualifying purchases.</p>';

describe.each(Object.entries(PARSERS))('disclosureRun (%s)', (_name, parse) => {
  const lineOf = (html: string) => parse(`<!doctype html><html><body>${html}</body></html>`).body.firstElementChild!;

  it("wraps the closing disclosure's sentences only, split from the byline's text node", () => {
    const line = lineOf(BYLINE);
    const run = disclosureRun(line)!;
    expect(run.localName).toBe(RUN_TAG);
    expect(collapse(run.textContent)).toBe(
      'This post may contain affiliate links*. As an Amazon Associate I earn from qualifying purchases.',
    );
    expect(run.parentElement).toBe(line);
    expect(collapse(line.textContent)).toContain('By Ela on 31 October 2023 | 18 Comments. This post');
  });

  it('returns the same wrapper on a later pass instead of wrapping again', () => {
    const line = lineOf(BYLINE);
    const run = disclosureRun(line);
    expect(disclosureRun(line)).toBe(run);
    expect(line.querySelectorAll(RUN_TAG)).toHaveLength(1);
  });

  it("unwraps to the page's own text and text nodes", () => {
    const line = lineOf(BYLINE);
    const before = line.innerHTML;
    const nodes = line.childNodes.length;
    disclosureRun(line);
    unwrapAll(line.ownerDocument.documentElement);
    expect(line.innerHTML).toBe(before);
    expect(line.childNodes.length).toBe(nodes);
  });

  it('leaves a line without an author or a date alone (an article sentence that quotes a disclosure)', () => {
    const line = lineOf(
      '<p>The shop sells kettles and toasters. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p>',
    );
    expect(disclosureRun(line)).toBeNull();
    expect(line.querySelector(RUN_TAG)).toBeNull();
  });

  it('leaves a byline alone when its closing words are not a disclosure, or are all of it', () => {
    for (const html of [
      '<p class="byline">By <a rel="author" href="/a">Kim</a> on <time>2 March</time>. Kim covers retail for the paper.</p>',
      '<p class="byline"><span class="date">This post may contain affiliate links.</span> As an Amazon Associate I earn from qualifying purchases.</p>',
    ]) {
      const line = lineOf(html);
      expect(disclosureRun(line)).toBeNull();
      expect(line.querySelector(RUN_TAG)).toBeNull();
    }
  });

  it("does not take the byline's comment link into the run", () => {
    const line = lineOf(BYLINE);
    expect(collapse(disclosureRun(line)!.textContent)).not.toContain('Comments');
  });
});
