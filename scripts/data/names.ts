// Names as the sources spell them, made readable and consistent: SEC titles, security names with their share
// class, depositary-receipt suffixes; which lines are securities other than a company's shares; summaries cut short.
import { SUMMARY_MAX_LENGTH } from '../../src/core/resolve/data-format.ts';

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b([a-z])/g, (m) => m.toUpperCase());
}

const UPPER_WORDS: Record<string, string> = {
  INC: 'Inc',
  LTD: 'Ltd',
  CO: 'Co',
  CORP: 'Corp',
  PLC: 'plc',
  HLDGS: 'Holdings',
  INTL: 'International',
};

/** SEC titles are often ALL CAPS with a state tag ("BAE SYSTEMS PLC /FI/"); make them readable. */
export function tidySecTitle(title: string): string {
  let t = title
    .replace(/\s*\/[A-Z]{2,3}\/?\s*$/, '')
    .replace(/\/ADR$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (t === t.toUpperCase() && /[A-Z]{4}/.test(t)) {
    t = t
      .split(' ')
      .map((w) => UPPER_WORDS[w.replace(/[.,]/g, '')] ?? (w.length > 3 && /[AEIOUY]/.test(w) ? titleCase(w) : w))
      .join(' ');
  }
  return t;
}

// Words that show a line is a security other than the company's shares (or a fund's units).
export const JUNK_NAME =
  /\b(warrants?|rights?|units?|notes? due|debentures?|preferred|preference|pfd|subordinated|depositary shares? each|when issued|test (issue|stock)|[CP]\/W)\b|%/i;
export const FUND_NAME = /\b(ETFs?|ETNs?|Fund|Portfolio|Index)\b/;

/** "Apple Inc. - Common Stock" -> "Apple Inc."; "Sony Group Corporation American Depositary Shares" -> "Sony Group Corporation". */
/**
 * US symbols of securities other than shares: Nasdaq's fifth letter W/U/R (warrant, unit, right) and the
 * SEC / Nasdaq Trader class suffixes for preferreds, warrants, units and rights.
 */
export function isJunkUsSymbol(symbol: string): boolean {
  return /\.(P[A-Z]?|W[ST]?|U|R|RT|WI)$/.test(symbol) || /^[A-Z]{4}[WUR]$/.test(symbol);
}

export function cleanSecurityName(raw: string, fund: boolean): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  const dash = s.indexOf(' - ');
  if (dash > 0) s = s.slice(0, dash).trim();
  if (fund) return s;
  const share =
    /\s+(\((the|new)\)\s+)?(new\s+)?((class|series) [a-z0-9]+\s+)?(common stock|common shares|ordinary shares?|american depositary shares?|american depository shares?|depositary shares|sponsored adr|adrs?|ads|shares of beneficial interest|subordinate voting shares|limited voting shares|common units|capital stock|shares)\b.*$/i;
  s = s
    .replace(share, '')
    .replace(/\s+class [a-z]$/i, '')
    .replace(/\s*\((the)\)$/i, '')
    .trim();
  return s.replace(/[,\s]+$/, '');
}

export function capClass(marketCap: string): string {
  const v = Number(marketCap);
  if (!Number.isFinite(v) || v <= 0) return '';
  if (v >= 200e9) return 'Mega Cap';
  if (v >= 10e9) return 'Large Cap';
  if (v >= 2e9) return 'Mid Cap';
  if (v >= 300e6) return 'Small Cap';
  if (v >= 50e6) return 'Micro Cap';
  return 'Nano Cap';
}

// Abbreviations whose full stop does not end a sentence ("Apple Inc. designs", "Co. Ltd. The").
const NOT_SENTENCE_END = /(?:\b(?:Inc|Co|Cos|Corp|Ltd|Bros|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Nos|vs|approx|Mt|Ft|Ave|Blvd|e\.g|i\.e)|\b[A-Z])\.$/;

/** Where sentences end in `text`: the index just after each closing `.`, `!` or `?` followed by a new sentence. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?]["')\]]?(?=\s+["'(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].length;
    if (!NOT_SENTENCE_END.test(text.slice(Math.max(0, end - 12), end))) ends.push(end);
  }
  return ends;
}

/**
 * A description cut for the card (and the package size) to whole sentences within `limit` characters. When the
 * sentences that fit are too short to say much, it is cut at a word instead and ends with an ellipsis.
 */
export function truncateSummary(text: string, limit = SUMMARY_MAX_LENGTH): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= limit) return t;
  const end = sentenceEnds(t)
    .filter((e) => e <= limit)
    .at(-1);
  if (end !== undefined && end >= limit * 0.45) return t.slice(0, end);
  const head = t.slice(0, limit);
  return head.slice(0, head.lastIndexOf(' ')).replace(/[\s,;:(-]+$/, '') + '…';
}

/** "Sponsored ADR", "GDR RegS" and the like, which some sources append to a company's name on any venue. */
const RECEIPT_SUFFIX = /\s+(?:Sponsored(?:\s+(?:ADR|GDR)(?:\s+RegS)?(?:\s+Class\s+[A-Z])?)?|(?:ADR|GDR)(?:\s+RegS)?|\/\s*ADR)$/;

/** A company name without a depositary-receipt suffix ("Nokia Corporation Sponsored" -> "Nokia Corporation"). */
export function withoutReceiptSuffix(name: string): string {
  const bare = name.replace(RECEIPT_SUFFIX, '').trim();
  return bare.length >= 2 ? bare : name;
}
