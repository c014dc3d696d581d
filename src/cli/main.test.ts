// @vitest-environment node
// `clearfolio analyze` as the README's contract ("The command line") defines it: JSON Lines in input order, exit codes 0/1/2.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from './main.ts';
import { repoPath } from './node-dataset.ts';
import { deepArticlePage, deepPage } from '../../bench/big-pages.ts';

const seed = repoPath('tests/fixtures/pages/valuewalk-sony-hack.html');
const quote = repoPath('tests/fixtures/pages/yahoo-quote-aapl.html');

function sink() {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

async function run(argv: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(argv, out, err);
  return { code, out: out.text(), err: err.text() };
}

describe('parseArgs', () => {
  it('reads flags and files', () => {
    expect(parseArgs(['analyze', '--json', '--url', 'https://x.test/a', 'a.html', 'b.html'])).toEqual({
      json: true,
      summary: false,
      url: 'https://x.test/a',
      files: ['a.html', 'b.html'],
    });
  });
  it.each([
    [[]],
    [['analyse', 'a.html']],
    [['analyze']],
    [['analyze', '--bogus', 'a.html']],
    [['analyze', '--url']],
    [['analyze', '--url', 'not a url', 'a']],
  ])('rejects %j with a usage message', (argv) => expect(typeof parseArgs(argv)).toBe('string'));
});

describe('clearfolio analyze', () => {
  it('prints one JSON line per file, in input order, with the contract fields', async () => {
    const r = await run(['analyze', '--json', seed, quote]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([seed, quote]);
    const [a, b] = lines;
    expect(a.url).toMatch(/^https:\/\/www\.valuewalk\.com\//);
    expect(a.isArticle).toBe(true);
    expect(a.publishedAt).toBe('2014-12-04');
    expect(b.publishedAt).toBeNull();
    expect(a.removed.map((x: { kind: string }) => x.kind).sort()).toEqual(['affiliate-disclosure', 'newsletter', 'sponsored']);
    for (const x of a.removed) expect(x.selector).toEqual(expect.any(String));
    expect(a.tickers.map((t: { text: string }) => t.text)).toEqual(['NYSE:SNE', 'TYO:6758', 'NASDAQ:FEYE']);
    expect(a.tickers[0]).toMatchObject({ symbol: 'SNE', exchange: 'NYSE', resolved: { symbol: 'SONY', formerSymbol: 'SNE' } });
    expect(a.tickers[0].resolved.name).toMatch(/Sony Group/);
    expect(a.tickers[1].resolved.name).toMatch(/Sony Group/);
    expect(a.tickers[2].resolved.name).toMatch(/FireEye/);
    expect(Object.keys(a.timingsMs).sort()).toEqual(['clean', 'detect', 'tickers', 'total']);
    // The quote page is not an article, so nothing is removed or highlighted.
    expect(b).toMatchObject({ isArticle: false, removed: [], tickers: [] });
  });

  it('on the real dataset: UK symbols that US companies share, share-class lists and a venue the company left', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cf-')), 'uk.html');
    const para = (s: string) =>
      `<p>${s} Traders said the move came after a week of mixed results across the sector and cautious guidance.</p>`;
    writeFileSync(
      file,
      `<!doctype html><html><head><title>FTSE movers | Markets</title><meta property="og:type" content="article"></head><body><article>
      <h1>FTSE 100 movers: Tesco and Reckitt lead</h1>
      ${para('Tesco (TSCO) rose 3% and Reckitt (RKT) gained 2% in London on Tuesday morning.')}
      ${para('In New York, Alphabet Inc. (NASDAQ: GOOGL, GOOG) slipped and Shopify (NYSE: SHOP) was flat.')}
      ${para('Tesco and its rivals have been cutting prices for months.')}</article></body></html>`,
    );
    const r = await run(['analyze', '--json', '--url', 'https://example.com/markets/2026/11/27/ftse-movers', file]);
    const line = JSON.parse(r.out);
    const seen = line.tickers.map((t: { text: string; resolved: { name: string; mic: string; note?: string } | null }) => [
      t.text,
      t.resolved?.name,
      t.resolved?.mic,
    ]);
    expect(seen).toEqual([
      ['TSCO', 'Tesco PLC', 'XLON'],
      ['RKT', 'Reckitt Benckiser Group plc', 'XLON'],
      ['NASDAQ: GOOGL', 'Alphabet Inc.', 'XNGS'],
      ['GOOG', 'Alphabet Inc.', 'XNGS'],
      ['NYSE: SHOP', 'Shopify Inc.', 'XNGS'],
    ]);
    expect(line.tickers[4].resolved.note).toBe('Listed on NASDAQ, not NYSE');
  });

  it('uses --url over the canonical link', async () => {
    const r = await run(['analyze', '--json', '--url', 'https://example.com/2014/12/some-story/', seed]);
    expect(JSON.parse(r.out).url).toBe('https://example.com/2014/12/some-story/');
  });

  it('the hidden blocks can be found again by their selectors', async () => {
    const r = await run(['analyze', '--json', seed]);
    const { removed } = JSON.parse(r.out) as { removed: { selector: string; text: string }[] };
    const { JSDOM } = await import('jsdom');
    const doc = new JSDOM(await (await import('node:fs/promises')).readFile(seed, 'utf8')).window.document;
    for (const b of removed) {
      const el = doc.querySelector(b.selector);
      expect(el?.textContent?.replace(/\s+/g, ' ')).toContain(b.text.slice(0, 40));
    }
  });

  it('exits 1 for an unreadable file, names it on stderr, and still analyses the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearfolio-cli-'));
    const binary = join(dir, 'binary.html');
    writeFileSync(binary, Buffer.from([0x3c, 0x00, 0x01, 0x02]));
    const r = await run(['analyze', '--json', join(dir, 'missing.html'), seed, binary]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.html: no such file');
    expect(r.err).toContain('binary.html: not an HTML file');
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a usage error and 0 for --help', async () => {
    expect((await run(['analyze'])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: clearfolio analyze');
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string };
    for (const argv of [['--version'], ['analyze', '--version']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`clearfolio ${version}\n`);
    }
  });

  it('--summary groups repeated mentions by listing; without it the output is as before', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cf-')), 'repeat.html');
    const para = (s: string) =>
      `<p>${s} Traders said the move came after a week of mixed results across the sector and cautious guidance.</p>`;
    writeFileSync(
      file,
      `<!doctype html><html><head><title>Apple leads | Markets</title><meta property="og:type" content="article"></head><body><article>
      <h1>Apple and Tesco lead the market</h1>
      ${para('Apple (NASDAQ: AAPL) rose 3% and Tesco (LON: TSCO) gained 2% on Tuesday morning after results.')}
      ${para('AAPL has climbed for five sessions, while $AAPL options volume doubled during the week.')}
      ${para('Tesco (TSCO) and its rivals have been cutting prices; AAPL remains the largest holding of many funds.')}</article></body></html>`,
    );
    const url = ['--url', 'https://news.example/markets/2026/11/27/apple'];
    const plain = JSON.parse((await run(['analyze', '--json', ...url, file])).out);
    expect(plain.summary).toBeUndefined();
    const texts = plain.tickers.map((t: { text: string }) => t.text);
    expect(texts).toEqual(['NASDAQ: AAPL', 'LON: TSCO', 'AAPL', '$AAPL', 'TSCO', 'AAPL']);

    const grouped = JSON.parse((await run(['analyze', '--json', '--summary', ...url, file])).out);
    expect({ ...grouped, summary: undefined, timingsMs: null }).toEqual({ ...plain, timingsMs: null });
    expect(grouped.summary).toEqual([
      { symbol: 'AAPL', exchange: 'NASDAQ', count: 4, texts: ['NASDAQ: AAPL', 'AAPL', '$AAPL'], resolved: plain.tickers[0].resolved },
      { symbol: 'TSCO', exchange: 'LON', count: 2, texts: ['LON: TSCO', 'TSCO'], resolved: plain.tickers[1].resolved },
    ]);
    expect(plain.tickers[0].resolved.name).toBe('Apple Inc.');

    const human = (await run(['analyze', '--summary', ...url, file])).out;
    expect(human).toContain('6 ticker mention(s) of 2 listing(s):');
    expect(human).toContain('AAPL x4 (NASDAQ: AAPL, AAPL, $AAPL) -> Apple Inc. (XNGS)');
    expect(human).toContain('TSCO x2 (LON: TSCO, TSCO) -> Tesco PLC (XLON)');
    expect((await run(['analyze', ...url, file])).out).not.toContain(' x4 ');
  });

  it('prints a human summary without --json', async () => {
    const r = await run(['analyze', seed]);
    expect(r.out).toContain('article');
    expect(r.out).toContain('NYSE:SNE -> Sony Group');
  });

  it('analyses a page nested 20,000 elements deep (it overflowed the stack) and says it was flattened', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cf-')), 'deep.html');
    writeFileSync(file, deepPage(20_000));
    const r = await run(['analyze', '--json', file]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out);
    expect(line).toMatchObject({ isArticle: false, removed: [], tickers: [] });
    expect(line.warnings).toEqual([expect.stringContaining('deeper than 512 levels')]);
  }, 240_000);

  it('an article nested 5,000 deep is read as a browser builds it; within the limit, depth changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-'));
    const url = 'https://news.example/markets/2026/11/27/apple-tesco';
    const lines = [];
    for (const depth of [5, 500, 5_000]) {
      writeFileSync(join(dir, `${depth}.html`), deepArticlePage(depth));
      const r = await run(['analyze', '--json', '--url', url, join(dir, `${depth}.html`)]);
      expect(r.code).toBe(0);
      lines.push(JSON.parse(r.out));
    }
    const [shallow, within, deep] = lines;
    const found = (l: { tickers: { text: string }[] }) => l.tickers.map((t) => t.text);
    expect(found(shallow)).toEqual(['NASDAQ: AAPL', 'LON: TSCO', 'NYSE: SHOP', 'MSFT']);
    expect(found(within)).toEqual(found(shallow));
    expect(within.warnings).toBeUndefined();
    // Beyond 512 levels the paragraphs and their text are siblings (as in Chromium), so no article region is left.
    expect(deep.warnings).toEqual([expect.stringContaining('deeper than 512 levels')]);
    expect(deep.isArticle).toBe(false);
  }, 240_000);

  it('runs as the package bin', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [repoPath('src/cli/clearfolio.mjs'), 'analyze', '--json', seed], {
      cwd: repoPath(),
    });
    expect(JSON.parse(stdout).tickers).toHaveLength(3);
  }, 60_000);
});
