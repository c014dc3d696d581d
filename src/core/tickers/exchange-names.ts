// How pages spell an exchange in front of a symbol ("Nasdaq GS:", "NYSE American:", "TSX-V:"), folded onto
// the shared EXCHANGE_CODES. Matching is case-sensitive on purpose: a code is accepted in capitals, and only
// the distinctive mixed-case spellings listed here ("Nasdaq", "Cboe", "Xetra") are accepted as written, so that
// "She: OK" or "Six: ..." at the start of a sentence never reads as Shenzhen or SIX Swiss.
import { EXCHANGE_CODES, type ExchangeCode } from '../exchange-codes.ts';

// A space stands for "optional space, hyphen or dot" (NYSE American, NYSEAMERICAN, TSX-V, TSX.V).
const SPELLINGS: readonly (readonly [string, ExchangeCode])[] = [
  ['NYSE American', 'NYSEAMERICAN'],
  ['NYSE MKT', 'NYSEAMERICAN'],
  ['NYSE Amex', 'NYSEAMERICAN'],
  ['AMEX', 'NYSEAMERICAN'],
  ['NYSE Arca', 'NYSEARCA'],
  ['Nasdaq GS', 'NASDAQ'],
  ['Nasdaq GM', 'NASDAQ'],
  ['Nasdaq CM', 'NASDAQ'],
  ['Nasdaq', 'NASDAQ'],
  ['Cboe', 'CBOE'],
  ['BATS', 'CBOE'],
  ['OTC Pink', 'OTCPINK'],
  ['OTC Markets', 'OTC'],
  ['OTCMKTS', 'OTC'],
  ['OTCBB', 'OTC'],
  ['TSX Venture', 'TSXV'],
  ['TSX V', 'TSXV'],
  ['Xetra', 'XETRA'],
  ['SEHK', 'HKEX'],
  ['Euronext Paris', 'EPA'],
  ['Euronext Amsterdam', 'AMS'],
  ['Euronext Brussels', 'EBR'],
  ['Nasdaq Stockholm', 'STO'],
  ['Nasdaq Copenhagen', 'CPH'],
  ['Nasdaq Helsinki', 'HEL'],
  // Google Finance's prefix for BSE (its quote pages read BOM:500325).
  ['BOM', 'BSE'],
  ...EXCHANGE_CODES.map((code) => [code, code] as const),
];

const SEPARATOR = '[\\s\\u00a0.\\-]?';

/** The folded spelling: upper case, no spaces, hyphens or dots ("Nasdaq GS" -> "NASDAQGS"). */
function fold(written: string): string {
  return written.toUpperCase().replace(/[\s\u00a0.-]/g, '');
}

const CODE_OF = new Map<string, ExchangeCode>(SPELLINGS.map(([spelled, code]) => [fold(spelled), code]));

function pattern(spelled: string): string {
  return spelled
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(SEPARATOR);
}

/**
 * A regex source matching any accepted spelling, longest first so "NYSE American" wins over "NYSE".
 * Each spelling in capitals, plus its mixed-case form when it has one.
 */
export const EXCHANGE_PATTERN: string = (() => {
  const alts = new Set<string>();
  for (const [spelled] of SPELLINGS) {
    alts.add(pattern(spelled.toUpperCase()));
    if (spelled !== spelled.toUpperCase()) alts.add(pattern(spelled));
  }
  return [...alts].sort((a, b) => b.length - a.length).join('|');
})();

/** The exchange code for a spelling the pattern matched, e.g. "Nasdaq GS" -> "NASDAQ", "TSX-V" -> "TSXV". */
export function exchangeCode(written: string): ExchangeCode | null {
  return CODE_OF.get(fold(written)) ?? null;
}
