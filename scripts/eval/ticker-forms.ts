// Ticker figures per form of mention, for every labelled corpus. Labels carry no form, so the form of a
// mention, labelled or found, is derived the same way from its text and the page's markup (first rule that
// applies):
//   cashtag          the text starts with "$"
//   linked symbol    the text has an exchange or chip prefix ("NASDAQ: NVDA", "US:NVDA") and the page has a link
//                    whose whole text is the symbol ("NASDAQ: <a>NVDA</a>")
//   exchange-prefix  the text has a prefix with a colon ("NYSE: H", "東証一部 コード番号：3275")
//   suffix/RIC       the symbol carries an exchange suffix or a market code ("BP.L", "VOWG_p.DE", "RY-T",
//                    "NVDA US")
//   quote link       the page has a link whose whole text is the mention ("(aapl)", "AAPL")
//   table            the page has a table cell whose whole text is the mention
//   name+bracket     the page writes the symbol in brackets ("Name (AAPL)", "(GOOGL, GOOG)"): as many of the
//                    symbol's mentions as the page has such brackets, first ones first
//   bare             the rest
// Pure: the page's markup is given as an HTML string; no DOM is needed for these tests of its text.
import type { AnalyzeReport } from '../../src/cli/analyze.ts';
import type { EvalForm } from '../../src/core/tickers/forms.ts';
import { alignMentions, mentionKey, type Figures, type LabelledCase } from './score.ts';

// The names are core's EvalForm: each text form of the registry (src/core/tickers/forms.ts) says which it counts under.
export const FORMS: readonly EvalForm[] = ['exchange-prefix', 'linked', 'quote-link', 'cashtag', 'name-bracket', 'suffix', 'table', 'bare'];
export type LabelForm = EvalForm;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The symbol may carry a Nordic share class after a space: "CPH: NOVO B".
const PREFIX = /^[^:：]{1,40}[:：]\s*(\S+(?: [A-C])?)$/u;
const SUFFIXED = /^[A-Za-z0-9&_]+(?:\.[A-Z]{1,3}|-[TXNQ])$|^\S+ [A-Z]{2}$/;

/** Counts per symbol of "(SYM)" or a bracketed list holding it, in the page's text. */
function bracketCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\(\s*([A-Za-z0-9.\- ,]{1,60})\s*\)/g))
    for (const sym of m[1]!.split(/\s*,\s*/)) out.set(sym.trim().toUpperCase(), (out.get(sym.trim().toUpperCase()) ?? 0) + 1);
  return out;
}

/** Counts per symbol of the later items of a list an exchange prefix heads: "GOOG" in "(NASDAQ: GOOGL, GOOG)". */
function prefixedTailCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/\([^():：]{1,40}[:：]\s*([A-Za-z0-9.\- ,]{1,60})\)/gu))
    for (const sym of m[1]!.split(/\s*,\s*/).slice(1)) out.set(sym.trim().toUpperCase(), (out.get(sym.trim().toUpperCase()) ?? 0) + 1);
  return out;
}

/** The forms of a page's mentions (in order), from their texts and the page's html and text. */
export function mentionForms(texts: readonly string[], html: string, pageText: string): LabelForm[] {
  const brackets = bracketCounts(pageText.replace(/\s+/g, ' '));
  const tails = prefixedTailCounts(pageText.replace(/\s+/g, ' '));
  const used = new Map<string, number>();
  const usedTails = new Map<string, number>();
  const linkOf = (t: string) => new RegExp(`<a\\b[^>]*>\\s*${escape(t)}\\s*</a>`, 'i').test(html);
  const cellOf = (t: string) => new RegExp(`<t[dh]\\b[^>]*>\\s*${escape(t)}\\s*</t[dh]>`, 'i').test(html);
  return texts.map((raw) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.startsWith('$')) return 'cashtag';
    const prefixed = PREFIX.exec(text);
    if (prefixed) return linkOf(prefixed[1]!) ? 'linked' : 'exchange-prefix';
    const key = mentionKey(text);
    if (SUFFIXED.test(key)) return 'suffix';
    if (linkOf(text) || linkOf(key) || linkOf(`(${key})`)) return 'quote-link';
    if (cellOf(key) || cellOf(`$${key}`)) return 'table';
    const sym = key.toUpperCase();
    // A later item of a prefixed list is written under that prefix, as much as its first item is.
    const t = usedTails.get(sym) ?? 0;
    if (t < (tails.get(sym) ?? 0)) {
      usedTails.set(sym, t + 1);
      return 'exchange-prefix';
    }
    const n = used.get(sym) ?? 0;
    if (n < (brackets.get(sym) ?? 0)) {
      used.set(sym, n + 1);
      return 'name-bracket';
    }
    return 'bare';
  });
}

/** Recall and precision per form over a corpus, keyed `tickerRecall.<form>` / `tickerPrecision.<form>`. */
export function formFigures(
  cases: readonly LabelledCase[],
  reports: readonly AnalyzeReport[],
  pages: readonly { html: string; text: string }[],
): Figures {
  const n: Record<string, { labelled: number; found: number; hitL: number; hitF: number }> = {};
  const at = (f: string) => (n[f] ??= { labelled: 0, found: 0, hitL: 0, hitF: 0 });
  cases.forEach((c, i) => {
    const { html, text } = pages[i]!;
    const labels = c.tickers.map((t) => t.text);
    const found = reports[i]!.tickers.map((t) => t.text);
    const lf = mentionForms(labels, html, text);
    const ff = mentionForms(found, html, text);
    const pairs = alignMentions(labels.map(mentionKey), found.map(mentionKey));
    lf.forEach((f) => at(f).labelled++);
    ff.forEach((f) => at(f).found++);
    for (const [a, b] of pairs) {
      at(lf[a]!).hitL++;
      at(ff[b]!).hitF++;
    }
  });
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const out: Figures = {};
  for (const f of FORMS) {
    const s = n[f];
    if (!s) continue;
    if (s.labelled) out[`tickerRecall.${f}`] = ratio(s.hitL, s.labelled);
    if (s.found) out[`tickerPrecision.${f}`] = ratio(s.hitF, s.found);
  }
  return out;
}
