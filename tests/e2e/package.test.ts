// The built packages: the Firefox build passes `web-ext lint` with 0 errors, both builds carry the right
// background form, and the dataset stays out of the content script.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDir } from './browsers.ts';
import { REPO } from './server.ts';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('built extension', () => {
  it('Firefox build passes web-ext lint with 0 errors', async () => {
    const { stdout } = await promisify(execFile)(
      join(REPO, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', buildDir('firefox'), '--output', 'json', '--no-input'],
      { maxBuffer: 16 << 20 },
    );
    const lint = JSON.parse(stdout);
    expect(lint.errors).toEqual([]);
    expect(lint.summary.errors).toBe(0);
  }, 120_000);

  it('Chrome uses a service worker, Firefox background scripts with a gecko id', () => {
    const chrome = manifest(buildDir('chromium'));
    const firefox = manifest(buildDir('firefox'));
    expect(chrome.background.service_worker).toEqual(expect.any(String));
    expect(firefox.background.scripts).toEqual(expect.any(Array));
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: expect.any(String), strict_min_version: expect.any(String) });
  });

  it('keeps the dataset out of the content script and its static imports', () => {
    const dir = buildDir('chromium');
    const loader = manifest(dir).content_scripts[0].js[0] as string;
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(dir, file), 'utf8');
      // Static imports only: the card and reader chunks load on demand.
      for (const m of code.matchAll(/(?:import\s*(?:[\w{}\s,*]+from\s*)?|chrome\.runtime\.getURL\()["'](\.{0,2}\/?[\w./-]+\.js)["']/g)) {
        const rel = m[1]!.replace(/^\.\//, '');
        visit(rel.startsWith('assets/') ? rel : join(file, '..', rel));
      }
    };
    visit(loader);
    const code = [...seen].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(seen.size).toBeGreaterThan(1);
    expect(code).not.toContain('Sony Group Corporation');
    expect(code).not.toContain('Readability');
    const gz = gzipSync(code).length;
    // The goal (README): 30 KB gzipped. The article passes (clutter finder, ticker scanner) load only on
    // articles (content/lazy-article.ts), the card and reader on first use.
    expect(gz).toBeLessThan(30 * 1024);
    // The early stylesheet's script runs on every page before its first paint, as a plain script (no imports).
    // #16: it carries the early judge (the clutter finder and the detection it needs, ~16 KB gzipped), which must
    // run before the first paint: a module or a dynamic import lands frames after it. Pages whose metadata does
    // not say "article" only compile it and ask the gate.
    const early = manifest(dir).content_scripts.find((c: { run_at?: string }) => c.run_at === 'document_start');
    expect(early.js).toEqual(['early.js']);
    const earlyCode = readFileSync(join(dir, 'early.js'), 'utf8');
    expect(earlyCode).not.toMatch(/\bimport\b/);
    // 28 KB: the general clutter rules of sessions 15 to 20 grew it from 19.7 to 27.8 KiB (the rules are the
    // finder's, which the judge must run as is: German, Spanish and French sign-up asks, mailing-list services' forms,
    // promo tiles, sponsor labels in Portuguese, French, Italian, Finnish, Czech and Polish, the byline's disclosure
    // run...); a kilobyte gzipped is about 3.5 KB of source, well under a tenth of a millisecond to compile. The same
    // session took the rules' `$comment` prose out of the content script (1.5 KB gzipped less on every page).
    // `npm run bench -- --only paint` is where its cost on pages is measured. Session 20's split of the finder into
    // modules added about 70 bytes and crossed 27 KiB; that session's rules (a label over a story tile or over paid
    // offers, a widget's heading over its sign-up form, the site's menu and search as a blocker...) took it to 27.8 KiB.
    // 29 KB: session 21's rules from two German, Polish, Spanish and French sets (bracketed "[Anzeige]" headlines,
    // stream tiles, "enthält Affiliate-Links" notes, forms that post to the sign-up page) took it to 28.2 KiB after
    // that session saved 0.3 KiB (the early sheet minified, the script built as UTF-8 instead of \u escapes).
    expect(gzipSync(earlyCode).length).toBeLessThan(29 * 1024);
    // The dataset ships as compact shards and gzipped descriptions (scripts/data/vite-assets.ts), not as JSON.
    expect(readdirSync(join(dir, 'assets')).filter((f) => /^(listings|history)-/.test(f))).toEqual([]);
    const shards = readdirSync(join(dir, 'data/dataset'));
    expect(shards).toEqual(expect.arrayContaining(['header.json', '000.txt', '255.txt']));
    expect(shards.reduce((sum, f) => sum + statSync(join(dir, 'data/dataset', f)).size, 0)).toBeGreaterThan(3_000_000);
    expect(readdirSync(join(dir, 'data/summaries')).every((f) => f.endsWith('.json.gz'))).toBe(true);
  });
});
