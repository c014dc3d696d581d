// How well publishedDate reads publication dates on real pages:
//   npx tsx scripts/eval/published.ts [CORPORA_DIR] [-v]
// Readability's test pages carry the publishedTime Mozilla's Readability reads (JSON-LD and meta tags only): our
// date must agree with its calendar date. Where it has none, and on the real-news pages, we count what we found
// and where from (only a URL date can be checked there, against the page's own URL).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { dateFromUrl, publishedDate } from '../../src/core/article/published.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const corpora = resolve(args.find((a) => !a.startsWith('-')) ?? join(repoRoot, '../shared/corpora'));

function read(html: string, url: string | null): string | null {
  const dom = new JSDOM(html, { url: url ?? 'about:blank', virtualConsole: new VirtualConsole() });
  try {
    return publishedDate(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

const rt = join(corpora, 'readability-test-pages');
let expected = 0;
let agree = 0;
let missed = 0;
let extra = 0;
let pages = 0;
for (const dir of existsSync(rt) ? readdirSync(rt).sort() : []) {
  const meta = JSON.parse(readFileSync(join(rt, dir, 'expected-metadata.json'), 'utf8')) as { publishedTime: string | null };
  const got = read(readFileSync(join(rt, dir, 'source.html'), 'utf8'), null);
  pages++;
  if (!meta.publishedTime) {
    if (got) extra++;
    if (got && verbose) console.log(`  extra ${dir}: ${got}`);
    continue;
  }
  expected++;
  const want = meta.publishedTime.slice(0, 10);
  if (got === want) agree++;
  else {
    if (!got) missed++;
    console.log(`  ${got ? 'DISAGREE' : 'missed'} ${dir}: want ${want}, got ${got}`);
  }
}
console.log(
  `readability-test-pages: ${pages} pages; ${expected} with a publishedTime: ${agree} agree (${(agree / Math.max(1, expected)).toFixed(3)}), ${missed} missed, ${expected - agree - missed} disagree; ${extra} dated where Readability has none`,
);

const rn = join(corpora, 'real-news');
if (existsSync(join(rn, 'cases.json'))) {
  const cases = JSON.parse(readFileSync(join(rn, 'cases.json'), 'utf8')) as { file: string; url?: string | null }[];
  let dated = 0;
  let urlDated = 0;
  let urlAgree = 0;
  for (const c of cases) {
    const url = c.url ?? null;
    const got = read(readFileSync(join(rn, c.file), 'utf8'), url);
    if (got) dated++;
    const fromUrl = dateFromUrl(url);
    if (fromUrl && fromUrl.length === 10) {
      urlDated++;
      if (got === fromUrl) urlAgree++;
      else console.log(`  url ${c.file}: url says ${fromUrl}, page says ${got}`);
    }
    if (verbose) console.log(`  ${c.file}: ${got}`);
  }
  console.log(
    `real-news: ${cases.length} pages, ${dated} dated (${(dated / cases.length).toFixed(3)}); ${urlDated} with a full date in the URL: ${urlAgree} agree with it`,
  );
}
