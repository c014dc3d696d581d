// Exchange codes as pages write them (NYSE, TYO, LON, TSE...) -> ISO 10383 MICs, and a listing's spelling on
// Yahoo Finance, Google Finance and SEC EDGAR. The table is small (src/data/exchanges.json), so it is imported
// directly and can be used in the content script too.

import exchangesData from '../../data/exchanges.json';
import type { Company } from '../types.ts';
import type { ExchangeInfo, ExchangesFile } from './data-format.ts';
import { isNumericSymbol } from './symbols.ts';

const EXCHANGES = exchangesData as ExchangesFile;

/** Tokyo for a numeric code (TSE: 9984), Toronto otherwise (TSE: RY): both exchanges call themselves TSE. */
function canonicalCode(code: string, symbol?: string): string {
  const upper = code.trim().toUpperCase();
  if (upper === 'TSE' && symbol !== undefined && !isNumericSymbol(symbol)) return 'TSX';
  return upper;
}

/** What we know about an exchange code (case-insensitive), or null for a code we do not know. */
export function exchangeInfo(code: string, symbol?: string): ExchangeInfo | null {
  return EXCHANGES.codes[canonicalCode(code, symbol)] ?? null;
}

/** MICs to search for `symbol` written with exchange `code`: the primary ones, then fallbacks. Null when unknown. */
export function micsFor(code: string, symbol: string): { mics: string[]; fallbackMics: string[] } | null {
  const info = exchangeInfo(code, symbol);
  if (!info) return null;
  return { mics: info.mics, fallbackMics: info.fallbackMics ?? [] };
}

/** Our canonical exchange code for a MIC (XNGS -> NASDAQ, XTKS -> TYO), or the MIC itself when unknown. */
export function codeForMic(mic: string): string {
  return EXCHANGES.mics[mic]?.code ?? mic;
}

export function venueName(mic: string): string | undefined {
  return EXCHANGES.mics[mic]?.name;
}

const US_COUNTRY = 'US';

export function isUsMic(mic: string): boolean {
  return EXCHANGES.mics[mic]?.country === US_COUNTRY;
}

export function isOtcMic(mic: string): boolean {
  return ['OTC', 'OTCQX', 'OTCQB', 'OTCPINK'].includes(codeForMic(mic));
}

/** Yahoo Finance symbol: BRK-B, 6758.T, BP.L, 0700.HK, RCI-B.TO. */
export function yahooSymbol(company: Pick<Company, 'symbol' | 'mic'>): string {
  const venue = EXCHANGES.mics[company.mic];
  const symbol = company.symbol.replace(/\./g, '-');
  if (company.mic === 'XHKG' && /^\d+$/.test(symbol)) return `${symbol.replace(/^0+/, '').padStart(4, '0')}.HK`;
  return `${symbol}${venue?.yahooSuffix ?? ''}`;
}

/** Google Finance symbol, SYMBOL:PREFIX as in its quote URLs: 6758:TYO, SONY:NYSE, BRK.B:NYSE, 700:HKG. */
export function googleFinanceSymbol(company: Pick<Company, 'symbol' | 'mic'>): string {
  const prefix = EXCHANGES.mics[company.mic]?.googlePrefix ?? codeForMic(company.mic);
  const symbol = company.mic === 'XHKG' ? company.symbol.replace(/^0+(?=\d)/, '') : company.symbol;
  return `${symbol}:${prefix}`;
}

/** The company's filings on SEC EDGAR. */
export function edgarUrl(cik: number): string {
  return `https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${String(cik).padStart(10, '0')}`;
}
