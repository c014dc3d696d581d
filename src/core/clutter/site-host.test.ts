// Saved pages without their address: which host counts as the site, so that the site's own house lists do not
// pass for links that leave it.
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../article/test-support.ts';
import { linkedHost, pageHosts } from './site-host.ts';
import { sponsorShell } from './evidence.ts';

const page = (links: string[]) => `<!doctype html><html><body>${links.map((h) => `<a href="${h}">x</a>`).join('')}</body></html>`;

describe('linkedHost', () => {
  const parse = PARSERS['happy-dom'];
  it('takes the host most links go to, without www.', () => {
    const links = [
      ...Array.from({ length: 6 }, (_, i) => `http://www.howto.example/how_${i}.html`),
      'https://ads.vendor.example/1',
      'https://ads.vendor.example/2',
    ];
    expect(linkedHost(parse(page(links)))).toBe('howto.example');
  });
  it('gives no site for a page with too few absolute links', () => {
    expect(linkedHost(parse(page(['https://a.example/1', 'https://a.example/2', '/relative'])))).toBe('');
  });
});

describe('pageHosts', () => {
  const parse = PARSERS['happy-dom'];
  it('counts the canonical and the og:url host as the site (a portal serving a syndicated story)', () => {
    const head = `<link rel="canonical" href="http://www.publisher.example/story"><meta property="og:url" content="http://www.portal.example/en-us/news/story">`;
    const doc = parse(`<!doctype html><html><head>${head}</head><body>${'<a href="https://cdn.example/x">x</a>'.repeat(6)}</body></html>`);
    expect(pageHosts(doc).sort()).toEqual(['portal.example', 'publisher.example']);
  });
  it('falls back to the host most links go to', () => {
    expect(pageHosts(parse(page(Array.from({ length: 6 }, (_, i) => `http://www.howto.example/${i}`))))).toEqual(['howto.example']);
  });
});

describe('sponsorShell', () => {
  it('is a box of labels and headings without a linked title or prose', () => {
    expect(sponsorShell({ itemLink: false, prose: 'US & Canada' })).toBe(true);
    expect(sponsorShell({ itemLink: false, prose: 'Related Stories Sponsored Stories Today on Example' })).toBe(true);
    expect(sponsorShell({ itemLink: false, prose: '' })).toBe(true);
  });
  it('is not a box with a linked title or a sponsor’s own sentence', () => {
    expect(sponsorShell({ itemLink: true, prose: 'Sponsored' })).toBe(false);
    expect(
      sponsorShell({ itemLink: false, prose: 'Sponsored by Example Insurance Our agents are small business owners too, so they know' }),
    ).toBe(false);
  });
});
