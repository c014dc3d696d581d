import { describe, expect, it } from 'vitest';
import { siteFromReply, MAX_RULES_PER_SITE } from './site-local.ts';
import { changeSite, parseSiteLocal, siteEntry } from './site-local-store.ts';

describe('site-local store', () => {
  it('parses what is stored, dropping bad hosts, bad selectors and empty sites', () => {
    const store = parseSiteLocal({
      'WWW.FT.com': { noteDismissed: true, hide: ['#a', '#a', 3, ''], notClutter: 'x' },
      'not a host': { noteDismissed: true },
      'empty.com': { noteDismissed: false, hide: [] },
    });
    expect(store).toEqual({ 'ft.com': { noteDismissed: true, hide: ['#a'], notClutter: [] } });
    expect(parseSiteLocal('garbage')).toEqual({});
  });

  it('adds and removes rules per site, and forgets a site left with nothing', () => {
    let store = changeSite({}, 'news.example.com', { op: 'add', list: 'notClutter', selector: 'aside' });
    expect(siteEntry(store, 'news.example.com').notClutter).toEqual(['aside']);
    expect(siteEntry(store, 'example.com').notClutter).toEqual([]);
    store = changeSite(store, 'news.example.com', { op: 'remove', list: 'notClutter', selector: 'aside' });
    expect(store).toEqual({});
  });

  it('caps the rules per site', () => {
    let store = {};
    for (let i = 0; i < MAX_RULES_PER_SITE + 5; i++) store = changeSite(store, 'a.com', { op: 'add', list: 'hide', selector: `#x${i}` });
    expect(siteEntry(store, 'a.com').hide).toHaveLength(MAX_RULES_PER_SITE);
  });

  it('reads a reply, and an error reply as nothing kept', () => {
    expect(siteFromReply({ noteDismissed: true, hide: ['#a'], notClutter: [] }).noteDismissed).toBe(true);
    expect(siteFromReply({ error: 'x', noteDismissed: true }).noteDismissed).toBe(false);
  });
});
