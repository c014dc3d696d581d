// Store listing texts for the Chrome Web Store and addons.mozilla.org, in every language the extension ships,
// made only from its message catalogues (src/public/_locales), so the listing says what the UI says and a
// translation is done once. `npx tsx scripts/store-listing.ts` writes docs/store/listing-<lang>.md; a unit test
// fails when they are out of date or too long for the stores.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUOTE_PROVIDERS } from '../src/core/quote-providers.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = join(ROOT, 'src/public/_locales');
export const STORE_DIR = join(ROOT, 'docs/store');

/** Store limits: CWS summary 132 characters, AMO name 50, AMO summary 250. */
export const LIMITS = { name: 50, summary: 132 };

type Catalogue = Record<string, { message: string }>;

export function languages(): string[] {
  return readdirSync(LOCALES).sort();
}

export function catalogue(lang: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;
}

interface Listing {
  name: string;
  summary: string;
  description: string;
}

export function listing(m: Catalogue): Listing {
  const t = (key: string) => {
    const entry = m[key];
    if (!entry) throw new Error(`message ${key} is missing`);
    return entry.message;
  };
  const item = (title: string, hint: string) => `- ${t(title)}: ${t(hint)}`;
  const description = [
    t('extDescription'),
    '',
    `${t('optionsFeatures')}:`,
    item('optionsClean', 'optionsCleanHint'),
    item('optionsTickers', 'optionsTickersHint'),
    item('optionsReader', 'optionsReaderHint'),
    item('optionsQuotes', 'optionsQuotesHint'),
    '',
    `${t('optionsKinds')}:`,
    item('kindSponsored', 'kindSponsoredHint'),
    item('kindNewsletter', 'kindNewsletterHint'),
    item('kindAffiliateDisclosure', 'kindAffiliateDisclosureHint'),
    item('kindPromotedWidget', 'kindPromotedWidgetHint'),
    '',
    `${t('optionsSites')}:`,
    item('optionsNeverRun', 'optionsNeverRunHint'),
    item('optionsNeverClean', 'optionsNeverCleanHint'),
    item('optionsAlwaysArticle', 'optionsAlwaysArticleHint'),
    '',
    `${t('optionsProvider')}: ${Object.values(QUOTE_PROVIDERS)
      .map((p) => p.label)
      .join(', ')}.`,
  ].join('\n');
  return { name: t('extName'), summary: t('extDescription'), description };
}

export function render(lang: string, l: Listing): string {
  return [
    `<!-- Generated from src/public/_locales/${lang}/messages.json by scripts/store-listing.ts: edit the messages, then re-run. -->`,
    `# ${l.name}`,
    '',
    '## Summary',
    '',
    l.summary,
    '',
    '## Description',
    '',
    l.description,
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const lang of languages()) {
    const file = join(STORE_DIR, `listing-${lang}.md`);
    writeFileSync(file, render(lang, listing(catalogue(lang))));
    console.log(`wrote ${file}`);
  }
}
