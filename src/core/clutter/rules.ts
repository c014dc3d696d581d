// The clutter rules (rules.json) compiled once. Kept as data so they can be read, linted and extended
// without touching the matching logic in find.ts.
import raw from './rules.json';
import type { ClutterKind } from '../types.ts';

export interface ClutterRules {
  markup: Record<ClutterKind, RegExp>;
  disclosure: { money: RegExp; action: RegExp; self: RegExp };
  newsletter: { strong: RegExp; weak: RegExp; pitch: RegExp; action: RegExp };
  /** Ad-slot markup (sponsor evidence, never a seed) and the selector of navigation containers. */
  evidence: { ad: RegExp; navigation: string };
  wording: { sponsored: RegExp; 'promoted-widget': RegExp };
  /** A whole label: the opening words, then at most a short phrase without sentence punctuation. */
  label: { sponsored: RegExp; 'promoted-widget': RegExp };
  /** Only the opening words, to test a text node before reading its element's whole text. */
  labelStart: { sponsored: RegExp; 'promoted-widget': RegExp };
  limits: typeof raw.limits;
}

const re = (source: string) => new RegExp(source, 'i');
const label = (words: string) => re(`^(${words})\\b[^.,;!?]{0,50}$`);

export const RULES: ClutterRules = {
  markup: {
    'affiliate-disclosure': re(raw.markup['affiliate-disclosure']),
    newsletter: re(raw.markup.newsletter),
    'promoted-widget': re(raw.markup['promoted-widget']),
    sponsored: re(raw.markup.sponsored),
  },
  disclosure: {
    money: re(raw.wording['affiliate-disclosure'].money),
    action: re(raw.wording['affiliate-disclosure'].action),
    // Case-sensitive on purpose: "Insider may receive..." names the publisher with a capital.
    self: new RegExp(raw.wording['affiliate-disclosure'].self),
  },
  newsletter: {
    strong: re(raw.wording.newsletter.strong),
    weak: re(raw.wording.newsletter.weak),
    pitch: re(raw.wording.newsletter.pitch),
    action: re(raw.wording.newsletter.action),
  },
  evidence: { ad: re(raw.evidence.ad), navigation: raw.evidence.navigation },
  wording: {
    sponsored: re(raw.wording.sponsored),
    'promoted-widget': re(raw.wording['promoted-widget']),
  },
  label: { sponsored: label(raw.label.sponsored), 'promoted-widget': label(raw.label['promoted-widget']) },
  labelStart: { sponsored: re(`^(${raw.label.sponsored})\\b`), 'promoted-widget': re(`^(${raw.label['promoted-widget']})\\b`) },
  limits: raw.limits,
};

/**
 * Could a text run start a label of either kind: the opening words of any label after any whitespace. A
 * superset of `labelStart` (no word boundary, no 30-character cut), so it only gates the exact test.
 */
export const ANY_LABEL_START = re(`^\\s*(?:${raw.label.sponsored}|${raw.label['promoted-widget']})`);

/** Any kind's markup: one test rejects most elements of a page. */
export const ANY_MARKUP = new RegExp(
  Object.values(raw.markup)
    .map((m) => `(?:${m})`)
    .join('|'),
  'i',
);

/**
 * Holds a disclosure sentence: money words, what triggers them (links, buying) and who earns (we / the
 * site), all in one sentence, so a sponsored card that mentions "commission-free trades" next to "our
 * partners" is not a disclosure.
 */
export function isDisclosureText(text: string): boolean {
  const d = RULES.disclosure;
  if (!d.money.test(text)) return false;
  return text.split(/(?<=[.!?])\s+/).some((s) => d.money.test(s) && d.action.test(s) && d.self.test(s));
}
