// What the session does with the per-site memory and the badge: a note dismissed on the site stays away, a
// dismissal is handed to the background, and the page's counts go to the badge (hidden blocks, distinct tickers).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../core/pipeline.ts';
import { parseSettings, siteMode } from '../core/settings.ts';
import { company, fakeResolver } from '../core/tickers/test-support.ts';
import { EMPTY_SITE, type SiteLocal } from '../core/site-local.ts';
import type { SiteLocalClient } from '../platform/site-local.ts';
import { PageSession } from './session.ts';

vi.mock('../platform/user-action.ts', () => ({ isUserAction: () => true }));

const NEWSLETTER =
  '<div class="newsletter-signup" id="nl"><h3>Get our free daily markets newsletter</h3><p>Sign up to receive the morning briefing in your inbox.</p><form action="/subscribe"><input type="email" name="email" placeholder="Email address"><button type="submit">Sign up</button></form></div>';
const PAGE = `<!doctype html><html lang="en"><head><title>Markets</title></head><body><main><article><h1>IBM (NYSE:IBM) rose</h1>${Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i}: IBM (NYSE:IBM) and Apple Inc. (NASDAQ:AAPL) moved. Investors waited for the figures and for the comments of the management on the outlook.</p>`,
).join('')}</article></main>${NEWSLETTER}</body></html>`;

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
  vi.restoreAllMocks();
});

function fakeSite(initial: SiteLocal = EMPTY_SITE) {
  let state = initial;
  const client = {
    counts: vi.fn(),
    load: vi.fn(async () => state),
    change: vi.fn(async (c: Parameters<SiteLocalClient['change']>[0]) => {
      if (c.op === 'dismissNote') state = { ...state, noteDismissed: c.dismissed };
      else if (c.op === 'add') state = { ...state, [c.list]: [...state[c.list], c.selector] };
      return state;
    }),
  } satisfies SiteLocalClient;
  return client;
}

async function open(site: SiteLocalClient): Promise<PageSession> {
  document.open();
  document.write(PAGE);
  document.close();
  const settings = parseSettings(undefined).settings;
  const resolver = fakeResolver([
    company('IBM', 'International Business Machines Corporation', 'NYSE'),
    company('AAPL', 'Apple Inc.', 'NASDAQ'),
  ]);
  session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver, site });
  await session.start('https://example.com/markets/2026/11/27/ibm');
  await session.noteReady();
  return session;
}

describe('the session and the per-site memory', () => {
  it('shows the note on a site where it was not dismissed, and none where it was', async () => {
    await open(fakeSite());
    expect(document.getElementById('nl')!.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
    expect(document.querySelector('clearfolio-indicator')).not.toBeNull();
    session!.stop();
    await open(fakeSite({ ...EMPTY_SITE, noteDismissed: true }));
    // Still hidden, and still reachable from the popup; only the note stays away.
    expect(document.getElementById('nl')!.getAttribute('data-clearfolio-hidden')).toBe('newsletter');
    expect(document.querySelector('clearfolio-indicator')).toBeNull();
  });

  it('hands a dismissal to the background for the site', async () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const site = fakeSite();
    await open(site);
    const close = [...roots[0]!.querySelectorAll('button')].at(-2)!;
    expect(close.textContent).toBe('×');
    close.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(site.change).toHaveBeenCalledWith({ op: 'dismissNote', dismissed: true });
  });

  it('"This wasn\'t clutter": a shown block the reader clicks is shown for good and never hidden on the site again', async () => {
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const site = fakeSite();
    const s = await open(site);
    const buttons = () => [...roots[0]!.querySelectorAll('button')];
    const notClutter = buttons().find((b) => b.textContent === 'Not clutter?')!;
    expect(notClutter.hidden).toBe(true);
    s.showHidden(true);
    expect(notClutter.hidden).toBe(false);
    notClutter.click();
    expect(roots[0]!.querySelector('span')!.textContent).toContain('Click the block that wasn’t clutter');
    // The picker's code loads on first use: it is listening once its outline is on the page.
    await vi.waitFor(() => expect(document.querySelector('clearfolio-picker')).not.toBeNull());
    // A click inside the block, on its heading.
    const followed = vi.fn();
    document.querySelector('#nl h3')!.addEventListener('click', followed);
    (document.querySelector('#nl h3') as HTMLElement).click();
    await vi.waitFor(() => expect(site.change).toHaveBeenCalledWith({ op: 'add', list: 'notClutter', selector: '#nl' }));
    await new Promise((r) => setTimeout(r, 0));
    expect(followed).not.toHaveBeenCalled();
    expect(document.getElementById('nl')!.hasAttribute('data-clearfolio-hidden')).toBe(false);
    expect(s.report().hidden).toEqual({});
    s.stop();
    // Next visit: the block stays.
    await open(site);
    expect(document.getElementById('nl')!.hasAttribute('data-clearfolio-hidden')).toBe(false);
  });

  it('reports blocks hidden and distinct tickers for the badge, and zeros when it stops', async () => {
    const site = fakeSite();
    const s = await open(site);
    expect(site.counts).toHaveBeenLastCalledWith(1, 2);
    s.stop();
    expect(site.counts).toHaveBeenLastCalledWith(0, 0);
  });
});

describe('treat this page as an article', () => {
  it('passes again with the article forced on a skipped page, for that page only', async () => {
    document.open();
    document.write(
      `<!doctype html><html lang="en"><head><title>Markets</title></head><body><div id="c"><p>IBM (NYSE:IBM) rose.</p><p>Short note on the session.</p></div>${NEWSLETTER}</body></html>`,
    );
    document.close();
    const settings = parseSettings(undefined).settings;
    const resolver = fakeResolver([company('IBM', 'International Business Machines Corporation', 'NYSE')]);
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver });
    await session.start('https://example.com/');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('skipped');
    const report = (await session.handle({ type: 'treatAsArticle' })) as { isArticle: boolean };
    expect(report.isArticle).toBe(true);
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('article');
    // The app moves to another address: that page is judged on its own again.
    await session.navigate('https://example.com/other');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('skipped');
  });
});
