import { describe, expect, it } from 'vitest';
import { addSite, DEFAULT_SETTINGS, normalizeHost, parseSettings, siteMode } from './settings.ts';

describe('parseSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notices: [] });
  });

  it('falls back to defaults with a notice for a corrupt value', () => {
    const r = parseSettings('{"broken json');
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notices[0]).toMatch(/unreadable/);
  });

  it('migrates version 1 (disabledSites, hideClutter)', () => {
    const r = parseSettings({ version: 1, disabledSites: ['https://www.Example.com/path', 'bad host!'], hideClutter: false });
    expect(r.settings.neverRun).toEqual(['example.com']);
    expect(r.settings.clean).toBe(false);
    expect(r.settings.version).toBe(2);
    expect(r.notices.join(' ')).toMatch(/upgraded/);
  });

  it('resets wrongly typed fields one by one and keeps the rest', () => {
    const r = parseSettings({
      version: 2,
      clean: 'yes',
      tickers: false,
      quotes: { enabled: true, provider: 'evil', baseUrl: 'javascript:alert(1)' },
    });
    expect(r.settings.clean).toBe(true);
    expect(r.settings.tickers).toBe(false);
    expect(r.settings.quotes).toEqual({ enabled: true, provider: 'yahoo', baseUrl: '' });
    expect(r.notices.length).toBe(2);
  });
});

describe('sites', () => {
  it('normalizes hosts and rejects junk', () => {
    expect(normalizeHost(' HTTPS://www.ValueWalk.com:443/x?y ')).toBe('valuewalk.com');
    expect(normalizeHost('not a host')).toBeNull();
  });

  it('matches subdomains and can be switched off and on', () => {
    const off = addSite(DEFAULT_SETTINGS, 'neverRun', 'www.valuewalk.com');
    expect(siteMode(off, 'news.valuewalk.com').run).toBe(false);
    expect(siteMode(off, 'valuewalk.co').run).toBe(true);
    const on = addSite(off, 'neverRun', 'news.valuewalk.com', false);
    expect(on.neverRun).toEqual([]);
    const noClean = addSite(DEFAULT_SETTINGS, 'neverClean', 'valuewalk.com');
    expect(siteMode(noClean, 'valuewalk.com')).toMatchObject({ run: true, clean: false, tickers: true });
  });
});
