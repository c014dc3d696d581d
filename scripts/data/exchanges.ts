// Exchanges: which MICs a written exchange code may mean, and how each venue is named and spelled by Yahoo and
// Google. The venue table is kept here by hand; names and countries are checked against ISO 10383.
import { join } from 'node:path';
import { EXCHANGE_CODES } from '../../src/core/exchange-codes.ts';
import { DATA_FORMAT, type ExchangeInfo, type ExchangesFile } from '../../src/core/resolve/data-format.ts';
import { csvObjects, readText } from './io.ts';
import { titleCase } from './names.ts';

// Hand-kept: which MICs a written exchange code may mean, and how Yahoo / Google spell the venue.
// Names and countries are checked against (and filled from) the ISO 10383 list.
export const VENUES: Record<string, { code: string; yahoo: string; google: string; name?: string }> = {
  XNYS: { code: 'NYSE', name: 'New York Stock Exchange', yahoo: '', google: 'NYSE' },
  XASE: { code: 'NYSEAMERICAN', yahoo: '', google: 'NYSEAMERICAN', name: 'NYSE American' },
  ARCX: { code: 'NYSEARCA', yahoo: '', google: 'NYSEARCA', name: 'NYSE Arca' },
  XNAS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq' },
  XNGS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Global Select Market' },
  XNMS: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Global Market' },
  XNCM: { code: 'NASDAQ', yahoo: '', google: 'NASDAQ', name: 'Nasdaq Capital Market' },
  BATS: { code: 'CBOE', yahoo: '', google: 'BATS', name: 'Cboe BZX' },
  OTCM: { code: 'OTC', yahoo: '', google: 'OTCMKTS', name: 'OTC Markets' },
  OTCQ: { code: 'OTCQX', yahoo: '', google: 'OTCMKTS', name: 'OTCQX' },
  OTCB: { code: 'OTCQB', yahoo: '', google: 'OTCMKTS', name: 'OTCQB' },
  PINX: { code: 'OTCPINK', yahoo: '', google: 'OTCMKTS', name: 'OTC Pink' },
  XTSE: { code: 'TSX', yahoo: '.TO', google: 'TSE', name: 'Toronto Stock Exchange' },
  XTSX: { code: 'TSXV', yahoo: '.V', google: 'CVE', name: 'TSX Venture Exchange' },
  XCNQ: { code: 'CSE', yahoo: '.CN', google: 'CNSX', name: 'Canadian Securities Exchange' },
  NEOE: { code: 'NEO', yahoo: '.NE', google: 'NEO', name: 'Cboe Canada' },
  XLON: { code: 'LON', yahoo: '.L', google: 'LON', name: 'London Stock Exchange' },
  AIMX: { code: 'AIM', yahoo: '.L', google: 'LON', name: 'London Stock Exchange AIM' },
  XTKS: { code: 'TYO', yahoo: '.T', google: 'TYO', name: 'Tokyo Stock Exchange' },
  XHKG: { code: 'HKG', yahoo: '.HK', google: 'HKG', name: 'Hong Kong Stock Exchange' },
  XASX: { code: 'ASX', yahoo: '.AX', google: 'ASX', name: 'Australian Securities Exchange' },
  XETR: { code: 'XETRA', yahoo: '.DE', google: 'ETR', name: 'Xetra' },
  XFRA: { code: 'FRA', yahoo: '.F', google: 'FRA', name: 'Frankfurt Stock Exchange' },
  XPAR: { code: 'EPA', yahoo: '.PA', google: 'EPA', name: 'Euronext Paris' },
  XAMS: { code: 'AMS', yahoo: '.AS', google: 'AMS', name: 'Euronext Amsterdam' },
  XBRU: { code: 'EBR', yahoo: '.BR', google: 'EBR', name: 'Euronext Brussels' },
  XMIL: { code: 'BIT', yahoo: '.MI', google: 'BIT', name: 'Borsa Italiana' },
  XSWX: { code: 'SWX', yahoo: '.SW', google: 'SWX', name: 'SIX Swiss Exchange' },
  XMAD: { code: 'BME', yahoo: '.MC', google: 'BME', name: 'Bolsa de Madrid' },
  XSTO: { code: 'STO', yahoo: '.ST', google: 'STO', name: 'Nasdaq Stockholm' },
  XCSE: { code: 'CPH', yahoo: '.CO', google: 'CPH', name: 'Nasdaq Copenhagen' },
  XHEL: { code: 'HEL', yahoo: '.HE', google: 'HEL', name: 'Nasdaq Helsinki' },
  XOSL: { code: 'OSL', yahoo: '.OL', google: 'OSL', name: 'Oslo Børs' },
  XNSE: { code: 'NSE', yahoo: '.NS', google: 'NSE', name: 'National Stock Exchange of India' },
  XBOM: { code: 'BSE', yahoo: '.BO', google: 'BOM', name: 'BSE (Bombay Stock Exchange)' },
  XKRX: { code: 'KRX', yahoo: '.KS', google: 'KRX', name: 'Korea Exchange (KOSPI)' },
  XKOS: { code: 'KOSDAQ', yahoo: '.KQ', google: 'KOSDAQ', name: 'Korea Exchange (KOSDAQ)' },
  XTAI: { code: 'TWSE', yahoo: '.TW', google: 'TPE', name: 'Taiwan Stock Exchange' },
  ROCO: { code: 'TPE', yahoo: '.TWO', google: 'TPE', name: 'Taipei Exchange (TPEx)' },
  XSES: { code: 'SGX', yahoo: '.SI', google: 'SGX', name: 'Singapore Exchange' },
  XJSE: { code: 'JSE', yahoo: '.JO', google: 'JSE', name: 'Johannesburg Stock Exchange' },
  XNZE: { code: 'NZX', yahoo: '.NZ', google: 'NZE', name: 'NZX' },
  XSHG: { code: 'SHA', yahoo: '.SS', google: 'SHA', name: 'Shanghai Stock Exchange' },
  XSHE: { code: 'SHE', yahoo: '.SZ', google: 'SHE', name: 'Shenzhen Stock Exchange' },
  XTAE: { code: 'TLV', yahoo: '.TA', google: 'TLV', name: 'Tel Aviv Stock Exchange' },
  BVMF: { code: 'B3', yahoo: '.SA', google: 'BVMF', name: 'B3 (Brasil Bolsa Balcão)' },
  XMEX: { code: 'BMV', yahoo: '.MX', google: 'BMV', name: 'Bolsa Mexicana de Valores' },
};

export const US_MICS = ['XNYS', 'XASE', 'ARCX', 'XNAS', 'XNGS', 'XNMS', 'XNCM', 'BATS', 'OTCM', 'OTCQ', 'OTCB', 'PINX'];
export const OTC_MICS = ['OTCQ', 'OTCB', 'PINX', 'OTCM'];
const NASDAQ_MICS = ['XNAS', 'XNGS', 'XNMS', 'XNCM'];

// Code -> MICs. Codes that are spellings of another (LSE, HKEX, ETR, SIX, TWSE's TPE) share its venue.
const CODE_MICS: Record<string, { mics: string[]; fallback?: string[]; venue: string }> = {
  NYSE: { mics: ['XNYS'], fallback: ['XASE', 'ARCX', 'BATS'], venue: 'XNYS' },
  NYSEAMERICAN: { mics: ['XASE'], fallback: ['XNYS', 'ARCX'], venue: 'XASE' },
  NYSEARCA: { mics: ['ARCX'], fallback: ['XNYS', 'XASE', 'BATS'], venue: 'ARCX' },
  NASDAQ: { mics: NASDAQ_MICS, venue: 'XNAS' },
  CBOE: { mics: ['BATS'], fallback: ['ARCX'], venue: 'BATS' },
  OTC: { mics: OTC_MICS, venue: 'OTCM' },
  OTCQX: { mics: OTC_MICS, venue: 'OTCQ' },
  OTCQB: { mics: OTC_MICS, venue: 'OTCB' },
  OTCPINK: { mics: OTC_MICS, venue: 'PINX' },
  TSX: { mics: ['XTSE'], fallback: ['XTSX'], venue: 'XTSE' },
  TSXV: { mics: ['XTSX'], fallback: ['XTSE'], venue: 'XTSX' },
  CSE: { mics: ['XCNQ'], venue: 'XCNQ' },
  NEO: { mics: ['NEOE'], venue: 'NEOE' },
  LON: { mics: ['XLON', 'AIMX'], venue: 'XLON' },
  LSE: { mics: ['XLON', 'AIMX'], venue: 'XLON' },
  AIM: { mics: ['AIMX', 'XLON'], venue: 'AIMX' },
  TYO: { mics: ['XTKS'], venue: 'XTKS' },
  // TSE is Tokyo for a numeric code and Toronto otherwise; exchanges.ts picks per symbol. Listed as Tokyo here.
  TSE: { mics: ['XTKS'], venue: 'XTKS' },
  HKG: { mics: ['XHKG'], venue: 'XHKG' },
  HKEX: { mics: ['XHKG'], venue: 'XHKG' },
  ASX: { mics: ['XASX'], venue: 'XASX' },
  ETR: { mics: ['XETR'], fallback: ['XFRA'], venue: 'XETR' },
  XETRA: { mics: ['XETR'], fallback: ['XFRA'], venue: 'XETR' },
  // No Frankfurt floor data exists in the sources: a Frankfurt mention falls back to the Xetra listing.
  FRA: { mics: ['XFRA'], fallback: ['XETR'], venue: 'XFRA' },
  EPA: { mics: ['XPAR'], venue: 'XPAR' },
  AMS: { mics: ['XAMS'], venue: 'XAMS' },
  EBR: { mics: ['XBRU'], venue: 'XBRU' },
  BIT: { mics: ['XMIL'], venue: 'XMIL' },
  SWX: { mics: ['XSWX'], venue: 'XSWX' },
  SIX: { mics: ['XSWX'], venue: 'XSWX' },
  BME: { mics: ['XMAD'], venue: 'XMAD' },
  STO: { mics: ['XSTO'], venue: 'XSTO' },
  CPH: { mics: ['XCSE'], venue: 'XCSE' },
  HEL: { mics: ['XHEL'], venue: 'XHEL' },
  OSL: { mics: ['XOSL'], venue: 'XOSL' },
  NSE: { mics: ['XNSE'], fallback: ['XBOM'], venue: 'XNSE' },
  BSE: { mics: ['XBOM'], fallback: ['XNSE'], venue: 'XBOM' },
  KRX: { mics: ['XKRX', 'XKOS'], venue: 'XKRX' },
  KOSDAQ: { mics: ['XKOS'], fallback: ['XKRX'], venue: 'XKOS' },
  // Google Finance writes TPE for the Taiwan Stock Exchange; Yahoo's .TWO suffix (TPEx) is folded onto TPE too.
  TPE: { mics: ['XTAI', 'ROCO'], venue: 'ROCO' },
  TWSE: { mics: ['XTAI'], fallback: ['ROCO'], venue: 'XTAI' },
  SGX: { mics: ['XSES'], venue: 'XSES' },
  JSE: { mics: ['XJSE'], venue: 'XJSE' },
  NZX: { mics: ['XNZE'], venue: 'XNZE' },
  SHA: { mics: ['XSHG'], venue: 'XSHG' },
  SHE: { mics: ['XSHE'], venue: 'XSHE' },
  TLV: { mics: ['XTAE'], venue: 'XTAE' },
  B3: { mics: ['BVMF'], venue: 'BVMF' },
  BMV: { mics: ['XMEX'], venue: 'XMEX' },
};

export function buildExchanges(shared: string): ExchangesFile {
  const iso = new Map<string, Record<string, string>>();
  for (const row of csvObjects(readText(join(shared, 'reference/iso10383_mic.csv')))) iso.set(row.MIC!, row);
  const mics: ExchangesFile['mics'] = {};
  for (const mic of Object.keys(VENUES).sort()) {
    const venue = VENUES[mic]!;
    const isoRow = iso.get(mic);
    if (!isoRow) throw new Error(`MIC ${mic} is not in the ISO 10383 list`);
    mics[mic] = {
      code: venue.code,
      name: venue.name ?? titleCase(isoRow.MARKET_NAME_INSTITUTION_DESCRIPTION ?? mic),
      country: isoRow.ISO_COUNTRY_CODE ?? '',
      yahooSuffix: venue.yahoo,
      googlePrefix: venue.google,
    };
  }
  const codes: Record<string, ExchangeInfo> = {};
  for (const code of [...EXCHANGE_CODES].sort()) {
    const entry = CODE_MICS[code];
    if (!entry) throw new Error(`exchange code ${code} has no MIC mapping`);
    const venue = mics[entry.venue]!;
    codes[code] = {
      code,
      name: venue.name,
      country: venue.country,
      mics: entry.mics,
      ...(entry.fallback ? { fallbackMics: entry.fallback } : {}),
      yahooSuffix: venue.yahooSuffix,
      googlePrefix: venue.googlePrefix,
    };
  }
  return { format: DATA_FORMAT, codes, mics };
}

/** Listings from one country group can be renamed into each other: all US venues, else one MIC. */
export function micGroup(mic: string): string {
  if (US_MICS.includes(mic)) return 'US';
  return mic;
}
