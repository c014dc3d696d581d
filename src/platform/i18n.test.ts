import { afterEach, describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import de from '../public/_locales/de/messages.json' with { type: 'json' };
import { formatMessage, t } from './i18n.ts';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = en as Catalogue;
const DE = de as Catalogue;

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('locales', () => {
  it('German has exactly the English keys, with the same placeholders', () => {
    expect(Object.keys(DE).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, entry] of Object.entries(EN)) {
      expect(Object.keys(DE[key]!.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('every message is non-empty and uses only placeholders it declares (Chrome rejects the rest)', () => {
    for (const [lang, cat] of [
      ['en', EN],
      ['de', DE],
    ] as const) {
      for (const [key, entry] of Object.entries(cat)) {
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          expect(entry.placeholders?.[name!.toLowerCase()], `${lang}.${key} uses $${name}$`).toBeDefined();
        }
      }
    }
  });
});

describe('t', () => {
  it('falls back to English with placeholders filled when there is no browser catalogue', () => {
    expect(t('popupSiteOff', 'ft.com')).toBe('Clearfolio is off on ft.com.');
    expect(t('popupTickerOpen', ['Sony Group Corporation', 'NYSE:SNE'])).toBe('Sony Group Corporation (NYSE:SNE): show on the page');
    expect(t('optionsRange', [14, 28])).toBe('From 14 to 28.');
  });

  it("uses the browser's message for the user's language when there is one", () => {
    const asked: unknown[] = [];
    (globalThis as { browser?: unknown }).browser = {
      i18n: {
        getMessage: (key: string, subs?: string[]) => {
          asked.push([key, subs]);
          return formatMessage(DE[key]!, subs ?? []);
        },
      },
    };
    expect(t('popupSiteOff', 'ft.com')).toBe('Clearfolio ist auf ft.com ausgeschaltet.');
    expect(t('readerClose')).toBe('Lesemodus schließen (Esc)');
    expect(asked).toEqual([
      ['popupSiteOff', ['ft.com']],
      ['readerClose', undefined],
    ]);
  });

  it('formatMessage follows Chrome: named placeholders to $n, then $$ to $', () => {
    expect(formatMessage({ message: 'Costs $$5 at $WHERE$', placeholders: { where: { content: '$1' } } }, ['Nasdaq'])).toBe(
      'Costs $5 at Nasdaq',
    );
  });
});
