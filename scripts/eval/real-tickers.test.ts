import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/parse-page.ts';
import { defaultCorpora } from './corpora.ts';
import type { LabelledCase } from './score.ts';

// The project's own labelled real pages (tests/corpora/real-tickers): scored by `npm run eval` under
// "realTickers.", so a label that no longer matches its page would quietly score nothing. Here: the set is
// one of the default corpora, every page is there and credited in the README, and every `keep` sentence is
// in its page's text as a reader gets it.
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(REPO, 'tests/corpora/real-tickers');
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as (LabelledCase & { labelNotes?: string })[];
const readme = readFileSync(join(DIR, 'README.md'), 'utf8');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('tests/corpora/real-tickers', () => {
  it('is scored by default under its own prefix', () => {
    expect(defaultCorpora(REPO).find((c) => c.prefix === 'realTickers')?.dir).toBe(DIR);
  });

  it('has a page file, a README row and an address for every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
    expect(new Set(cases.map((c) => c.file)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.file).toMatch(/^pages\/[\w.-]+\.html$/);
      expect(existsSync(join(DIR, c.file)), c.file).toBe(true);
      expect(readme, c.file).toContain(`| ${c.file} |`);
      expect(c.url, c.file).toMatch(/^https?:\/\//);
      for (const t of c.tickers) expect(t.text && t.symbol && t.name, JSON.stringify(t)).toBeTruthy();
    }
  });

  it('finds every keep sentence verbatim in its page', () => {
    for (const c of cases) {
      // Parsed as `clearfolio analyze` parses a saved page (jsdom, no scripts, nothing fetched).
      const doc = parsePage(readFileSync(join(DIR, c.file), 'utf8'), c.url ?? null).dom.window.document;
      for (const s of doc.querySelectorAll('script, style, noscript')) s.remove();
      const text = squash(doc.body?.textContent ?? '');
      for (const k of c.keep) expect(text, `${c.file}: ${k}`).toContain(squash(k));
    }
    // jsdom over five saved pages: a few seconds idle, more on a loaded machine.
  }, 120_000);
});
