// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotPage } from './reader-snapshot.ts';

function load(body: string): void {
  document.documentElement.innerHTML = `<head><title>T</title><base href="https://news.example/markets/"></head><body>${body}</body>`;
}

describe('snapshotPage', () => {
  it("copies the page without Clearfolio's elements, hidden blocks or ticker wrappers, leaving the page alone", () => {
    load(
      '<p>Sony <a href="q"><clearfolio-ticker data-clearfolio-ticker="NYSE:SNE">(NYSE:SNE)</clearfolio-ticker></a> fell.</p>' +
        '<div data-clearfolio-hidden="newsletter">Sign up</div><clearfolio-card></clearfolio-card><clearfolio-indicator></clearfolio-indicator>' +
        '<clearfolio-reader></clearfolio-reader>',
    );
    const before = document.documentElement.outerHTML;
    const snap = snapshotPage(document);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(snap.html).toContain('<p>Sony <a href="q">(NYSE:SNE)</a> fell.</p>');
    expect(snap.html).not.toMatch(/clearfolio-|Sign up/);
    expect(snap.baseURI).toBe('https://news.example/markets/');
    expect(snap.url).toBe(document.URL);
  });

  it('keeps hidden blocks while the user is showing them', () => {
    load('<p>Text</p><div data-clearfolio-hidden="newsletter">Sign up</div>');
    document.documentElement.setAttribute('data-clearfolio-show-hidden', '');
    expect(snapshotPage(document).html).toContain('Sign up');
  });
});
