// The session's late-content path on a live page: text a framework rewrites in place gets its tickers, and so
// does content the page adds while the first pass is still running.
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../core/pipeline.ts';
import { parseSettings, siteMode } from '../core/settings.ts';
import { company, fakeResolver } from '../core/tickers/test-support.ts';
import { PageSession, restorePage } from './session.ts';
import { EARLY_SHEET } from './early-sheet.ts';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Markets</title></head><body><article><h1>Shares move after the bell</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the report says investors waited for the figures and for the comments of the management on the outlook for the rest of the year.</p>`).join('\n')}
<p id="live">Waiting for the first update from the trading floor, which usually comes a few minutes after the open of the session.</p>
</article></body></html>`;

let session: PageSession | null = null;
afterEach(() => session?.stop());

describe('PageSession late content', () => {
  it('highlights a ticker that a framework writes into an existing text node (no wrapper there before)', async () => {
    document.open();
    document.write(ARTICLE);
    document.close();
    const settings = parseSettings(undefined).settings;
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), {
      runPipeline,
      resolver: fakeResolver([company('IBM', 'International Business Machines Corporation', 'NYSE')]),
    });
    await session.start('https://example.com/markets/2026/11/26/shares-move');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('article');
    expect(document.querySelectorAll('clearfolio-ticker')).toHaveLength(0);

    const text = document.getElementById('live')!.firstChild as Text;
    const written = 'Update: IBM (NYSE:IBM) rose 2% in early trading after the company raised its outlook for the year.';
    text.data = written;
    await new Promise((r) => setTimeout(r, 300));
    const wrappers = [...document.querySelectorAll('#live clearfolio-ticker')];
    expect(wrappers.map((w) => w.getAttribute('data-clearfolio-ticker'))).toEqual(['NYSE:IBM']);
    // Wrapping never changes the text.
    expect(document.getElementById('live')!.textContent).toBe(written);
  });

  it('highlights what the page adds and rewrites while the first pass is still running', async () => {
    document.open();
    document.write(ARTICLE);
    document.close();
    const settings = parseSettings(undefined).settings;
    const base = fakeResolver([
      company('IBM', 'International Business Machines Corporation', 'NYSE'),
      company('AAPL', 'Apple Inc.', 'NASDAQ'),
    ]);
    const added = 'Entry 3: International Business Machines (NYSE:IBM) moved as the session went on.';
    const rewritten = 'Update 1: Apple Inc. (NASDAQ:AAPL) traded higher in the first minutes of the session.';
    let changed = false;
    // The first pass's lookup is the middle of the pass: the page changes then, as a live blog does.
    const resolver = {
      resolve: async (queries: Parameters<typeof base.resolve>[0]) => {
        if (!changed) {
          changed = true;
          const p = document.createElement('p');
          p.id = 'added';
          p.textContent = added;
          document.querySelector('article')!.append(p);
          (document.getElementById('live')!.firstChild as Text).data = rewritten;
        }
        return base.resolve(queries);
      },
    };
    document.querySelector('article p')!.append(' Shares of IBM (NYSE:IBM) were flat before the open.');
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver });
    await session.start('https://example.com/markets/2026/11/26/shares-move');
    expect(changed).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const attrs = (sel: string) =>
      [...document.querySelectorAll(`${sel} clearfolio-ticker`)].map((w) => w.getAttribute('data-clearfolio-ticker'));
    expect(attrs('#added')).toEqual(['NYSE:IBM']);
    expect(attrs('#live')).toEqual(['NASDAQ:AAPL']);
    expect(document.getElementById('added')!.textContent).toBe(added);
    expect(document.getElementById('live')!.textContent).toBe(rewritten);
    // The first pass's own highlight is kept (its wrapping was not taken for the page's change).
    expect(attrs('article p:first-of-type')).toEqual(['NYSE:IBM']);
  });

  it('passes over the page again after a same-document navigation, swapping highlights and hidden blocks', async () => {
    const story = (id: string, line: string) =>
      `<article id="${id}"><h1>${line}</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${line}. Investors waited for the figures and for the comments of the management on the outlook.</p>`).join('')}</article>`;
    const newsletter =
      '<div class="newsletter-signup" id="nl"><h3>Get our free daily markets newsletter</h3><p>Sign up to receive the morning briefing in your inbox.</p><form action="/subscribe"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>';
    document.open();
    document.write(
      `<!doctype html><html lang="en"><head><title>Markets</title></head><body><main id="main">${story('a', 'IBM (NYSE:IBM) rose')}</main>${newsletter}</body></html>`,
    );
    document.close();
    const settings = parseSettings(undefined).settings;
    const resolver = fakeResolver([
      company('IBM', 'International Business Machines Corporation', 'NYSE'),
      company('AAPL', 'Apple Inc.', 'NASDAQ'),
    ]);
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver });
    await session.start('https://example.com/markets/2026/11/27/ibm');
    const attrs = () => [...document.querySelectorAll('clearfolio-ticker')].map((w) => w.getAttribute('data-clearfolio-ticker'));
    const nl = document.getElementById('nl')!;
    expect(attrs().length).toBeGreaterThan(0);
    expect(new Set(attrs())).toEqual(new Set(['NYSE:IBM']));
    expect(nl.getAttribute('data-clearfolio-hidden')).toBe('newsletter');

    // The newsletter box stays on the page across the move: it must never be shown in between.
    const shownAgain: string[] = [];
    const spy = new MutationObserver((records) => {
      for (const r of records) if (!(r.target as Element).hasAttribute('data-clearfolio-hidden')) shownAgain.push((r.target as Element).id);
    });
    spy.observe(nl, { attributes: true, attributeFilter: ['data-clearfolio-hidden'] });
    document.getElementById('main')!.innerHTML = story('b', 'Apple Inc. (NASDAQ:AAPL) fell');
    await session.navigate('https://example.com/markets/2026/11/27/apple');
    expect(new Set(attrs())).toEqual(new Set(['NASDAQ:AAPL']));
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('article');
    expect(nl.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
    await new Promise((r) => setTimeout(r, 0));
    expect(shownAgain).toEqual([]);
    spy.disconnect();

    // Away to a page that is not an article: nothing of Clearfolio is left on it.
    document.getElementById('main')!.innerHTML = '<ul><li><a href="/a">Markets</a></li><li><a href="/b">Tech</a></li></ul>';
    await session.navigate('https://example.com/');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('skipped');
    expect(attrs()).toEqual([]);
    expect(document.querySelectorAll('[data-clearfolio-hidden]')).toHaveLength(0);
    expect(document.querySelector('clearfolio-indicator')).toBeNull();
  });

  it('runs passes one at a time when the app moves on during a pass: no highlight or hidden block is left untracked', async () => {
    const story = (line: string) =>
      `<article><h1>${line}</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${line}. Investors waited for the figures and for the comments of the management on the outlook.</p>`).join('')}</article>`;
    document.open();
    document.write(
      `<!doctype html><html lang="en"><head><title>Markets</title></head><body><main id="main">${story('IBM (NYSE:IBM) rose')}</main></body></html>`,
    );
    document.close();
    const settings = parseSettings(undefined).settings;
    const resolver = fakeResolver([
      company('IBM', 'International Business Machines Corporation', 'NYSE'),
      company('AAPL', 'Apple Inc.', 'NASDAQ'),
      company('MSFT', 'Microsoft Corporation', 'NASDAQ'),
    ]);
    const s = (session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver }));
    const main = document.getElementById('main')!;
    const first = s.start('https://example.com/markets/2026/11/27/ibm-rises');
    main.innerHTML = story('Apple Inc. (NASDAQ:AAPL) fell');
    const second = s.navigate('https://example.com/markets/2026/11/27/apple-falls');
    main.innerHTML = story('Microsoft Corporation (NASDAQ:MSFT) was flat');
    await Promise.all([first, second, s.navigate('https://example.com/markets/2026/11/27/microsoft-flat')]);
    const onPage = [...document.querySelectorAll('clearfolio-ticker')].map((w) => w.getAttribute('data-clearfolio-ticker'));
    expect(new Set(onPage)).toEqual(new Set(['NASDAQ:MSFT']));
    // Every highlight on the page is one the session knows (its card opens, the popup lists it).
    expect(s.report().tickers.map((t) => t.attr)).toEqual(onPage);
    expect(s.report().url).toBe('https://example.com/markets/2026/11/27/microsoft-flat');

    // A move that leaves the story in place (an app rewriting its address while the first pass runs).
    document.getElementById('main')!.innerHTML = story('IBM (NYSE:IBM) rose');
    s.stop();
    const t = (session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver }));
    await Promise.all([
      t.start('https://example.com/markets/2026/11/27/ibm-rises'),
      t.navigate('https://example.com/markets/2026/11/27/ibm-rises?ref=home'),
    ]);
    const ibm = [...document.querySelectorAll('clearfolio-ticker')].map((w) => w.getAttribute('data-clearfolio-ticker'));
    expect(ibm.length).toBeGreaterThan(0);
    expect(t.report().tickers.map((x) => x.attr)).toEqual(ibm);
  });
});

describe('restorePage', () => {
  it('gives the page back exactly, also what an earlier instance left (UI hosts under a randomised name)', async () => {
    const page = ARTICLE.replace('<p id="live">', '<p id="live">IBM (NYSE:IBM) and ').replace(
      '</article>',
      '</article><div class="newsletter">Sign up for our newsletter to get the daily briefing in your inbox.</div>',
    );
    document.open();
    document.write(page);
    document.close();
    const before = document.documentElement.outerHTML;
    const settings = parseSettings(undefined).settings;
    const orphan = new PageSession(document, settings, siteMode(settings, 'example.com'), {
      runPipeline,
      resolver: fakeResolver([company('IBM', 'International Business Machines Corporation', 'NYSE')]),
    });
    await orphan.start('https://example.com/markets/2026/11/26/shares-move');
    // An earlier instance's indicator host under a name the page could not predict.
    document.documentElement.append(document.createElement('clearfolio-indicator-0a1b2c3d'));
    expect(document.querySelectorAll('clearfolio-ticker').length).toBeGreaterThan(0);
    expect(document.documentElement.outerHTML).not.toBe(before);
    // The orphaned session is never stopped (its extension is gone); the next one restores the page first.
    restorePage(document);
    expect(document.documentElement.outerHTML).toBe(before);
    orphan.stop();
  });
});

describe('PageSession and the early stylesheet', () => {
  const NEWSLETTER =
    '<div class="newsletter-box" id="nl"><p>Get the morning brief in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>';

  function withEarlySheet(): CSSStyleSheet {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    (globalThis as Record<symbol, unknown>)[EARLY_SHEET] = sheet;
    return sheet;
  }

  it.each([
    ['an article', ARTICLE.replace('</article>', `</article>${NEWSLETTER}`), 'article'],
    ['a page that is not an article', `<!doctype html><html><body><ul><li>Home</li></ul>${NEWSLETTER}</body></html>`, 'skipped'],
  ])(
    'leaves the early stylesheet inert once the pass marked %s, with the blocks it confirms already hidden; stop takes it off',
    async (_label, html, state) => {
      document.open();
      document.write(html);
      document.close();
      const sheet = withEarlySheet();
      const settings = parseSettings(undefined).settings;
      let hiddenWhileEarly: boolean | null = null;
      session = new PageSession(document, settings, siteMode(settings, 'example.com'), {
        runPipeline: async (doc, opts) => {
          const result = await runPipeline(doc, opts);
          // The pass is done but <html> is not marked yet: the early sheet still applies.
          hiddenWhileEarly =
            document.adoptedStyleSheets.includes(sheet) && document.getElementById('nl')!.hasAttribute('data-clearfolio-hidden');
          return result;
        },
        resolver: fakeResolver([]),
      });
      await session.start('https://example.com/markets/2026/11/26/shares-move');
      expect(document.documentElement.getAttribute('data-clearfolio')).toBe(state);
      expect(hiddenWhileEarly).toBe(state === 'article');
      // Inert: its rules apply only under an unmarked <html>; taking it off would restyle the whole page.
      expect(document.adoptedStyleSheets).toContain(sheet);
      session.stop();
      expect(document.adoptedStyleSheets).not.toContain(sheet);
    },
  );

  it("confirms or releases the early judge's marks when the pass marks the page, and leaves none behind", async () => {
    document.open();
    document.write(
      ARTICLE.replace('</article>', `</article>${NEWSLETTER}<div id="other" data-clearfolio-early="sponsored"><p>Not clutter</p></div>`),
    );
    document.close();
    document.getElementById('nl')!.setAttribute('data-clearfolio-early', 'newsletter');
    withEarlySheet();
    const settings = parseSettings(undefined).settings;
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver: fakeResolver([]) });
    await session.start('https://example.com/markets/2026/11/26/shares-move');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('article');
    expect(document.getElementById('nl')!.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
    expect(document.getElementById('other')!.hasAttribute('data-clearfolio-hidden')).toBe(false);
    expect(document.querySelectorAll('[data-clearfolio-early]').length).toBe(0);
  });

  it('takes it off when the session stops before a pass marked the page', () => {
    document.open();
    document.write(ARTICLE);
    document.close();
    const sheet = withEarlySheet();
    const settings = parseSettings(undefined).settings;
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver: fakeResolver([]) });
    session.stop();
    expect(document.adoptedStyleSheets).not.toContain(sheet);
    expect(document.documentElement.hasAttribute('data-clearfolio')).toBe(false);
  });
});
