// Editors are never touched by either half of the pipeline: a newsletter box the page's editor holds (here a
// contenteditable="plaintext-only" region, which the clutter finder once hid while the ticker scan skipped it)
// is neither hidden nor scanned. The same box outside the editor is both, so the tests can fail.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../article/detect.ts';
import { PARSERS, articlePage } from '../article/test-support.ts';
import { findClutter } from '../clutter/find.ts';
import { findCandidates } from '../tickers/scan.ts';
import { isEditable } from './untouched.ts';

const URL = 'https://news.example.com/2024/06/company-beats-forecasts';
const BOX = `<div class="newsletter-signup"><h3>Get our markets newsletter</h3><p>Sign up for the daily briefing on NYSE:IBM and $TSLA.</p>
<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>`;

describe.each(Object.entries(PARSERS))('editing regions (%s)', (_name, parse) => {
  const page = (editable: string | null) =>
    parse(articlePage(editable === null ? BOX : `<div contenteditable="${editable}" id="editor">${BOX}</div>`));

  it('a box outside any editor is clutter and holds tickers', () => {
    const doc = page(null);
    const detection = detectArticle(doc, URL);
    expect(findClutter(doc, detection).map((b) => b.kind)).toContain('newsletter');
    expect(findCandidates(detection.parts).map((c) => c.text)).toEqual(expect.arrayContaining(['NYSE:IBM', '$TSLA']));
  });

  it.each(['true', '', 'plaintext-only', 'PLAINTEXT-ONLY'])('a box inside contenteditable="%s" is neither hidden nor scanned', (value) => {
    const doc = page(value);
    const editor = doc.getElementById('editor')!;
    const detection = detectArticle(doc, URL);
    expect(findClutter(doc, detection).filter((b) => editor.contains(b.element) || b.element.contains(editor))).toEqual([]);
    expect(findCandidates(detection.parts).filter((c) => editor.contains(c.node))).toEqual([]);
  });

  it('contenteditable="false" is not an editor', () => {
    const doc = page('false');
    expect(isEditable(doc.getElementById('editor')!)).toBe(false);
    expect(findClutter(doc, detectArticle(doc, URL)).map((b) => b.kind)).toContain('newsletter');
  });
});
