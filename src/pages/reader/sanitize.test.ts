// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { safeUrl, sanitizeHtml } from './sanitize.ts';

const BASE = 'https://www.valuewalk.com/2014/12/sony-pictures-hack-north-korea/';

function clean(html: string): HTMLElement {
  const box = document.createElement('div');
  box.appendChild(sanitizeHtml(html, document, BASE));
  return box;
}

describe('safeUrl', () => {
  it('keeps http(s), resolves relative URLs, and refuses every other scheme', () => {
    expect(safeUrl('https://example.com/a?b=1', BASE)).toBe('https://example.com/a?b=1');
    expect(safeUrl('/quote/SONY', BASE)).toBe('https://www.valuewalk.com/quote/SONY');
    expect(safeUrl('  JavaScript:alert(1)', BASE)).toBeNull();
    expect(safeUrl('java\tscript:alert(1)', BASE)).toBeNull();
    expect(safeUrl('vbscript:msgbox(1)', BASE)).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>', BASE)).toBeNull();
    expect(safeUrl('data:text/html,<script>alert(1)</script>', BASE, true)).toBeNull();
    expect(safeUrl('data:image/svg+xml;base64,PHN2Zz4=', BASE, true)).toBeNull();
    expect(safeUrl('data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', BASE, true)).toMatch(/^data:image\/gif/);
    expect(safeUrl('file:///etc/passwd', BASE)).toBeNull();
  });
});

describe('sanitizeHtml', () => {
  it('keeps the article text and structure', () => {
    const box = clean(
      '<div id="readability-page-1" class="page"><h2>Who did it?</h2><p>Sony (<a href="/tag/sony">NYSE:SNE</a>) said <em>nothing</em>.</p>' +
        '<figure><img src="https://cdn.example.com/a.jpg" alt="Sony logo" width="620"><figcaption>The logo</figcaption></figure>' +
        '<table><tr><th scope="col">Ticker</th></tr><tr><td>SNE</td></tr></table></div>',
    );
    expect(box.querySelector('h2')?.textContent).toBe('Who did it?');
    expect(box.querySelector('p')?.textContent).toBe('Sony (NYSE:SNE) said nothing.');
    const a = box.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.valuewalk.com/tag/sony');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    // Followed outside the reader's frame (#20 item 8).
    expect(a.getAttribute('target')).toBe('_blank');
    const img = box.querySelector('img')!;
    expect([img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('width')]).toEqual([
      'https://cdn.example.com/a.jpg',
      'Sony logo',
      '620',
    ]);
    expect(box.querySelector('th')?.getAttribute('scope')).toBe('col');
    // ids and classes of the page could collide with the reader's own; they go.
    expect(box.querySelector('[id], [class]')).toBeNull();
  });

  it('drops scripts, styles, embedded documents and form controls with their content', () => {
    const box = clean(
      '<p>Before</p><script>window.__pwned = 1</script><style>p{display:none}</style>' +
        '<iframe src="https://evil.example/"></iframe><object data="x.swf">obj</object><embed src="x.swf">' +
        '<svg><script>alert(1)</script><a href="javascript:alert(1)">svg link</a></svg><math><mi>x</mi></math>' +
        '<form action="https://evil.example/"><input name="q" value="steal"><button>Go</button></form>' +
        '<template><img src=x onerror=alert(1)></template><noscript><img src="https://t.example/px"></noscript><p>After</p>',
    );
    expect(box.querySelector('script, style, iframe, object, embed, svg, math, form, input, button, template, noscript')).toBeNull();
    expect(box.textContent).toBe('BeforeAfter');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('strips every on* handler, style and unknown attribute', () => {
    const box = clean(
      '<p onclick="alert(1)" style="color:red" data-track="x" onmouseover="alert(2)">Text</p>' +
        '<img src="x" onerror="window.__pwned = 2" alt="broken"><a href="https://ok.example/" target="_blank" onfocus="alert(3)">ok</a>',
    );
    for (const el of Array.from(box.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name, el.outerHTML).toMatch(/^(href|src|alt|rel|target)$/);
    }
    // "x" resolved against the page is a harmless https URL; the handler is gone.
    expect(box.querySelector('img')!.getAttribute('src')).toBe('https://www.valuewalk.com/2014/12/sony-pictures-hack-north-korea/x');
    expect(box.innerHTML).not.toMatch(/on(error|click|focus|mouseover)=/i);
  });

  it('removes non-http(s) URLs but keeps the link text', () => {
    const box = clean(
      '<p><a href="javascript:alert(document.cookie)">Click me</a> and <a href=" jAvAsCrIpT:alert(1)">me</a> ' +
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>' +
        '<img src="javascript:alert(1)" alt="js"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="svg">' +
        '<blockquote cite="javascript:alert(1)">Quote</blockquote></p>',
    );
    expect(Array.from(box.querySelectorAll('a')).map((a) => [a.textContent, a.hasAttribute('href')])).toEqual([
      ['Click me', false],
      ['me', false],
      ['data', false],
    ]);
    expect(Array.from(box.querySelectorAll('img')).map((i) => i.hasAttribute('src'))).toEqual([false, false]);
    expect(box.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
    expect(box.innerHTML.toLowerCase()).not.toContain('javascript:');
  });

  it('unwraps unknown and custom elements, keeping their text', () => {
    const box = clean(
      '<p><font color="red">old</font> <clearfolio-ticker tabindex="0">NYSE:SNE</clearfolio-ticker> <x-widget>w</x-widget></p>',
    );
    expect(box.querySelector('p')!.innerHTML).toBe('old NYSE:SNE w');
  });

  it('returns nodes owned by the target document, not the inert one', () => {
    const frag = sanitizeHtml('<p>x</p>', document, BASE);
    expect(frag.ownerDocument).toBe(document);
    expect(frag.firstChild!.ownerDocument).toBe(document);
  });
});
