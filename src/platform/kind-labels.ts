// Shown hidden blocks are labelled in words in the reader's language ("Clearfolio hid this: Newsletter
// sign-up"), never with the internal kind name page.css falls back to. The labels are CSS generated from the
// catalogue (a stylesheet cannot ask for a message), each string escaped for CSS.
import { HIDDEN_ATTR, SHOW_HIDDEN_ATTR, USER_HIDDEN_KIND } from '../core/dom/contract.ts';
import { CLUTTER_KINDS, type ClutterKind } from '../core/types.ts';
import { t, type MessageKey } from './i18n.ts';

const SHOWN_KEYS: Record<ClutterKind, MessageKey> = {
  'affiliate-disclosure': 'shownAffiliateDisclosure',
  newsletter: 'shownNewsletter',
  sponsored: 'shownSponsored',
  'promoted-widget': 'shownPromotedWidget',
};

/** One clutter kind in words, singular ("Affiliate notice"). */
export function shownKindLabel(kind: ClutterKind): string {
  return t(SHOWN_KEYS[kind]);
}

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, '\\a ')}"`;
}

/** Rules that label each shown block by its kind in words; a kind this version does not know gets the plain label. */
export function shownLabelCss(): string {
  const sel = (kind?: string) => `html[${SHOW_HIDDEN_ATTR}] [${HIDDEN_ATTR}${kind ? `=${cssString(kind)}` : ''}]::before`;
  const rules = [`${sel()} { content: ${cssString(t('shownBlock'))} !important; }`];
  for (const kind of CLUTTER_KINDS) {
    rules.push(`${sel(kind)} { content: ${cssString(t('shownBlockKind', shownKindLabel(kind)))} !important; }`);
  }
  // A block the reader picked ("Hide this too") says so, not which rule found it.
  rules.push(`${sel(USER_HIDDEN_KIND)} { content: ${cssString(t('shownBlockKind', t('shownUser')))} !important; }`);
  return rules.join('\n');
}
