// The card's words come from _locales: every key the UI asks for exists in English and German, a German
// catalogue turns the whole card German, and no English sentence is left written into the card's code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import { venueName } from '../../core/resolve/exchanges.ts';
import type { QuoteResult } from '../../core/types.ts';
import { formatMessage } from '../../platform/i18n.ts';
import { Card, type CardProps } from './Card.tsx';
import { formatTime } from './format.ts';
import { MANDIANT, SNE_MENTION, SONY, SONY_QUOTE } from './test-data.ts';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = en as Catalogue;
const DE = de as Catalogue;

// Paths, not URL objects: under happy-dom the global URL is the DOM's, which node:fs does not accept.
const cardDir = dirname(fileURLToPath(import.meta.url));
const uiDir = dirname(cardDir);

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys written as t('key', ...) in a source file. */
function literalKeys(code: string): string[] {
  return Array.from(code.matchAll(/\bt\(\s*(['"`])([A-Za-z0-9_@]+)\1/g), (m) => m[2]!);
}

function installCatalogue(getMessage: (key: string, subs?: string[]) => string): void {
  (globalThis as { browser?: unknown }).browser = { i18n: { getMessage } };
}

const german = (key: string, subs?: string[]) => (DE[key] ? formatMessage(DE[key], subs ?? []) : '');

let container: HTMLElement | null = null;

function show(over: Partial<CardProps> = {}): HTMLElement {
  if (container) render(null, container);
  container?.remove();
  container = document.createElement('div');
  document.body.appendChild(container);
  const props: CardProps = {
    mention: SNE_MENTION,
    company: SONY,
    quotesEnabled: false,
    quote: null,
    onClose: () => {},
    locale: 'de-DE',
    timeZone: 'UTC',
    ...over,
  };
  render(<Card {...props} />, container);
  return container.querySelector('[role="dialog"]') as HTMLElement;
}

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  delete (globalThis as { browser?: unknown }).browser;
});

describe('message keys', () => {
  const files = sourcesUnder(uiDir);
  const cardFiles = files.filter((f) => dirname(f) === cardDir);

  it('the scan sees the card and the other UI sources', () => {
    expect(cardFiles.map((f) => relative(cardDir, f))).toEqual(
      expect.arrayContaining(['Card.tsx', 'QuotePanel.tsx', 'format.ts', 'links.ts']),
    );
    expect(files.length).toBeGreaterThan(cardFiles.length);
  });

  it('every t() key used in src/pages exists in English and in German', () => {
    const used = new Set(files.flatMap((f) => literalKeys(readFileSync(f, 'utf8'))));
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].flatMap((k) => [...(k in EN ? [] : [`en.${k}`]), ...(k in DE ? [] : [`de.${k}`])]);
    expect(missing).toEqual([]);
  });

  it('the card asks only for literal keys, so the scan above misses none of them', () => {
    for (const file of cardFiles) {
      const code = readFileSync(file, 'utf8');
      const calls = code.match(/\bt\(/g)?.length ?? 0;
      expect(literalKeys(code), relative(cardDir, file)).toHaveLength(calls);
    }
    const cardKeys = cardFiles.flatMap((f) => literalKeys(readFileSync(f, 'utf8')));
    expect(new Set(cardKeys).size).toBeGreaterThanOrEqual(40);
  });

  it('each German message uses the same placeholders as the English one', () => {
    const names = (m: string) => Array.from(m.matchAll(/\$([A-Za-z0-9_@]+)\$/g), (x) => x[1]!.toLowerCase()).sort();
    for (const [key, entry] of Object.entries(EN)) {
      expect(names(DE[key]?.message ?? ''), key).toEqual(names(entry.message));
    }
  });
});

describe('Card in German', () => {
  it('labels, facts, notes, links and the toggle are German', async () => {
    installCatalogue(german);
    const card = show();
    expect(card.getAttribute('aria-label')).toBe('Sony Group Corporation - Firmenkarte');
    expect(text(card.querySelector('.former'))).toBe('Früher SNE — 2021 umbenannt in SONY');
    expect(text(card.querySelector('.sub'))).toBe(`SONY · ${venueName('XNYS')} · Japan`);
    expect(Array.from(card.querySelectorAll('dt'), text)).toEqual([
      'Sektor',
      'Branche',
      'Größe',
      'Börsencode (MIC)',
      'ISIN',
      'Früher',
      'Website',
    ]);
    const dd = Array.from(card.querySelectorAll('dd'), text);
    // The sector from the catalogue, the size class as a sentence with German number words.
    expect(dd.slice(0, 4)).toEqual([
      'Informationstechnologie',
      'Electronic Equipment, Instruments & Components',
      'Groß: Börsenwert 10 Mrd. $ bis 200 Mrd. $',
      'XNYS',
    ]);
    expect(card.querySelector('button.close')!.getAttribute('aria-label')).toBe('Firmenkarte schließen');
    expect(card.querySelector('.links')!.getAttribute('aria-label')).toBe('Links');
    expect(Array.from(card.querySelectorAll('.links a'), text)).toEqual([
      'Pflichtmitteilungen bei SEC EDGAR',
      'Yahoo Finance',
      'Google Finance',
    ]);
    const written = card.querySelector('.written')!;
    expect(text(written)).toBe('Auf dieser Seite: NYSE:SNE');
    expect(written.querySelector('.ltr')!.textContent).toBe('NYSE:SNE');
    const more = card.querySelector<HTMLButtonElement>('button.more')!;
    expect(text(more)).toBe('Mehr');
    await act(() => more.click());
    expect(text(more)).toBe('Weniger');
  });

  it('a former symbol without a year in German, and the notes in German with the data as data says', () => {
    installCatalogue(german);
    const card = show({
      company: { ...MANDIANT, symbolChangedYear: undefined },
      mention: { text: 'FEYE', symbol: 'FEYE', exchange: null },
    });
    expect(text(card.querySelector('.former'))).toBe('Früher FEYE — umbenannt in MNDT');
    expect(text(card.querySelector('.note'))).toBe('2022 von Alphabet (Google) übernommen');
  });

  it('an unverified ticker: German warning with the ticker in place, German search links', () => {
    installCatalogue(german);
    const card = show({ mention: { text: 'NYSE:XYZQ', symbol: 'XYZQ', exchange: 'NYSE' }, company: null });
    expect(card.getAttribute('aria-label')).toBe('NYSE:XYZQ - Firmenkarte');
    expect(text(card.querySelector('.sub'))).toBe('Ungeprüftes Börsenkürzel');
    const warn = card.querySelector('.warn')!;
    expect(text(warn)).toMatch(/^Nicht geprüft: Die Offline-Daten von Clearfolio kennen kein Wertpapier NYSE:XYZQ\. /);
    expect(warn.querySelector('.ltr')!.textContent).toBe('NYSE:XYZQ');
    expect(Array.from(card.querySelectorAll('.links a'), text)).toEqual(['Bei Yahoo Finance suchen', 'Bei Google Finance suchen']);
  });

  it('a quote: German numbers, market state, delay and spoken trend', () => {
    installCatalogue(german);
    const card = show({ quotesEnabled: true, quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: false } });
    const q = card.querySelector('.quote')!;
    expect(q.getAttribute('aria-label')).toBe('Kurs');
    expect(text(q.querySelector('.price'))).toBe('24,31');
    expect(text(q.querySelector('.chg'))).toBe('▼ -0,42 (-1,70 %)');
    const time = formatTime(SONY_QUOTE.marketTime, { locale: 'de-DE', timeZone: 'UTC' });
    expect(time).toMatch(/2026/);
    expect(text(q.querySelector('.meta'))).toBe(`Börse geschlossen · ${time} · Yahoo Finance, 15 Min. verzögert`);
    expect(q.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Letzte 8 Schlusskurse: um 3,1 % gefallen, von 25,10 auf 24,31 (Tief 24,31, Hoch 26,00)',
    );
  });

  const states: [string, QuoteResult | 'loading', string][] = [
    ['loading', 'loading', 'Kurs wird geladen …'],
    [
      'stale',
      { status: 'ok', quote: SONY_QUOTE, fetchedAt: Date.UTC(2026, 0, 8, 12), stale: true },
      `Gespeicherter Kurs vom ${formatTime(Date.UTC(2026, 0, 8, 12), { locale: 'de-DE', timeZone: 'UTC' })}; er ist womöglich veraltet.`,
    ],
    [
      'rate-limited',
      { status: 'rate-limited', retryAt: 0, cached: SONY_QUOTE },
      'Abfragelimit erreicht. Angezeigt wird der letzte bekannte Kurs.',
    ],
    ['offline', { status: 'offline', message: 'No network' }, 'Sie sind offline. Kein Live-Kurs.'],
    ['timeout', { status: 'timeout', message: 'after 8 s' }, 'Der Kursdienst hat nicht rechtzeitig geantwortet.'],
    [
      'unknown symbol',
      { status: 'unknown-symbol', message: 'No data for SONY' },
      'Der Kursanbieter kennt dieses Kürzel nicht. No data for SONY',
    ],
    ['disabled', { status: 'disabled', message: '' }, 'Live-Kurse sind aus. Sie lassen sich in den Clearfolio-Einstellungen einschalten.'],
    ['error', { status: 'error', message: 'HTTP 502' }, 'Der Kurs konnte nicht geladen werden. HTTP 502'],
  ];
  for (const [name, quote, expected] of states) {
    it(`quote state "${name}" is said in German`, () => {
      installCatalogue(german);
      const card = show({ quotesEnabled: true, quote });
      expect(text(card.querySelector('.quote [role="status"]'))).toBe(expected);
    });
  }
});

describe('Card with a marker catalogue', () => {
  // Every message comes back as ⟦key⟧; what remains once markers and data are removed was written into the
  // code, and must not contain a word.
  const marker = (key: string, subs?: string[]) => `⟦${key}${subs?.length ? `(${subs.join('|')})` : ''}⟧`;

  function leftover(card: Element, data: string[]): string {
    const parts = [
      card.textContent ?? '',
      ...Array.from(card.querySelectorAll('[aria-label]'), (el) => el.getAttribute('aria-label') ?? ''),
      card.getAttribute('aria-label') ?? '',
    ];
    let s = parts.join(' ');
    for (let prev = ''; prev !== s;) {
      prev = s;
      s = s.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    for (const d of [...data].sort((a, b) => b.length - a.length)) s = s.split(d).join(' ');
    return s.replace(/[\s\d.,:;·()+\-%×▲▼■$]+/g, ' ').trim();
  }

  const time = formatTime(SONY_QUOTE.marketTime, { locale: 'en-US', timeZone: 'UTC' });
  const data = [
    SONY.name,
    SONY.symbol,
    SONY.mic,
    SONY.isin!,
    SONY.sector!,
    SONY.industry!,
    SONY.marketCap!,
    SONY.summary!,
    'Sony Corporation',
    'sony.com',
    'NYSE:SNE',
    'XYZQ',
    'NYSE',
    venueName('XNYS')!,
    'Japan',
    'USD',
    time,
    'HTTP',
  ];

  const cases: [string, Partial<CardProps>][] = [
    ['a known company with a quote', { quotesEnabled: true, quote: { status: 'ok', quote: SONY_QUOTE, fetchedAt: 1, stale: true } }],
    ['an unverified ticker', { company: null, mention: { text: 'NYSE:XYZQ', symbol: 'XYZQ', exchange: 'NYSE' } }],
    ['a loading quote', { quotesEnabled: true, quote: 'loading' }],
    ['a failed quote', { quotesEnabled: true, quote: { status: 'error', message: 'HTTP 502' } }],
  ];
  for (const [name, over] of cases) {
    it(`${name}: no English words outside the catalogue`, () => {
      installCatalogue(marker);
      const card = show({ locale: 'en-US', ...over });
      expect(card.textContent).toContain('⟦');
      expect(leftover(card, data)).toBe('');
    });
  }

  it('the check itself notices a word that is not from the catalogue', () => {
    installCatalogue(marker);
    const card = show({ locale: 'en-US' });
    card.append('Close');
    expect(leftover(card, data)).toBe('Close');
  });
});
