import { describe, expect, it } from 'vitest';
import { FakeStorageArea } from '../pages/shared/fake-browser.ts';
import { senderSite, SiteLocalService } from './site-local.ts';
import { badgeText, showCounts } from './badge.ts';
import { validateBackgroundMessage } from '../core/messages.ts';

describe('senderSite', () => {
  it("names the site of a tab's top-frame content script, and nothing else", () => {
    expect(senderSite({ tab: { id: 1 }, frameId: 0, url: 'https://www.FT.com/content/x' })).toBe('ft.com');
    expect(senderSite({ tab: { id: 1 }, frameId: 3, url: 'https://ads.example/frame' })).toBeNull();
    expect(senderSite({ url: 'chrome-extension://abc/src/pages/options/index.html' })).toBeNull();
    expect(senderSite({ tab: { id: 1 }, frameId: 0, url: 'file:///home/x.html' })).toBeNull();
  });
});

describe('SiteLocalService', () => {
  it('keeps a dismissal and rules per site in storage.local, and loses no change made in quick succession', async () => {
    const area = new FakeStorageArea({}, 'local');
    const svc = new SiteLocalService(area);
    await Promise.all([
      svc.change('ft.com', { op: 'dismissNote', dismissed: true }),
      svc.change('ft.com', { op: 'add', list: 'hide', selector: '#promo' }),
      svc.change('ft.com', { op: 'add', list: 'notClutter', selector: 'aside.note' }),
    ]);
    expect(await svc.get('www.ft.com')).toEqual({ noteDismissed: true, notClutter: ['aside.note'], hide: ['#promo'] });
    expect(await svc.get('reuters.com')).toEqual({ noteDismissed: false, notClutter: [], hide: [] });
    expect(Object.keys(area.data.sites as object)).toEqual(['ft.com']);
  });
});

describe('the counts message', () => {
  it('takes whole counts only', () => {
    expect(validateBackgroundMessage({ type: 'counts', hidden: 3, tickers: 2 })).toEqual({ type: 'counts', hidden: 3, tickers: 2 });
    expect(validateBackgroundMessage({ type: 'counts', hidden: -1, tickers: 2 })).toHaveProperty('error');
    expect(validateBackgroundMessage({ type: 'counts', hidden: 1.5, tickers: 2 })).toHaveProperty('error');
  });

  it('lets a page-side change only dismiss the note or add a selector, never remove one', () => {
    expect(validateBackgroundMessage({ type: 'siteLocalChange', change: { op: 'add', list: 'hide', selector: '#x' } })).toEqual({
      type: 'siteLocalChange',
      change: { op: 'add', list: 'hide', selector: '#x' },
    });
    // "Hidden. Undo" takes a pick back; what the reader said was not clutter is removed in the options only.
    expect(validateBackgroundMessage({ type: 'siteLocalChange', change: { op: 'remove', list: 'hide', selector: '#x' } })).toEqual({
      type: 'siteLocalChange',
      change: { op: 'remove', list: 'hide', selector: '#x' },
    });
    expect(
      validateBackgroundMessage({ type: 'siteLocalChange', change: { op: 'remove', list: 'notClutter', selector: '#x' } }),
    ).toHaveProperty('error');
    expect(validateBackgroundMessage({ type: 'siteLocalChange', change: { op: 'add', list: 'other', selector: '#x' } })).toHaveProperty(
      'error',
    );
    expect(
      validateBackgroundMessage({ type: 'siteLocalChange', change: { op: 'add', list: 'hide', selector: 'x'.repeat(501) } }),
    ).toHaveProperty('error');
  });
});

describe('the toolbar badge', () => {
  it('shows the count the user chose, nothing for zero or off', () => {
    const counts = { hidden: 4, tickers: 7 };
    expect(badgeText(counts, 'hidden')).toBe('4');
    expect(badgeText(counts, 'tickers')).toBe('7');
    expect(badgeText(counts, 'off')).toBe('');
    expect(badgeText({ hidden: 0, tickers: 3 }, 'hidden')).toBe('');
    expect(badgeText({ hidden: 1200, tickers: 0 }, 'hidden')).toBe('999+');
  });

  it('sets the text on the reporting tab only', async () => {
    const calls: unknown[] = [];
    const action = {
      setBadgeText: async (d: unknown) => void calls.push(['text', d]),
      setBadgeBackgroundColor: async (d: unknown) => void calls.push(['color', d]),
    };
    await showCounts(action, 12, { hidden: 2, tickers: 5 }, 'hidden');
    expect(calls).toEqual([
      ['color', { tabId: 12, color: '#92400e' }],
      ['text', { tabId: 12, text: '2' }],
    ]);
  });
});
