import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TabReport } from '../../core/messages.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../core/settings.ts';
import { createFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../shared/fake-browser.ts';
import { Popup } from './Popup.tsx';

// What the content script reports on the ValueWalk fixture (three blocks hidden, Sony twice, FireEye once).
const VALUEWALK_REPORT: TabReport = {
  url: 'https://www.valuewalk.com/2014/12/sony-pictures-hack-north-korea/',
  isArticle: true,
  hidden: { 'affiliate-disclosure': 1, newsletter: 1, sponsored: 1 },
  tickers: [
    { attr: 'NYSE:SNE', text: 'NYSE:SNE', name: 'Sony Group Corporation', index: 0 },
    { attr: 'TYO:6758', text: 'TYO:6758', name: 'Sony Group Corporation', index: 1 },
    { attr: 'NASDAQ:FEYE', text: 'NASDAQ:FEYE', name: 'Mandiant, Inc.', index: 2 },
    { attr: 'NYSE:SNE', text: 'NYSE:SNE', name: 'Sony Group Corporation', index: 3 },
  ],
  siteEnabled: true,
  showingHidden: false,
  readerOpen: false,
};

let container: HTMLElement | null = null;
let closed = 0;

async function flush(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => void (await Promise.resolve()));
}

async function show(opts: FakeBrowserOptions): Promise<{ fake: FakeBrowser; root: HTMLElement }> {
  const fake = createFakeBrowser(opts);
  container = document.createElement('div');
  document.body.append(container);
  closed = 0;
  await act(async () => {
    render(<Popup ext={fake} closeWindow={() => closed++} settle={() => Promise.resolve()} />, container!);
  });
  await flush();
  return { fake, root: container };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The texts of an element's children joined with spaces (the UI lays them out in columns). */
function cells(el: Element): string {
  return Array.from(el.children).map(text).join(' ');
}

function switchNamed(root: HTMLElement, name: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll('label.switch')).find((l) => text(l).startsWith(name));
  if (!label) throw new Error(`no switch "${name}" in: ${text(root)}`);
  return label.querySelector('input[role="switch"]') as HTMLInputElement;
}

function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => text(x) === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await flush();
}

function savedSettings(fake: FakeBrowser): Settings {
  return fake.storage.sync.data[SETTINGS_KEY] as Settings;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

describe('Popup on an article', () => {
  const respond = (report: TabReport) => (msg: { type: string } & Record<string, unknown>) => {
    if (msg.type === 'report') return report;
    if (msg.type === 'showHidden') return { ...report, showingHidden: msg.show === true };
    if (msg.type === 'openTicker') return { ok: true };
    if (msg.type === 'toggleReader') return { open: true };
    return { error: 'unknown request' };
  };

  it('shows the hidden blocks by kind and one entry per distinct ticker', async () => {
    const { root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    expect(text(root.querySelector('header'))).toContain('valuewalk.com');
    expect(text(root.querySelector('.status'))).toBe('Article: Clearfolio tidied this page.');
    expect(text(root.querySelector('#hidden-h'))).toBe('Hidden blocks: 3');
    const counts = Array.from(root.querySelectorAll('.counts li')).map(cells);
    expect(counts).toEqual(['Affiliate notices Stop hiding 1', 'Newsletter sign-ups Stop hiding 1', 'Sponsored content Stop hiding 1']);
    expect(text(root.querySelector('#tickers-h'))).toBe('Tickers: 3');
    const tickers = Array.from(root.querySelectorAll('button.ticker'));
    expect(tickers.map(cells)).toEqual([
      'Sony Group Corporation NYSE:SNE ×2',
      'Sony Group Corporation TYO:6758',
      'Mandiant, Inc. NASDAQ:FEYE',
    ]);
    expect(tickers[2]!.getAttribute('aria-label')).toBe('Mandiant, Inc. (NASDAQ:FEYE): show on the page');
  });

  it('"Show them" asks the tab to show the hidden blocks and reflects its answer', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    const toggle = switchNamed(root, 'Show them');
    expect(toggle.checked).toBe(false);
    await click(toggle);
    expect(fake.sent).toContainEqual({ type: 'showHidden', show: true });
    expect(switchNamed(root, 'Show them').checked).toBe(true);
  });

  it('choosing a ticker opens its first mention on the page, then closes the popup', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    await click(root.querySelectorAll<HTMLButtonElement>('button.ticker')[2]!);
    expect(fake.sent.at(-1)).toEqual({ type: 'openTicker', index: 2 });
    expect(closed).toBe(1);
  });

  it('the reader button toggles the reader in the tab', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    await click(buttonNamed(root, 'Reader view'));
    expect(fake.sent.at(-1)).toEqual({ type: 'toggleReader' });
    expect(closed).toBe(1);
  });

  it('"Hide clutter on this site" off adds the host to neverClean and keeps other settings', async () => {
    const stored = { ...structuredClone(DEFAULT_SETTINGS), neverRun: ['example.org'] };
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT), sync: { [SETTINGS_KEY]: stored } });
    const clean = switchNamed(root, 'Hide clutter on this site');
    expect(clean.checked).toBe(true);
    await click(clean);
    const saved = savedSettings(fake);
    expect(saved.neverClean).toEqual(['valuewalk.com']);
    expect(saved.neverRun).toEqual(['example.org']);
    expect(fake.storage.sync.writes).toHaveLength(1);
    // The popup asked again after the content script re-ran.
    expect(fake.sent.filter((m) => (m as { type: string }).type === 'report')).toHaveLength(2);
    expect(switchNamed(root, 'Hide clutter on this site').checked).toBe(false);
  });

  it('switching Clearfolio off for the site adds it to neverRun and shows the off state', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    await click(switchNamed(root, 'Clearfolio on this site'));
    expect(savedSettings(fake).neverRun).toEqual(['valuewalk.com']);
    expect(text(root)).toContain('Clearfolio is off on www.valuewalk.com.');
    expect(switchNamed(root, 'Clearfolio on this site').checked).toBe(false);
  });

  it('switching the site off offers an Undo in place that turns it back on', async () => {
    const stored = { ...structuredClone(DEFAULT_SETTINGS), neverRun: ['example.org'] };
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT), sync: { [SETTINGS_KEY]: stored } });
    expect(root.querySelector('.undo')).toBeNull();
    await click(switchNamed(root, 'Clearfolio on this site'));
    expect(savedSettings(fake).neverRun).toEqual(['example.org', 'valuewalk.com']);
    expect(cells(root.querySelector('.undo')!)).toBe('Clearfolio is now off on www.valuewalk.com. Undo');
    await click(buttonNamed(root, 'Undo'));
    expect(savedSettings(fake).neverRun).toEqual(['example.org']);
    expect(root.querySelector('.undo')).toBeNull();
    expect(switchNamed(root, 'Clearfolio on this site').checked).toBe(true);
    expect(text(root.querySelector('#tickers-h'))).toBe('Tickers: 3');
  });

  it('"never clean" can be undone, and the undo keeps a change made since to another list', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    await click(switchNamed(root, 'Hide clutter on this site'));
    expect(savedSettings(fake).neverClean).toEqual(['valuewalk.com']);
    expect(cells(root.querySelector('.undo')!)).toBe('Nothing is hidden on www.valuewalk.com any more. Undo');
    // The options page (another window) adds a site meanwhile.
    await fake.storage.sync.setFromElsewhere({ [SETTINGS_KEY]: { ...savedSettings(fake), alwaysArticle: ['ft.com'] } });
    await click(buttonNamed(root, 'Undo'));
    expect(savedSettings(fake).neverClean).toEqual([]);
    expect(savedSettings(fake).alwaysArticle).toEqual(['ft.com']);
    expect(switchNamed(root, 'Hide clutter on this site').checked).toBe(true);
  });

  it('"Stop hiding" one kind turns it off everywhere, with an Undo', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    const stop = root.querySelector<HTMLButtonElement>('.counts li[data-kind="newsletter"] button')!;
    expect(stop.getAttribute('aria-label')).toBe('Stop hiding Newsletter sign-ups on every site');
    await click(stop);
    expect(savedSettings(fake).kinds).toMatchObject({ newsletter: false, sponsored: true, 'affiliate-disclosure': true });
    expect(cells(root.querySelector('.undo')!)).toBe('No longer hidden on any site: Newsletter sign-ups. Undo');
    await click(buttonNamed(root, 'Undo'));
    expect(savedSettings(fake).kinds.newsletter).toBe(true);
    expect(root.querySelector('.undo')).toBeNull();
  });

  it('the options link opens the options page', async () => {
    const { fake, root } = await show({ onTabMessage: respond(VALUEWALK_REPORT) });
    await click(buttonNamed(root, 'Options'));
    expect(fake.optionsOpened).toBe(1);
    expect(closed).toBe(1);
  });
});

describe('Popup states', () => {
  it('says Clearfolio does not run on a browser page (sendMessage rejects)', async () => {
    const { root } = await show({ tab: { id: 3, url: 'chrome://extensions/' } });
    expect(text(root)).toContain('Clearfolio doesn’t run on this page.');
    expect(text(root)).toContain('Browser pages, add-on stores');
    expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(0);
  });

  it('suggests a reload on a web page opened before the extension was installed', async () => {
    const { root } = await show({ tab: { id: 3, url: 'https://example.com/a' } });
    expect(text(root)).toContain('Reload the page to let Clearfolio work on it.');
  });

  it('site switched off: shows the switch, and turning it on removes the host (and a covering parent) from neverRun', async () => {
    let on = false;
    const stored = { ...structuredClone(DEFAULT_SETTINGS), neverRun: ['other.net', 'valuewalk.com'] };
    const { fake, root } = await show({
      sync: { [SETTINGS_KEY]: stored },
      onTabMessage: (msg) => (msg.type === 'report' && on ? VALUEWALK_REPORT : { error: 'Clearfolio is off on this site' }),
    });
    expect(text(root)).toContain('Clearfolio is off on www.valuewalk.com.');
    const sw = switchNamed(root, 'Clearfolio on this site');
    expect(sw.checked).toBe(false);
    on = true;
    await click(sw);
    expect(savedSettings(fake).neverRun).toEqual(['other.net']);
    expect(text(root.querySelector('#tickers-h'))).toBe('Tickers: 3');
  });

  it('site switched off and no tab URL: takes the host from the reply when the content script names its page', async () => {
    const { fake, root } = await show({
      tab: { id: 7 },
      onTabMessage: () => ({ error: 'Clearfolio is off on this site', url: 'https://markets.ft.com/data' }),
    });
    expect(text(root)).toContain('Clearfolio is off on markets.ft.com.');
    await click(switchNamed(root, 'Clearfolio on this site'));
    expect(fake.storage.sync.writes).toHaveLength(1);
  });

  it('site switched off and no way to know the host: points to the options instead of a dead switch', async () => {
    const { root } = await show({ tab: { id: 7 }, onTabMessage: () => ({ error: 'Clearfolio is off on this site' }) });
    expect(text(root)).toContain('Turn it back on in the options.');
    expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(0);
  });

  it('a not-article page says it was left alone and lists no blocks', async () => {
    const report: TabReport = { ...VALUEWALK_REPORT, isArticle: false, hidden: {}, tickers: [] };
    const { root } = await show({ onTabMessage: () => report });
    expect(text(root.querySelector('.status'))).toBe('Not an article: the page was left as it is.');
    expect(root.querySelector('#hidden-h')).toBeNull();
  });

  it('a skipped page can be treated as an article: the tab passes again and the popup shows its new report', async () => {
    const skipped: TabReport = { ...VALUEWALK_REPORT, isArticle: false, hidden: {}, tickers: [] };
    const { fake, root } = await show({ onTabMessage: (msg) => (msg.type === 'treatAsArticle' ? VALUEWALK_REPORT : skipped) });
    await click(buttonNamed(root, 'Treat this page as an article'));
    expect(fake.sent.at(-1)).toEqual({ type: 'treatAsArticle' });
    expect(text(root.querySelector('.status'))).toBe('Article: Clearfolio tidied this page.');
    expect(text(root.querySelector('#hidden-h'))).toBe('Hidden blocks: 3');
    // Nothing lasting was written: it is for this page only.
    expect(fake.storage.sync.writes).toHaveLength(0);
  });

  it('"Hide a block on this page…" starts the tab\'s picker and closes the popup; blocks the reader hid are listed in words', async () => {
    const report: TabReport = { ...VALUEWALK_REPORT, hidden: { ...VALUEWALK_REPORT.hidden, user: 2 } };
    const { fake, root } = await show({ onTabMessage: (msg) => (msg.type === 'pickHide' ? { ok: true } : report) });
    const row = root.querySelector('li[data-kind="user"]')!;
    expect(cells(row)).toBe('Hidden by you 2');
    // Not a kind of clutter: nothing to stop hiding everywhere.
    expect(row.querySelector('button')).toBeNull();
    await click(buttonNamed(root, 'Hide a block on this page…'));
    expect(fake.sent.at(-1)).toEqual({ type: 'pickHide' });
    expect(closed).toBe(1);
  });

  it('where the tab cannot hide a block, the popup stays open and says why', async () => {
    const { root } = await show({ onTabMessage: (msg) => (msg.type === 'pickHide' ? { ok: false } : VALUEWALK_REPORT) });
    await click(buttonNamed(root, 'Hide a block on this page…'));
    expect(closed).toBe(0);
    expect(text(root.querySelector('.error'))).toBe('Clearfolio hides blocks only on article pages it cleans.');
  });

  it('corrupt stored settings show a visible notice next to the normal view', async () => {
    const { root } = await show({ sync: { [SETTINGS_KEY]: 'garbage' }, onTabMessage: () => VALUEWALK_REPORT });
    const notice = root.querySelector('.notice[role="alert"]');
    expect(text(notice)).toContain('Stored settings were unreadable; defaults are in use.');
    expect(text(root.querySelector('#tickers-h'))).toBe('Tickers: 3');
  });
});
