// "Hide this too" in the session: the reader picks a block Clearfolio missed (from the popup's request or the
// note), it is hidden as "user", counted and stored for the site; the article and its ancestors are refused
// with a message; "Undo" takes it back; later visits and late content hide what the stored list finds at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../core/pipeline.ts';
import { parseSettings, siteMode } from '../core/settings.ts';
import { company, fakeResolver } from '../core/tickers/test-support.ts';
import { EMPTY_SITE, type SiteLocal } from '../core/site-local.ts';
import type { SiteLocalClient } from '../platform/site-local.ts';
import { PageSession } from './session.ts';

// jsdom's events are untrusted; here they stand for the user's own (the e2e and attack tests use real input).
vi.mock('../platform/user-action.ts', () => ({ isUserAction: () => true }));

const PAGE = `<!doctype html><html lang="en"><head><title>Markets</title></head><body><main><article><h1>IBM (NYSE:IBM) rose</h1>${Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i}: IBM (NYSE:IBM) and Apple Inc. (NASDAQ:AAPL) moved. Investors waited for the figures and for the comments of the management on the outlook.</p>`,
).join(
  '',
)}</article></main><aside class="rail"><div class="app-box"><p id="try">Try our app</p></div><div class="other">Other</div></aside></body></html>`;

let session: PageSession | null = null;
const roots: ShadowRoot[] = [];
afterEach(() => {
  session?.stop();
  session = null;
  roots.length = 0;
  vi.restoreAllMocks();
});

/** Keeps every closed shadow root Clearfolio attaches (the note, the picker, its toasts), to read and click them. */
function spyRoots(): void {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
}

function fakeSite(initial: SiteLocal = EMPTY_SITE) {
  let state = initial;
  const client = {
    counts: vi.fn(),
    load: vi.fn(async () => state),
    change: vi.fn(async (c: Parameters<SiteLocalClient['change']>[0]) => {
      if (c.op === 'dismissNote') state = { ...state, noteDismissed: c.dismissed };
      else if (c.op === 'add') state = { ...state, [c.list]: [...state[c.list], c.selector] };
      else state = { ...state, [c.list]: state[c.list].filter((s) => s !== c.selector) };
      return state;
    }),
  } satisfies SiteLocalClient;
  return client;
}

async function open(site: SiteLocalClient, settingsRaw?: unknown): Promise<PageSession> {
  document.open();
  document.write(PAGE);
  document.close();
  const settings = parseSettings(settingsRaw).settings;
  const resolver = fakeResolver([
    company('IBM', 'International Business Machines Corporation', 'NYSE'),
    company('AAPL', 'Apple Inc.', 'NASDAQ'),
  ]);
  session = new PageSession(document, settings, siteMode(settings, 'example.com'), { runPipeline, resolver, site });
  await session.start('https://example.com/markets/2026/11/27/ibm');
  await session.noteReady();
  return session;
}

const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
/** The picker is listening once its hint (not a toast's message) is on the page. */
const pickerUp = () => vi.waitFor(() => expect(roots.at(-1)?.textContent ?? '').toContain('Esc cancels'));
const texts = () => roots.map((r) => r.textContent ?? '').join(' | ');
const fire = (el: Element, type: string, init: MouseEventInit = {}) =>
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, ...init }));

describe('"Hide this too" in the session', () => {
  beforeEach(spyRoots);
  it('the popup starts the picker; the clicked block is hidden as "user", counted, stored, and the click goes no further', async () => {
    const site = fakeSite();
    const s = await open(site);
    expect(await s.handle({ type: 'pickHide' })).toEqual({ ok: true });
    await pickerUp();
    const followed = vi.fn();
    $('#try').addEventListener('click', followed);
    fire($('#try'), 'mousemove');
    fire($('#try'), 'click');
    await vi.waitFor(() => expect(site.change).toHaveBeenCalledWith({ op: 'add', list: 'hide', selector: '#try' }));
    expect(followed).not.toHaveBeenCalled();
    expect($('#try').getAttribute('data-clearfolio-hidden')).toBe('user');
    expect(s.report().hidden).toEqual({ user: 1 });
    expect(site.counts).toHaveBeenLastCalledWith(1, 2);
    // The picker is gone; what it did is said in place, with an undo.
    await vi.waitFor(() => expect(texts()).toContain('Hidden.'));
    // The note came up for the hidden block (none was hidden before).
    await s.noteReady();
    expect(document.querySelector('clearfolio-indicator')).not.toBeNull();
  });

  it('the wheel and Arrow Up widen the pick to the parent block (and Arrow Down narrows it back)', async () => {
    const site = fakeSite();
    const s = await open(site);
    void s.pickHide();
    await pickerUp();
    fire($('#try'), 'mousemove');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
    window.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    fire($('#try'), 'click');
    await vi.waitFor(() => expect(site.change).toHaveBeenCalledWith({ op: 'add', list: 'hide', selector: 'div.app-box' }));
    expect($('.app-box').getAttribute('data-clearfolio-hidden')).toBe('user');
    expect($('#try').hasAttribute('data-clearfolio-hidden')).toBe(false);
  });

  it('refuses the article and its ancestors with a message, and hides nothing', async () => {
    const site = fakeSite();
    const s = await open(site);
    for (const sel of ['article', 'main']) {
      void s.pickHide();
      await pickerUp();
      fire($(sel), 'mousemove');
      fire($(sel), 'click');
      await vi.waitFor(() => expect(texts()).toContain('That is the article'));
      // The next pick takes the message away.
      roots.length = 0;
    }
    expect(site.change).not.toHaveBeenCalled();
    expect(document.querySelector('[data-clearfolio-hidden]')).toBeNull();
  });

  it('Escape cancels: nothing hidden, nothing stored, the picker gone', async () => {
    const site = fakeSite();
    const s = await open(site);
    const picked = s.pickHide();
    await pickerUp();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picked).toBe(false);
    expect(document.querySelector('clearfolio-picker')).toBeNull();
    expect(site.change).not.toHaveBeenCalled();
  });

  it('"Undo" shows the block again and the site forgets the selector', async () => {
    const site = fakeSite();
    const s = await open(site);
    void s.pickHide();
    await pickerUp();
    fire($('#try'), 'click');
    await vi.waitFor(() => expect(texts()).toContain('Hidden.'));
    const undo = roots.flatMap((r) => [...r.querySelectorAll('button')]).find((b) => b.textContent === 'Undo')!;
    undo.click();
    await vi.waitFor(() => expect(site.change).toHaveBeenCalledWith({ op: 'remove', list: 'hide', selector: '#try' }));
    await vi.waitFor(() => expect($('#try').hasAttribute('data-clearfolio-hidden')).toBe(false));
    expect(s.report().hidden).toEqual({});
  });

  it('"Not clutter?" on a block the reader hid takes the pick back instead of adding a rule against it', async () => {
    const site = fakeSite({ ...EMPTY_SITE, hide: ['div.app-box'] });
    const s = await open(site);
    s.showHidden(true);
    const notClutter = roots.flatMap((r) => [...r.querySelectorAll('button')]).find((b) => b.textContent === 'Not clutter?')!;
    notClutter.click();
    // The note says how at once; the picker listens once its own host is up.
    await vi.waitFor(() => expect(document.querySelector('clearfolio-picker')).not.toBeNull());
    fire($('#try'), 'click');
    await vi.waitFor(() => expect(site.change).toHaveBeenCalledWith({ op: 'remove', list: 'hide', selector: 'div.app-box' }));
    expect(site.change).not.toHaveBeenCalledWith(expect.objectContaining({ list: 'notClutter' }));
    await vi.waitFor(() => expect($('.app-box').hasAttribute('data-clearfolio-hidden')).toBe(false));
  });

  it('a later visit hides what the stored list finds at once, and late content as it arrives; never the article', async () => {
    const site = fakeSite({ ...EMPTY_SITE, hide: ['div.app-box', 'div.late', 'article', 'main'] });
    const s = await open(site);
    expect($('.app-box').getAttribute('data-clearfolio-hidden')).toBe('user');
    expect($('article').hasAttribute('data-clearfolio-hidden')).toBe(false);
    expect($('main').hasAttribute('data-clearfolio-hidden')).toBe(false);
    expect(s.report().hidden).toEqual({ user: 1 });
    const late = document.createElement('div');
    late.className = 'late';
    late.textContent = 'Loaded later';
    $('aside').append(late);
    await vi.waitFor(() => expect(late.getAttribute('data-clearfolio-hidden')).toBe('user'));
    expect(s.report().hidden).toEqual({ user: 2 });
  });

  it('does not pick where the site is not cleaned', async () => {
    const s = await open(fakeSite({ ...EMPTY_SITE, hide: ['div.app-box'] }), { neverClean: ['example.com'] });
    expect(await s.handle({ type: 'pickHide' })).toEqual({ ok: false });
    expect($('.app-box').hasAttribute('data-clearfolio-hidden')).toBe(false);
  });
});
