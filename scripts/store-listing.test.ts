// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, languages, LIMITS, listing, render, STORE_DIR } from './store-listing.ts';

describe('store listing', () => {
  it('covers English and German', () => {
    expect(languages()).toEqual(expect.arrayContaining(['de', 'en']));
  });

  it.each(languages())('%s: docs/store is up to date with the messages (run npx tsx scripts/store-listing.ts)', (lang) => {
    const file = join(STORE_DIR, `listing-${lang}.md`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(render(lang, listing(catalogue(lang))));
  });

  it.each(languages())('%s: fits the stores limits and carries no placeholders', (lang) => {
    const l = listing(catalogue(lang));
    expect(l.name.length).toBeLessThanOrEqual(LIMITS.name);
    expect(l.summary.length).toBeLessThanOrEqual(LIMITS.summary);
    expect(l.description).not.toMatch(/\$[A-Z_]+\$|__MSG_/);
  });
});
