// One way to get a UI string everywhere (popup, options page, reader overlay, company card): the browser's
// catalogue for the user's language (the browser itself falls back to English for a key a translation lacks),
// else the English catalogue imported here. That fallback is for unit tests, dev builds and Node, where there
// is no extension API; a production build drops it, because the extension already ships _locales/en and a
// copy would add ~3.5 KB gzip to every chunk that shows text (the lazily loaded card among them).
import en from '../public/_locales/en/messages.json' with { type: 'json' };

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

type I18nApi = { getMessage(key: string, subs?: string | string[]): string };

function api(): I18nApi | null {
  // Read lazily: the polyfill is not needed for i18n (both browsers expose a synchronous getMessage), and a
  // test may install a fake after this module loaded.
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n ?? null;
}

/** Chrome's substitution rules: $NAME$ -> the placeholder's content, then $1..$9 -> substitutions. */
export function formatMessage(entry: Entry, subs: readonly string[]): string {
  const s = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  // One pass, so the "$5" in an escaped "$$5" is not taken for a substitution.
  return s.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

// `?.`: under Node (tsx) there is no import.meta.env, and the fallback stays. In a production build Vite
// replaces the condition with a constant, so the JSON import is unused and tree-shaken away.
const EN: Record<string, Entry> = import.meta.env?.PROD ? {} : (en as Record<string, Entry>);

export type MessageKey = keyof typeof en;

/** The UI string for `key` in the user's language, with `subs` filled into its placeholders. */
export function t(key: MessageKey, subs?: string | number | readonly (string | number)[]): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    const fromBrowser = api()?.getMessage(key, list.length ? list : undefined);
    if (fromBrowser) return fromBrowser;
  } catch {
    // Extension context invalidated (the extension was updated under an open page): fall back below.
  }
  const entry = EN[key];
  return entry ? formatMessage(entry, list) : key;
}

/**
 * The browser's UI language as a BCP 47 tag ("de", "en-US"), the one the catalogue speaks; undefined outside the
 * extension. getUILanguage where the API has it, else the catalogue's own @@ui_locale.
 */
export function uiLocale(): string | undefined {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?(): string } }; chrome?: { i18n?: { getUILanguage?(): string } } };
  try {
    const lang = (g.browser?.i18n ?? g.chrome?.i18n)?.getUILanguage?.() || api()?.getMessage('@@ui_locale');
    return lang ? lang.replace(/_/g, '-') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A count in words with the right plural ("1 block", "2 blocks"; German too): `keys.one` where the language's
 * rules say "one", else `keys.other`. Catalogues have no plural forms of their own, hence the key pair.
 */
export function tCount(count: number, keys: { one: MessageKey; other: MessageKey }, lang = uiLocale() ?? 'en'): string {
  let rule: Intl.LDMLPluralRule = count === 1 ? 'one' : 'other';
  try {
    rule = new Intl.PluralRules(lang).select(count);
  } catch {
    // an unknown tag: the English rule above
  }
  return t(rule === 'one' ? keys.one : keys.other, count);
}
