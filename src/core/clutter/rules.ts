// The clutter kinds (rules.json `kinds`) compiled once: the registry of kinds. Kept as data so a kind's words,
// markup, labels and limits can be read, linted and extended without touching the matching logic; what
// counts as proof for a kind lives in evidence.ts, named by the entry's `evidence`.
import raw from './rules.json';
import { CLUTTER_KINDS, type ClutterKind } from './kinds.ts';

export { CLUTTER_KINDS, type ClutterKind };
type RawKinds = typeof raw.kinds;
/** The registry and the names agree: a kind added to rules.json without a name (or a name without rules) fails here. */
const SAME_KINDS: [keyof RawKinds, ClutterKind] extends [ClutterKind, keyof RawKinds] ? true : never = true;
void SAME_KINDS;

/** One kind, compiled. */
export interface KindRules<K extends ClutterKind = ClutterKind> {
  id: K;
  /** When one box passes as several kinds, the lowest number wins. */
  precedence: number;
  /** The name of the function in evidence.ts that judges a box of this kind. */
  evidence: string;
  /** Tested against an element's id, class, aria-label and data-* attributes. */
  markup: RegExp;
  /** Markup alone marks a box only when it holds an entry field (sign-up markup wraps pitch paragraphs too). */
  markupNeedsField: boolean;
  /** Named wording patterns, tested against a box's visible text. */
  wording: Record<keyof RawKinds[K]['wording'], RegExp>;
  /** A whole label: the opening words, then at most a short phrase without sentence punctuation; null without labels. */
  label: RegExp | null;
  /** The label alternatives as written in rules.json ('' without labels). */
  labelSource: string;
  /** Only the label's opening words, to test a text node before reading its element's whole text. */
  labelStart: RegExp | null;
  /** The largest box of this kind (collapsed characters). */
  maxChars: number;
}

export interface ClutterRules {
  kinds: { [K in ClutterKind]: KindRules<K> };
  /** Ad-slot markup (sponsor evidence, never a seed) and the selectors of navigation containers and the page footer. */
  evidence: { ad: RegExp; navigation: string; footer: string; emptySlot: RegExp; formHost: RegExp };
  limits: typeof raw.limits;
}

const re = (source: string, flags = 'i') => new RegExp(source, flags);

function compile<K extends ClutterKind>(id: K): KindRules<K> {
  const entry = raw.kinds[id] as {
    precedence: number;
    evidence: string;
    markup: string;
    markupNeedsField?: boolean;
    wording: Record<string, string>;
    caseSensitive?: string[];
    label?: string;
    limits?: { maxChars?: number };
  };
  const wording = Object.fromEntries(
    Object.entries(entry.wording).map(([name, source]) => [name, re(source, entry.caseSensitive?.includes(name) ? '' : 'i')]),
  ) as KindRules<K>['wording'];
  return {
    id,
    precedence: entry.precedence,
    evidence: entry.evidence,
    markup: re(entry.markup),
    markupNeedsField: entry.markupNeedsField ?? false,
    wording,
    label: entry.label ? re(`^${LABEL_TIME}(${entry.label})${WORD_END}[^.,;!?]{0,50}$`) : null,
    labelSource: entry.label ?? '',
    labelStart: entry.label ? re(`^(${entry.label})${WORD_END}`) : null,
    maxChars: Math.min(entry.limits?.maxChars ?? Infinity, raw.limits.blockMaxChars),
  };
}

/**
 * The end of a label's last word: `\\b` knows ASCII letters only, so "Kaupallinen yhteistyö" or "Contenu sponsorisé"
 * would never end a label; a Latin letter with an accent ends no word either.
 */
const WORD_END = '(?![\\wÀ-ÖØ-öø-ɏ])';

/** A label in a stream of story tiles may follow the tile's time ("09:00 Post Patrocinado"). */
const LABEL_TIME = '(?:\\d{1,2}[:.h]\\d{2}\\s+)?';

/**
 * A sponsor label in brackets opening or closing a headline's text ("... das Geschäftsmodell [Sponsored Post]",
 * "(Anzeige) Ein Tag am See"): the bracket sets it apart from the headline's own words. Not inside the headline ("Ipswich
 * Town (promoted) sign a striker").
 */
const BRACKETED = `[\\[(]\\s*(?:${raw.kinds.sponsored.label})${WORD_END}[^\\])]{0,20}[\\])]`;
export const BRACKETED_LABEL = re(`^\\s*${BRACKETED}|${BRACKETED}\\s*$`);

export const RULES: ClutterRules = {
  kinds: Object.fromEntries(CLUTTER_KINDS.map((id) => [id, compile(id)])) as ClutterRules['kinds'],
  evidence: {
    ad: re(raw.evidence.ad),
    navigation: raw.evidence.navigation,
    footer: raw.evidence.footer,
    emptySlot: re(raw.evidence.emptySlot),
    formHost: re(raw.evidence.formHost),
  },
  limits: raw.limits,
};

/** The kinds in the order a box is judged: the most specific first (a Taboola box also says "Sponsored"). */
export const PRECEDENCE: readonly ClutterKind[] = [...CLUTTER_KINDS].sort((a, b) => RULES.kinds[a].precedence - RULES.kinds[b].precedence);

/** The kinds that have labels ("Sponsored", "Promoted Stories"), in precedence order. */
export const LABEL_KINDS: readonly ClutterKind[] = PRECEDENCE.filter((k) => RULES.kinds[k].label);

/** A kind's wording pattern by name, when the kind has one (evidence shared by kinds of different wording). */
export function wordingOf(kind: ClutterKind, name: string): RegExp | undefined {
  return (RULES.kinds[kind].wording as Record<string, RegExp | undefined>)[name];
}

/** The disclosure wording and the newsletter wording: the two kinds whose sentences seed boxes of their own. */
export const DISCLOSURE = RULES.kinds['affiliate-disclosure'].wording;
export const NEWSLETTER = RULES.kinds.newsletter.wording;

/**
 * Could a text run start a label of any kind: the opening words of any label after any whitespace. A
 * superset of `labelStart` (no word boundary, no 30-character cut), so it only gates the exact test.
 */
export const ANY_LABEL_START = re(
  `^\\s*(?:${LABEL_KINDS.map((k) => (raw.kinds[k] as { label?: string }).label)
    .filter(Boolean)
    .join('|')})`,
);

/**
 * Could a text run open a label split over inline elements ("The Most <span>Popular All Over</span>", "From
 * <b>Our Sponsors</b>"): a short run that starts with a label's first word. Only gates a test of the element's
 * whole text.
 */
export const LABEL_HEAD = re(
  `^\\s*(?:${[...new Set(LABEL_KINDS.flatMap((k) => topAlternatives(RULES.kinds[k].labelSource)).map((alt) => /^[a-z]+/.exec(alt)?.[0]))].filter(Boolean).join('|')})\\b[^.!?]{0,20}$`,
);

/** The top-level alternatives of a pattern ("a (b|c)|d" -> "a (b|c)", "d"). */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Any kind's markup: one test rejects most elements of a page. */
export const ANY_MARKUP = re(CLUTTER_KINDS.map((k) => `(?:${raw.kinds[k].markup})`).join('|'));

/**
 * Holds a disclosure sentence: money words, what triggers them (links, buying) and who earns (we / the
 * site), all in one sentence (in Italian, German, French or Spanish: a commission received and links), so a sponsored card that mentions "commission-free trades" next to "our
 * partners" is not a disclosure.
 */
export function isDisclosureText(text: string): boolean {
  const d = DISCLOSURE;
  if (isDisclosureNote(text)) return true;
  const english = d.money.test(text);
  if (!english && !d.foreign.test(text)) return false;
  return sentencesOf(text).some(
    (s) => (english && d.money.test(s) && d.action.test(s) && d.self.test(s)) || (d.foreign.test(s) && d.foreignAction.test(s)),
  );
}

/**
 * A short note that names its affiliate links, a commission and the site, over several sentences ("Die mit einem
 * Symbol gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision.").
 */
export function isDisclosureNote(text: string): boolean {
  const d = DISCLOSURE;
  // A note may also say it alone: "Dieser Artikel enthält Affiliate-Links", "Bei den Verlinkungen handelt es sich um
  // Affiliate Links", "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen"; a label-short one without naming
  // the post ("Anzeige, enthält Affiliate Links"), where a news sentence would ("The FTC says the blog contains ...").
  if (text.length <= DISCLOSURE_NOTE_MAX_CHARS && d.plain.test(text)) return true;
  if (text.length <= SHORT_NOTE_MAX_CHARS && d.shortNote.test(text)) return true;
  return text.length <= DISCLOSURE_NOTE_MAX_CHARS && d.affiliateLinks.test(text) && d.commissionWord.test(text) && d.selfAny.test(text);
}

/**
 * The sentences of a text: a full stop, question or exclamation mark, then a word that starts a sentence (a capital,
 * a digit or a quote). An abbreviation inside a sentence ("erhalten wir ggf. eine Provision", "e.g. our") splits nothing.
 */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[^\p{Ll}])/u);
}

/** A note this short may say only that it holds affiliate links. */
const SHORT_NOTE_MAX_CHARS = 80;

/** A note this short may spread its disclosure over several sentences. */
const DISCLOSURE_NOTE_MAX_CHARS = raw.kinds['affiliate-disclosure'].limits.noteMaxChars;

/** A disclosure sentence in the page footer's legal block (copyright, terms) hides that block up to this size. */
export const DISCLOSURE_FOOTER_MAX_CHARS = Math.min(raw.kinds['affiliate-disclosure'].limits.footerMaxChars, raw.limits.blockMaxChars);
