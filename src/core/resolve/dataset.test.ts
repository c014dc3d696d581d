import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Company } from '../types.ts';
import { companyDetails, createDataset, summaryFile } from './dataset.ts';
import { SUMMARY_MAX_LENGTH, type HistoryFile, type ListingsFile } from './data-format.ts';
import { realDataset, repoPath } from '../../cli/node-dataset.ts';

const ds = realDataset();
const find = (symbol: string, exchange: string | null = null): Company | null => ds.lookup({ symbol, exchange });

describe('lookup on the generated data', () => {
  it('resolves an old NYSE symbol to the current company: NYSE:SNE -> Sony Group, SONY', () => {
    const sony = find('SNE', 'NYSE');
    expect(sony).toMatchObject({
      symbol: 'SONY',
      name: 'Sony Group Corporation',
      mic: 'XNYS',
      exchange: 'NYSE',
      formerSymbol: 'SNE',
      symbolChangedYear: 2021,
    });
    expect(sony?.formerNames).toContain('Sony Corporation');
    expect(sony?.aliases).toEqual(expect.arrayContaining(['Sony', 'Sony Group Corporation', 'Sony Corporation']));
  });

  it('finds Tokyo listings by their code: TYO:6758 is Sony Group', () => {
    expect(find('6758', 'TYO')).toMatchObject({ symbol: '6758', name: 'Sony Group Corporation', mic: 'XTKS', exchange: 'TYO' });
  });

  it("describes a company's listings in one taxonomy: Sony and Toyota read alike in New York and Tokyo", () => {
    for (const [us, tokyo] of [
      ['SNE', '6758'],
      ['TM', '7203'],
    ] as const) {
      const a = find(us, 'NYSE')!;
      const b = find(tokyo, 'TYO')!;
      expect(a.sector, us).toBeTruthy();
      expect([a.sector, a.industry], us).toEqual([b.sector, b.industry]);
    }
    expect(find('SNE', 'NYSE')?.sector).not.toBe('Consumer Staples');
  });

  it('keeps a renamed-then-acquired company under the name the page used, with what happened next', () => {
    const feye = find('FEYE', 'NASDAQ');
    expect(feye?.name).toMatch(/FireEye/);
    expect(feye?.notes).toEqual([
      { id: 'noteBecame', args: [expect.stringMatching(/Mandiant/), 'MNDT', 2021] },
      { id: 'noteAcquiredBy', args: ['Alphabet (Google)', 2022] },
    ]);
    expect(feye?.aliases).toContain('Mandiant');
    // Nothing trades as FEYE or MNDT any more; Sony (renamed, still listed) does.
    expect(feye?.delisted).toBe(true);
    expect(find('SNE', 'NYSE')?.delisted).toBeUndefined();
    expect(find('MNDT')).toMatchObject({ name: 'Mandiant Inc.', notes: [{ id: 'noteAcquiredBy', args: ['Alphabet (Google)', 2022] }] });
  });

  it('resolves FB to Meta even though a fund took the symbol over later', () => {
    for (const exchange of [null, 'NASDAQ']) {
      const meta = find('FB', exchange);
      expect(meta).toMatchObject({ symbol: 'META', formerSymbol: 'FB', symbolChangedYear: 2022 });
      expect(meta?.formerNames).toContain('Facebook, Inc.');
    }
    // Asked on the fund's own venue, the fund is the answer.
    expect(find('FB', 'CBOE')?.name).toMatch(/ETF/);
  });

  it('still resolves a delisted company, with the year it left', () => {
    const twtr = find('TWTR');
    expect(twtr).toMatchObject({ symbol: 'TWTR', mic: 'XNYS', cik: 1418091 });
    expect(twtr?.name).toMatch(/Twitter/);
    expect(twtr?.notes).toEqual([{ id: 'noteTakenPrivateBy', args: [expect.stringMatching(/Elon Musk/), 2022] }]);
  });

  it('resolves plain US symbols and cashtags to the US primary listing', () => {
    expect(find('AAPL')).toMatchObject({ symbol: 'AAPL', name: 'Apple Inc.', exchange: 'NASDAQ', cik: 320193, country: 'United States' });
    expect(find('BP')).toMatchObject({ exchange: 'NYSE', name: 'BP p.l.c.' });
    expect(find('RY')?.exchange).toBe('NYSE');
  });

  it('treats BRK.B, BRK-B and BRK/B as one symbol', () => {
    for (const spelling of ['BRK.B', 'BRK-B', 'BRK/B', 'brk.b']) {
      expect(find(spelling)).toMatchObject({ symbol: 'BRK.B', name: 'Berkshire Hathaway Inc.', exchange: 'NYSE' });
    }
  });

  it('finds suffix-form listings on their exchange', () => {
    expect(find('BP', 'LON')).toMatchObject({ symbol: 'BP', exchange: 'LON', mic: 'XLON', name: 'BP p.l.c.' });
    expect(find('RY', 'TSX')).toMatchObject({ exchange: 'TSX', mic: 'XTSE', name: 'Royal Bank of Canada' });
    expect(find('SAP', 'XETRA')).toMatchObject({ exchange: 'XETRA', mic: 'XETR', name: 'SAP SE' });
    expect(find('005930', 'KRX')).toMatchObject({ mic: 'XKRX', name: 'Samsung Electronics Co., Ltd.' });
  });

  it('pads Hong Kong codes: 0700.HK and HKG:700 are both Tencent', () => {
    for (const symbol of ['0700', '700', '00700']) {
      expect(find(symbol, 'HKG')).toMatchObject({ symbol: '0700', mic: 'XHKG' });
      expect(find(symbol, 'HKG')?.name).toMatch(/Tencent/);
    }
  });

  it('reads TSE as Tokyo for numbers and Toronto for letters', () => {
    expect(find('9984', 'TSE')).toMatchObject({ mic: 'XTKS', exchange: 'TYO', name: 'SoftBank Group Corp.' });
    expect(find('RY', 'TSE')).toMatchObject({ mic: 'XTSE', exchange: 'TSX', name: 'Royal Bank of Canada' });
  });

  it('limits an exchange-prefixed lookup to that exchange, with NYSE also finding NYSE Arca and American', () => {
    expect(find('AAPL', 'LON')).toBeNull();
    expect(find('SPY', 'NYSE')).toMatchObject({ symbol: 'SPY', mic: 'ARCX' });
    expect(find('BLDP', 'NASDAQ')).toMatchObject({ mic: 'XNMS' });
    expect(find('BLDP', 'TSX')).toMatchObject({ mic: 'XTSE' });
  });

  it('finds a company that moved between US exchanges under the venue the page wrote, and says where it trades', () => {
    const shop = find('SHOP', 'NYSE');
    expect(shop).toMatchObject({ symbol: 'SHOP', name: 'Shopify Inc.', mic: 'XNGS', exchange: 'NASDAQ' });
    expect(shop?.notes).toEqual([{ id: 'noteListedOn', args: ['NASDAQ', 'NYSE'] }]);
    expect(find('IBM', 'NASDAQ')).toMatchObject({ symbol: 'IBM', mic: 'XNYS', notes: [{ id: 'noteListedOn', args: ['NYSE', 'NASDAQ'] }] });
    // Only within the US: a symbol is one security across US venues, not across countries.
    expect(find('SHOP', 'LON')).toBeNull();
    expect(find('VOD', 'TYO')).toBeNull();
  });

  it('lets the name written before the bracket pick among listings that share a symbol', () => {
    const named = (symbol: string, name: string) => ds.lookup({ symbol, exchange: null, name });
    expect(find('TSCO')).toMatchObject({ name: 'Tractor Supply Company', exchange: 'NASDAQ' });
    expect(named('TSCO', 'shares of Tesco')).toMatchObject({ name: 'Tesco PLC', exchange: 'LON' });
    expect(named('TSCO', 'Tractor Supply')).toMatchObject({ exchange: 'NASDAQ' });
    expect(named('RKT', 'Reckitt')).toMatchObject({ name: 'Reckitt Benckiser Group plc', exchange: 'LON' });
    // A name no listing has changes nothing (the page's name check then turns the mention down).
    expect(named('TSCO', 'chief executive')).toMatchObject({ exchange: 'NASDAQ' });
    // Still a US listing first when the name fits several (BP in New York and London).
    expect(named('BP', 'BP')).toMatchObject({ exchange: 'NYSE' });
  });

  it('finds Nordic share classes however they are written', () => {
    for (const written of ['NOVO B', 'NOVO-B', 'NOVO.B'])
      expect(find(written, 'CPH'), written).toMatchObject({ symbol: 'NOVO.B', name: 'Novo Nordisk A/S' });
    expect(find('VOLV B', 'STO')).toMatchObject({ symbol: 'VOLV.B', mic: 'XSTO' });
  });

  it('reads a five-digit Hong Kong code without an exchange (Tencent (00700))', () => {
    expect(ds.lookup({ symbol: '00700', exchange: null, name: 'Tencent' })).toMatchObject({ symbol: '0700', mic: 'XHKG' });
  });

  it('follows NSE symbol changes', () => {
    expect(find('TATAMOTORS', 'NSE')).toMatchObject({ symbol: 'TMPV', formerSymbol: 'TATAMOTORS', symbolChangedYear: 2025 });
    expect(find('INFOSYSTCH', 'NSE')).toMatchObject({ symbol: 'INFY', name: 'Infosys Limited' });
  });

  it("finds OTC ADRs of foreign companies with the home listing's details and a note naming it", () => {
    const nestle = find('NSRGY', 'OTCQX');
    expect(nestle).toMatchObject({
      symbol: 'NSRGY',
      name: 'Nestle S.A.',
      mic: 'OTCM',
      exchange: 'OTC',
      country: 'Switzerland',
      website: 'https://www.nestle.com',
    });
    expect(nestle?.notes).toEqual([{ id: 'noteOtcAdr', args: ['NESN', 'SIX Swiss Exchange'] }]);
    expect(find('NSRGY')).toMatchObject({ symbol: 'NSRGY', mic: 'OTCM' });
    // One the SEC already lists keeps its own CIK and ADR ISIN.
    expect(find('DTEGY', 'OTC')).toMatchObject({
      name: 'Deutsche Telekom AG',
      cik: 946770,
      isin: 'US2515661054',
      notes: [{ id: 'noteOtcAdr', args: ['DTE', 'Xetra'] }],
    });
    expect(find('NSRGY', 'SWX')).toBeNull();
  });

  it('finds BSE listings by scrip code, as written with a prefix or the .BO suffix', () => {
    expect(find('500209', 'BSE')).toMatchObject({
      symbol: '500209',
      name: 'Infosys Limited',
      mic: 'XBOM',
      exchange: 'BSE',
      isin: 'INE009A01021',
    });
    expect(find('500325', 'BSE')).toMatchObject({ symbol: '500325', name: 'Reliance Industries Limited', mic: 'XBOM' });
    expect(find('500570', 'BSE')?.formerNames).toContain('Tata Motors Limited');
    // The NSE symbol on BSE still falls back to the NSE listing.
    expect(find('INFY', 'BSE')).toMatchObject({ symbol: 'INFY', mic: 'XNSE' });
  });

  it('answers null for symbols nobody lists', () => {
    expect(find('ZZZZQX')).toBeNull();
    expect(find('QQQQQ', 'NYSE')).toBeNull();
    expect(find('')).toBeNull();
    expect(find('AAPL', 'NOTANEXCHANGE')).toMatchObject({ symbol: 'AAPL' });
  });

  it('answers a batch in order', () => {
    const out = ds.lookupMany([
      { symbol: 'AAPL', exchange: null },
      { symbol: 'ZZZZQX', exchange: null },
      { symbol: 'SNE', exchange: 'NYSE' },
    ]);
    expect(out.map((c) => c?.symbol ?? null)).toEqual(['AAPL', null, 'SONY']);
  });
});

describe('the fixture pages', () => {
  interface Label {
    text: string;
    symbol: string;
    exchange: string | null;
    name: string;
  }
  const cases = JSON.parse(readFileSync(repoPath('tests/fixtures/cases.json'), 'utf8')) as { file: string; tickers: Label[] }[];
  const labels = cases.flatMap((c) => c.tickers);

  it.each(labels.map((l) => [l.text, l] as const))('%s resolves to the labelled company', (_text, label) => {
    const company = find(label.symbol, label.exchange);
    const fold = (s: string): string =>
      s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    expect(company, label.text).not.toBeNull();
    expect(fold(company!.name)).toContain(fold(label.name));
  });

  it('includes the labels only the curated tables answer (an OTC ADR, a BSE scrip code)', () => {
    expect(labels.map((l) => `${l.exchange}:${l.symbol}`)).toEqual(expect.arrayContaining(['OTCQX:NSRGY', 'BSE:500209']));
  });
});

describe('companyDetails', () => {
  it('fills the summary from the shard that summaryFile names', () => {
    const sony = find('6758', 'TYO')!;
    const path = summaryFile(sony);
    expect(path).toMatch(/^\/data\/summaries\/\d\d\.json\.gz$/);
    const shard = JSON.parse(readFileSync(repoPath('src', path.replace(/\.gz$/, '')), 'utf8')) as Record<string, string>;
    const detailed = companyDetails(sony, shard);
    expect(detailed.summary).toMatch(/^Sony Group Corporation/);
    expect(detailed.summary!.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(sony.summary).toBeUndefined();
    expect(companyDetails(sony, {}).summary).toBeUndefined();
  });
});

describe('createDataset on a tiny hand-made dataset', () => {
  const listings: ListingsFile = {
    format: 1,
    tables: {
      mic: ['', 'BATS', 'XNGS', 'XTKS'],
      country: ['', 'Japan'],
      sector: [''],
      industry: [''],
      cap: ['', 'Large Cap', 'Small Cap'],
    },
    columns: {
      symbol: ['ABC', 'ABC', 'NEWCO'],
      name: ['ABC Buffer ETF', 'ABC Kogyo K.K.', 'Newco Inc.'],
      mic: [1, 3, 2],
      country: [0, 1, 0],
      sector: [0, 0, 0],
      industry: [0, 0, 0],
      cap: [0, 1, 2],
      isin: ['', '', ''],
      cik: [0, 0, 7],
      website: ['', '~abc.jp', ''],
    },
    funds: [0],
    former: {},
    alt: {},
  };
  const history: HistoryFile = {
    format: 1,
    entries: [
      { s: 'ABC', m: 'XNAS', n: 'Oldco Inc.', y: 2020, to: 'NEWCO' },
      { s: 'GONE', m: 'XNYS', n: 'Gone Corp.', y: 2019, u: 1 },
    ],
  };
  const tiny = createDataset({ listings, history });

  it('prefers a renamed US company over a fund that reuses its symbol, and a US listing over a larger foreign one', () => {
    expect(tiny.lookup({ symbol: 'ABC', exchange: null })).toMatchObject({
      symbol: 'NEWCO',
      formerSymbol: 'ABC',
      formerNames: ['Oldco Inc.'],
    });
    expect(tiny.lookup({ symbol: 'ABC', exchange: 'TYO' })).toMatchObject({ name: 'ABC Kogyo K.K.', website: 'https://www.abc.jp' });
  });

  it('describes a listing whose end the data cannot date', () => {
    expect(tiny.lookup({ symbol: 'GONE', exchange: 'NYSE' })?.notes).toEqual([{ id: 'noteLastSeen', args: [2019] }]);
  });
});

describe('recycled symbols: the listing that held the symbol at the page date', () => {
  it('NYSE:S on a 2015 page is Sprint, which merged into T-Mobile US; on a 2022 page or undated it is SentinelOne', () => {
    const sprint = ds.lookup({ symbol: 'S', exchange: 'NYSE', date: '2015-03-12' });
    expect(sprint).toMatchObject({ symbol: 'S', name: 'Sprint Corporation', mic: 'XNYS', delisted: true });
    expect(sprint?.successor).toEqual({ symbol: 'TMUS', name: 'T-Mobile US, Inc.' });
    expect(sprint?.notes).toEqual([
      { id: 'noteRecycledWas', args: ['S', 'Sprint Corporation', 2015] },
      { id: 'noteRecycledMerged', args: ['Sprint Corporation', 'T-Mobile US, Inc.', 'TMUS', 2020] },
      { id: 'noteRecycledNow', args: ['S', expect.stringMatching(/SentinelOne/), 2021] },
    ]);
    expect(ds.lookup({ symbol: 'S', exchange: 'NYSE', date: '2022-01-10' })?.name).toMatch(/SentinelOne/);
    expect(find('S', 'NYSE')?.name).toMatch(/SentinelOne/);
    // A year-month date works too; the swap date is the next holder's first day.
    expect(ds.lookup({ symbol: 'S', exchange: 'NYSE', date: '2019-11' })?.name).toBe('Sprint Corporation');
  });

  it('the name before the bracket decides over the date, both ways', () => {
    expect(ds.lookup({ symbol: 'S', exchange: null, name: 'Sprint' })?.name).toBe('Sprint Corporation');
    expect(ds.lookup({ symbol: 'S', exchange: 'NYSE', name: 'Sprint Corp.', date: '2023-05-01' })?.name).toBe('Sprint Corporation');
    expect(ds.lookup({ symbol: 'S', exchange: 'NYSE', name: 'SentinelOne', date: '2015-01-01' })?.name).toMatch(/SentinelOne/);
  });

  it('an acquired earlier holder names its buyer; symbols never recycled ignore the date', () => {
    const pandora = ds.lookup({ symbol: 'P', exchange: 'NYSE', date: '2015-06-01' });
    expect(pandora).toMatchObject({ name: 'Pandora Media, Inc.', successor: { symbol: 'SIRI' } });
    expect(pandora?.notes?.[1]).toEqual({
      id: 'noteRecycledAcquired',
      args: ['Pandora Media, Inc.', 'Sirius XM Holdings Inc.', 'SIRI', 2019],
    });
    expect(ds.lookup({ symbol: 'AAPL', exchange: null, date: '2015-01-01' })).toMatchObject({ symbol: 'AAPL', name: 'Apple Inc.' });
    expect(ds.lookup({ symbol: 'SNE', exchange: 'NYSE', date: '2015-01-01' })).toMatchObject({ symbol: 'SONY', formerSymbol: 'SNE' });
    // Another country's listing of the letters is not the US symbol's earlier holder.
    expect(ds.lookup({ symbol: 'S', exchange: 'TSX', date: '2015-01-01' })?.name).not.toBe('Sprint Corporation');
  });

  it('on a small dataset: the earliest holder after the date, and nothing without a date or a name', () => {
    const listings: ListingsFile = {
      format: 1,
      tables: { mic: ['', 'XNYS'], country: [''], sector: [''], industry: [''], cap: [''] },
      columns: {
        symbol: ['Z'],
        name: ['Zeta Inc.'],
        mic: [1],
        country: [0],
        sector: [0],
        industry: [0],
        cap: [0],
        isin: [''],
        cik: [0],
        website: [''],
      },
      funds: [],
      former: {},
      alt: {},
    };
    const history: HistoryFile = {
      format: 1,
      entries: [],
      recycled: [
        { s: 'Z', m: 'XNYS', n: 'Alpha Corp.', f: 2010, y: 2012, r: '2014-01-02' },
        { s: 'Z', m: 'XNYS', n: 'Beta Corp.', f: 2014, y: 2016, r: '2020-05-06' },
      ],
    };
    const tiny = createDataset({ listings, history });
    expect(tiny.lookup({ symbol: 'Z', exchange: 'NYSE', date: '2011-01-01' })?.name).toBe('Alpha Corp.');
    expect(tiny.lookup({ symbol: 'Z', exchange: 'NYSE', date: '2015-01-01' })?.name).toBe('Beta Corp.');
    expect(tiny.lookup({ symbol: 'Z', exchange: 'NYSE', date: '2020-05-06' })?.name).toBe('Zeta Inc.');
    expect(tiny.lookup({ symbol: 'Z', exchange: 'NYSE' })?.name).toBe('Zeta Inc.');
    expect(tiny.lookup({ symbol: 'Z', exchange: null, name: 'Alpha', date: '2019-01-01' })?.name).toBe('Alpha Corp.');
    expect(tiny.lookup({ symbol: 'Z', exchange: 'NYSE', date: '2015-01-01' })?.notes).toEqual([
      { id: 'noteRecycledWas', args: ['Z', 'Beta Corp.', 2015] },
      { id: 'noteRecycledNow', args: ['Z', 'Zeta Inc.', 2020] },
    ]);
  });
});
