import { afterEach, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import { formatMessage, uiLocale } from '../../platform/i18n.ts';
import { capText, moneyShort, sectorText } from './words.ts';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DE = de as Catalogue;
const nbsp = (s: string) => s.replace(/\s/g, ' ');

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('card words', () => {
  it('says a size class in words with its range in the locale number format', () => {
    expect(capText('Large Cap', 'en-US')).toBe('Large: market value $10B to $200B');
    expect(capText('Mega Cap', 'en-US')).toBe('Very large: market value over $200B');
    expect(capText('Nano Cap', 'en-US')).toBe('Tiny: market value under $50M');
    expect(nbsp(moneyShort(300e6, 'de-DE'))).toBe('300 Mio. $');
    // A class the catalogue does not know stays as the data wrote it; "constructor" is not a class.
    expect(capText('Giant Cap', 'en-US')).toBe('Giant Cap');
    expect(capText('constructor', 'en-US')).toBe('constructor');
  });

  it('says sizes and sectors in German with a German catalogue', () => {
    (globalThis as { browser?: unknown }).browser = {
      i18n: { getMessage: (k: string, subs?: string[]) => (DE[k] ? formatMessage(DE[k], subs ?? []) : ''), getUILanguage: () => 'de' },
    };
    expect(nbsp(capText('Small Cap', uiLocale()))).toBe('Klein: Börsenwert 300 Mio. $ bis 2 Mrd. $');
    expect(sectorText('Health Care')).toBe('Gesundheitswesen');
    expect(sectorText('Widgets')).toBe('Widgets');
    expect(uiLocale()).toBe('de');
  });

  it('has no UI locale outside the extension', () => {
    expect(uiLocale()).toBeUndefined();
  });
});
