// The two hand-compiled tables the build merges into listings.json: OTC ADRs of foreign companies and BSE scrip
// codes. Each entry must point at a listing that exists and is the company it names, and must resolve.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExchangesFile, ListingsFile } from './data-format.ts';
import { isOtcMic } from './exchanges.ts';
import { symbolKey } from './symbols.ts';
import { readDataFile, realDataset } from '../../cli/node-dataset.ts';
import { findMarked } from '../tickers/grammar.ts';
import { nameMatches } from '../tickers/name-match.ts';

interface Adr {
  adr: string;
  home: string;
  mic: string;
  company: string;
  detailsFrom?: string;
  tier?: string;
}
interface BseCode {
  code: string;
  nse: string;
  company: string;
}
interface TwName {
  code: string;
  short: string;
  name: string;
  adr?: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;
const adrs = readJson<{ adrs: Adr[] }>('./curated-adrs.json').adrs;
const codes = readJson<{ codes: BseCode[] }>('./curated-bse-codes.json').codes;
const twNames = readJson<{ names: TwName[] }>('./curated-tw-names.json').names;
const listings = readDataFile<ListingsFile>('listings.json');
const exchanges = readDataFile<ExchangesFile>('exchanges.json');
const ds = realDataset();

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const rowIndex = new Map(listings.columns.symbol.map((s, i) => [`${s} ${listings.tables.mic[listings.columns.mic[i]!]}`, i]));
/** The generated row of a listing, or undefined. */
const row = (symbol: string, mic: string): { name: string; isin: string } | undefined => {
  const i = rowIndex.get(`${symbolKey(symbol)} ${mic}`);
  return i === undefined ? undefined : { name: listings.columns.name[i]!, isin: listings.columns.isin[i]! };
};
const isSortedUnique = (keys: string[]): boolean => keys.every((k, i) => i === 0 || keys[i - 1]! < k);

describe('curated-adrs.json', () => {
  it('is sorted by ADR symbol, unique, with known venues and tiers', () => {
    expect(adrs.length).toBeGreaterThanOrEqual(40);
    expect(isSortedUnique(adrs.map((a) => a.adr))).toBe(true);
    for (const a of adrs) {
      expect(a.adr, a.adr).toBe(symbolKey(a.adr));
      expect(a.adr, a.adr).toMatch(/^[A-Z]{5}$/);
      expect(exchanges.mics[a.mic], a.adr).toBeDefined();
      expect(isOtcMic(a.mic), a.adr).toBe(false);
      expect([undefined, 'OTCQX', 'OTCQB', 'Pink'], a.adr).toContain(a.tier);
    }
  });

  it.each(adrs.map((a) => [a.adr, a] as const))('%s: the home listing exists and is the named company', (_adr, a) => {
    const home = row(a.detailsFrom ?? a.home, a.mic);
    expect(home, `${a.detailsFrom ?? a.home} on ${a.mic}`).toBeDefined();
    expect(fold(home!.name)).toContain(fold(a.company));
  });

  it.each(adrs.map((a) => [a.adr, a] as const))(
    '%s resolves on OTC to the home company, with a note naming the home listing',
    (_adr, a) => {
      const home = row(a.detailsFrom ?? a.home, a.mic)!;
      for (const exchange of ['OTC', 'OTCQX', 'OTCPINK', null]) {
        const company = ds.lookup({ symbol: a.adr, exchange });
        expect(company, `${exchange}:${a.adr}`).toMatchObject({ symbol: a.adr, name: home.name });
        expect(isOtcMic(company!.mic)).toBe(true);
        expect(company!.notes).toEqual([{ id: 'noteOtcAdr', args: [symbolKey(a.home), exchanges.mics[a.mic]!.name] }]);
        // The home share's ISIN is not the ADR's.
        if (home.isin) expect(company!.isin).not.toBe(home.isin);
      }
    },
  );
});

describe('curated-bse-codes.json', () => {
  it('holds six-digit codes, sorted and unique, and one code per NSE symbol', () => {
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(isSortedUnique(codes.map((c) => c.code))).toBe(true);
    for (const c of codes) expect(c.code).toMatch(/^5\d{5}$/);
    expect(new Set(codes.map((c) => c.nse)).size).toBe(codes.length);
  });

  it.each(codes.map((c) => [c.code, c] as const))('BSE:%s resolves to the company of its NSE listing', (_code, c) => {
    const nse = row(c.nse, 'XNSE');
    expect(nse, c.nse).toBeDefined();
    expect(fold(nse!.name)).toContain(fold(c.company));
    const company = ds.lookup({ symbol: c.code, exchange: 'BSE' });
    expect(company).toMatchObject({ symbol: c.code, mic: 'XBOM', exchange: 'BSE', name: nse!.name });
    if (nse!.isin) expect(company!.isin).toBe(nse!.isin);
  });
});

describe('curated-tw-names.json', () => {
  it('holds four-digit codes, sorted and unique, with a Chinese short name and an English name each', () => {
    expect(isSortedUnique(twNames.map((n) => n.code))).toBe(true);
    for (const n of twNames) {
      expect(n.code).toMatch(/^\d{4}$/);
      expect(n.short, n.code).toMatch(/^[\u3400-\u9fff]+$/);
      expect(n.name, n.code).toMatch(/^[A-Z][A-Za-z0-9 .,&()'-]+$/);
    }
  });

  it.each(twNames.map((n) => [n.code, n] as const))(
    'TWSE:%s resolves under its English name, its Chinese name kept as an alias',
    (_code, n) => {
      const company = ds.lookup({ symbol: n.code, exchange: 'TWSE' });
      expect(company).toMatchObject({ symbol: n.code, name: n.name });
      expect(company!.aliases).toContain(n.short);
      if (n.adr) {
        const adr = ds.lookup({ symbol: n.adr, exchange: null })!;
        expect(adr.mic, n.adr).toMatch(/^X(NYS|NAS|NGS)$/);
        expect(company).toMatchObject({ sector: adr.sector, industry: adr.industry, website: adr.website });
      }
    },
  );

  it("recognises a Chinese page's 台積電 (2330) as TSMC, not the Hong Kong listing with the same code", () => {
    const [m] = findMarked('今天台積電 (2330) 股價上漲');
    expect(m).toMatchObject({ symbol: '2330', form: 'name-bracket' });
    const company = ds.lookup({ symbol: m!.symbol, exchange: null, name: m!.nameBefore! });
    expect(company).toMatchObject({ name: 'Taiwan Semiconductor Manufacturing Company Limited', mic: 'XTAI' });
    expect(nameMatches(m!.nameBefore!, company!)).toBe(true);
  });

  it('names TSMC and ASE in English when a page writes their Taiwan suffix forms', () => {
    const found = findMarked('TSMC (2330.TW) and ASE (3711.TW) rose.').map(
      (m) => ds.lookup({ symbol: m.symbol, exchange: m.exchange })?.name,
    );
    expect(found).toEqual(['Taiwan Semiconductor Manufacturing Company Limited', 'ASE Technology Holding Co., Ltd.']);
  });
});

describe('as pages write them', () => {
  it('resolves OTCQX: NSRGY, BSE: 500209 and 500325.BO found by the ticker grammar', () => {
    const text = 'Nestlé (OTCQX: NSRGY) slipped, while Infosys (NSE: INFY; BSE: 500209) and Reliance Industries (500325.BO) rose.';
    const found = findMarked(text).map((m) => ds.lookup({ symbol: m.symbol, exchange: m.exchange }));
    expect(found.map((c) => c && [c.symbol, c.mic, c.name])).toEqual([
      ['NSRGY', 'OTCM', 'Nestle S.A.'],
      ['INFY', 'XNSE', 'Infosys Limited'],
      ['500209', 'XBOM', 'Infosys Limited'],
      ['500325', 'XBOM', 'Reliance Industries Limited'],
    ]);
  });
});

describe('curated listings (curated-listings.json)', () => {
  const curated = readJson<{ listings: { symbol: string; mic: string; name: string; source?: string }[] }>(
    './curated-listings.json',
  ).listings;

  it('are sorted by symbol and each names where its facts come from', () => {
    expect(curated.map((d) => d.symbol)).toEqual([...curated.map((d) => d.symbol)].sort());
    for (const d of curated) expect(d.source, d.symbol).toMatch(/\S{10}/);
  });

  it('resolve as pages wrote them, to the company that held the symbol, marked as no longer listed', () => {
    const text =
      'Transocean Partners (NYSE: RIGP) and SandRidge Mississippian Trust II (NYSE: SDR) fell; ハウスコム（東証一部 コード番号：3275）';
    const found = findMarked(text).map((m) => ds.lookup({ symbol: m.symbol, exchange: m.exchange }));
    expect(found.map((c) => c && [c.symbol, c.mic, c.name, c.delisted, c.notes?.[0]])).toEqual([
      ['RIGP', 'XNYS', 'Transocean Partners LLC', true, { id: 'noteLastSeen', args: [2016] }],
      ['SDR', 'XNYS', 'SandRidge Mississippian Trust II', true, { id: 'noteLastSeen', args: [2016] }],
      ['3275', 'XTKS', 'Housecom Corporation', true, { id: 'noteLastSeen', args: [2020] }],
    ]);
  });
});
