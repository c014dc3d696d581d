// The pages the benchmark loads: the Readability test corpus (<dir>/<page>/source.html, kept outside the
// project) and the project's own labelled fixtures, with the address each page was published at when known.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchPage {
  /** "corpus/<name>" or "fixtures/<file>". */
  id: string;
  set: 'corpus' | 'fixtures';
  /** Path on the bench server. */
  path: string;
  /** The page's real address for detection rules, or null (the page's canonical link is then used). */
  url: string | null;
  bytes: number;
}

export function corpusPages(dir: string): BenchPage[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `Readability test pages not found at ${dir}. Pass the folder as an argument ` +
        '(npm run bench -- --corpus PATH), or check out ../shared/corpora/readability-test-pages next to the repo.',
    );
  }
  const pages = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name): BenchPage => ({
      id: `corpus/${name}`,
      set: 'corpus',
      path: `/corpus/${encodeURIComponent(name)}/source.html`,
      url: null,
      bytes: statSync(join(dir, name, 'source.html')).size,
    }));
  if (!pages.length) throw new Error(`No <page>/source.html folders in ${dir}.`);
  return pages;
}

export function fixturePages(repo: string): BenchPage[] {
  const cases = JSON.parse(readFileSync(join(repo, 'tests/fixtures/cases.json'), 'utf8')) as { file: string; url?: string }[];
  return cases.map((c) => {
    const file = c.file.replace(/^pages\//, '');
    return {
      id: `fixtures/${file}`,
      set: 'fixtures',
      path: `/fixtures/${encodeURIComponent(file)}`,
      url: c.url ?? null,
      bytes: statSync(join(repo, 'tests/fixtures/pages', file)).size,
    };
  });
}
