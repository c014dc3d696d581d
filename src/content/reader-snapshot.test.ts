// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('keepLoadedImages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands over only images the page has loaded and this script can read, as data: URLs', () => {
    load(
      '<img id="a" src="a.png" srcset="a-2x.png 2x" loading="eager" alt="A" width="10">' +
        '<img id="b" loading="lazy" src="b.png" alt="B">' +
        '<img id="c" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="c.png">' +
        '<img id="x" src="https://cdn.example/x.png">' +
        '<picture><source srcset="d.webp"><img id="d" src="d.png"></picture><video poster="v.png"></video>',
    );
    // A canvas that reads back which image it drew; a cross-origin one ("x") taints it, as in browsers.
    let drawn = '';
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      drawImage: (img: HTMLImageElement) => (drawn = img.id),
    } as never);
    vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => {
      if (drawn === 'x') throw new DOMException('tainted', 'SecurityError');
      return `data:image/webp;base64,${btoa(drawn)}`;
    });
    const loaded = (id: string) =>
      Object.defineProperties(document.getElementById(id)!, {
        complete: { value: true },
        naturalWidth: { value: 10 },
        naturalHeight: { value: 10 },
      });
    loaded('a');
    loaded('d');
    loaded('x');
    // The placeholder GIF has loaded too, at 1x1: a blank box in the reader, so it is left out as well.
    Object.defineProperties(document.getElementById('c')!, {
      complete: { value: true },
      naturalWidth: { value: 1 },
      naturalHeight: { value: 1 },
    });
    const html = snapshotPage(document).html;
    expect(html).toContain(`<img alt="A" width="10" src="data:image/webp;base64,${btoa('a')}">`);
    expect(html).toContain(`<img src="data:image/webp;base64,${btoa('d')}">`);
    // Not loaded (b, and c's data-src), unreadable (x), and media and sources the page may never have fetched.
    expect(html).not.toMatch(/b\.png|c\.png|x\.png|d\.webp|v\.png|srcset|data-src|loading|R0lGOD/);
    expect(html).not.toContain(`src="data:image/webp;base64,${btoa('c')}"`);
  });
});
