// Does "the words before (TICK)" name the company the dataset found for TICK? This check is what tells
// "Apple Inc. (AAPL)" from "Artificial Intelligence (AI)" or "chief executive (CEO)". Names are compared as
// folded words without legal suffixes: the page may write the full core name ("Micron Technology") or a
// leading part of it ("Taiwan Semiconductor" for Taiwan Semiconductor Manufacturing Company Ltd.).
import type { Company } from '../types.ts';
import { LEGAL_SUFFIXES } from '../resolve/names.ts';

// Only ever stripped from the end of a name: every word of the legal forms that names.ts strips when it builds
// aliases, and words that only end fund and Swedish names ("Fund", "ETF", "AB (publ)").
const LEGAL: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES.flatMap((s) => s.split(' ')), 'publ', 'etf', 'fund']);
// A single leading word that says too little to stand for a whole name ("American (AAL)").
const GENERIC = new Set([
  'american',
  'first',
  'united',
  'general',
  'national',
  'international',
  'global',
  'new',
  'china',
  'bank',
  'royal',
  'great',
  'capital',
  'digital',
  'energy',
  'financial',
  'north',
  'south',
  'east',
  'west',
  'us',
  'the',
]);

/** Kana and CJK ideographs: names written without Latin letters (台積電). */
export const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Folded words: no accents, case, dots or apostrophes; "&" read as "and"; "(The)" and other asides dropped. */
function words(name: string): string[] {
  const folded = name
    .replace(/\([^()]*\)/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return folded ? folded.split(' ') : [];
}

/** The words of a name without legal suffixes: "Sony Group Corporation" -> ["sony"]; "Class A" shares too. */
export function coreWords(name: string): string[] {
  const w = words(name);
  for (;;) {
    const last = w[w.length - 1];
    if (w.length > 1 && w[w.length - 2] === 'class' && last && last.length === 1) w.length -= 2;
    else if (w.length > 1 && last && LEGAL.has(last)) w.length -= 1;
    else return w;
  }
}

// Words a headline or a listing line puts between the name and the bracket: "Nvidia Stock (NVDA)", "Toyota
// Shares (TM)", "Roche bearer shares (RO)" ("Alphabet Class C (GOOG)" is coreWords' class rule).
const SHARE_WORDS = new Set([
  'stock',
  'stocks',
  'share',
  'shares',
  'bearer',
  'registered',
  'ordinary',
  'common',
  'preferred',
  'voting',
  'non',
]);

function withoutShareWords(w: string[]): string[] {
  let n = w.length;
  while (n > 1 && SHARE_WORDS.has(w[n - 1]!)) n--;
  return coreWords(w.slice(0, n).join(' '));
}

function companyNames(company: Company): string[] {
  return [company.name, ...(company.aliases ?? []), ...(company.formerNames ?? [])];
}

/**
 * True when `acronym` (IBM, AMD, TSMC) is the initials of a name of two words or more: of its core words, or of
 * all its words with at least as many letters as the core has (TSMC: Taiwan Semiconductor Manufacturing Company).
 */
function isAcronymOf(acronym: string, name: string): boolean {
  const core = coreWords(name);
  if (core.length < 2 || acronym.length < core.length) return false;
  const initials = words(name)
    .map((w) => w[0])
    .join('');
  return initials.startsWith(acronym.toLowerCase());
}

/** A capitals-only last word of what the page wrote before the bracket ("IBM" in "shares of IBM"), or null. */
function writtenAcronym(written: string): string | null {
  const m = /(?:^|[^A-Za-z0-9&])([A-Z]{2,6})$/.exec(written.trim());
  return m ? m[1]! : null;
}

/**
 * True when the words before the bracket end with the company's name, or with a telling leading part of it,
 * or with the initials it is known by (IBM (IBM), TSMC (TSM)).
 */
export function nameMatches(written: string, company: Company): boolean {
  // Chinese and Japanese names have no spaces or Latin letters to fold: the page's words end with the name as is
  // (台積電 (2330)).
  const raw = written.trim();
  if (CJK.test(raw) && companyNames(company).some((name) => name.length >= 2 && CJK.test(name) && raw.endsWith(name))) return true;
  const page = withoutShareWords(coreWords(written));
  if (!page.length) return false;
  const acronym = writtenAcronym(written);
  if (acronym && companyNames(company).some((name) => isAcronymOf(acronym, name))) return true;
  for (const name of companyNames(company)) {
    const core = coreWords(name);
    if (!core.length) continue;
    // Joined spellings too, so "JPMorgan" meets "JP Morgan" and "Service Now" meets "ServiceNow".
    for (let k = 1; k <= page.length; k++) {
      const tail = page.slice(-k).join('');
      for (let j = 1; j <= core.length; j++) {
        if (tail !== core.slice(0, j).join('')) continue;
        if (j === core.length) return true;
        if (j >= 2 || (tail.length >= 4 && !GENERIC.has(core[0]!))) return true;
      }
    }
  }
  return false;
}

/**
 * True when the listed name is the symbol itself (ITV plc for ITV, BP p.l.c. for BP). Only the listed name:
 * an alias such as "IBM" for International Business Machines is a nickname, and "IBM" stays a ticker.
 */
export function isOwnName(symbol: string, company: Company): boolean {
  return coreWords(company.name).join('') === symbol.toLowerCase().replace(/[.-]/g, '');
}
