// @vitest-environment node
// The committed data files are exactly what the build produces from ../shared/data: a rebuild into a temporary
// directory gives identical bytes (so the build is deterministic and the committed files are current).
// Data from a refresh (meta.json `refreshed`) is rebuilt from the dated download folder instead, .cache/data/DATE.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataMeta } from '../src/core/resolve/data-format.ts';
import { truncateSummary, withoutReceiptSuffix } from './data/names.ts';
import { requireShared } from './shared-dir.ts';

const repoRoot = join(fileURLToPath(import.meta.url), '../..');
const { refreshed } = JSON.parse(readFileSync(join(repoRoot, 'src/data/meta.json'), 'utf8')) as DataMeta;
// Without ../shared/data this fails at collection, saying where ../shared comes from (never a silent skip). Data from a
// refresh is skipped when its download folder is not on this machine (it is not in any repository; CI has none).
const shared = refreshed
  ? join(repoRoot, '.cache/data', refreshed)
  : (process.env.CLEARFOLIO_SHARED_DATA ?? dirname(requireShared('data/SOURCES.md', 'the unit test scripts/build-data.test.ts')));
const out = mkdtempSync(join(tmpdir(), 'clearfolio-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const generated = (root: string): string[] => [
  ...['listings.json', 'history.json', 'exchanges.json', 'meta.json'].map((f) => join('src/data', f)),
  ...readdirSync(join(root, 'src/data/summaries'))
    .sort()
    .map((f) => join('src/data/summaries', f)),
];

describe.skipIf(refreshed !== undefined && !existsSync(join(shared, 'SOURCES.md')))('build-data', () => {
  it('rebuilds the committed files byte for byte', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/build-data.ts'), shared, '--out', out], { stdio: 'pipe' });
    const files = generated(out);
    expect(files).toEqual(generated(repoRoot));
    for (const file of files) {
      const fresh = readFileSync(join(out, file));
      expect(fresh.equals(readFileSync(join(repoRoot, file))), file).toBe(true);
    }
  }, 180_000);
});

describe('withoutReceiptSuffix', () => {
  it('drops what sources append for depositary receipts, and nothing that is part of a name', () => {
    expect(withoutReceiptSuffix('Hon Hai Precision Industry Co., Ltd. Sponsored GDR RegS')).toBe('Hon Hai Precision Industry Co., Ltd.');
    expect(withoutReceiptSuffix('Gaotu Techedu, Inc. Sponsored ADR Class A')).toBe('Gaotu Techedu, Inc.');
    expect(withoutReceiptSuffix('Nokia Corporation Sponsored')).toBe('Nokia Corporation');
    expect(withoutReceiptSuffix('Pandora A/S / ADR')).toBe('Pandora A/S');
    expect(withoutReceiptSuffix('United Microelectronics Corp. Sponsored ADR')).toBe('United Microelectronics Corp.');
    expect(withoutReceiptSuffix('Artemis ADR Marketplace Limited')).toBe('Artemis ADR Marketplace Limited');
    expect(withoutReceiptSuffix('AdvisorShares Dorsey Wright ADR ETF')).toBe('AdvisorShares Dorsey Wright ADR ETF');
    expect(withoutReceiptSuffix('ADR')).toBe('ADR');
  });
});

describe('truncateSummary', () => {
  const apple =
    'Apple Inc. designs, manufactures, and markets smartphones, personal computers, tablets, wearables, and accessories ' +
    'worldwide. The company offers iPhone, a line of smartphones; Mac, a line of personal computers; iPad, a line of ' +
    'multi-purpose tablets; and wearables, home, and accessories. It also provides AppleCare support and cloud services. ' +
    'The company was founded in 1976 and is headquartered in Cupertino, California.';

  it('keeps a short description whole, with its spaces tidied', () => {
    expect(truncateSummary('Sony Group Corporation  makes\nconsoles.')).toBe('Sony Group Corporation makes consoles.');
  });

  it('cuts a long one after the last whole sentence that fits, not after an abbreviation', () => {
    const cut = truncateSummary(apple);
    expect(cut.length).toBeLessThanOrEqual(320);
    expect(cut).toMatch(/^Apple Inc\. designs.*accessories\.$/);
    expect(apple.startsWith(cut)).toBe(true);
    const acme =
      'Acme Steel makes steel in many countries. It is a unit of Big Holdings Inc. Its chair is J. Smith. It was founded in 1900.';
    expect(truncateSummary(acme, 80)).toBe('Acme Steel makes steel in many countries.');
    expect(truncateSummary(acme, 110)).toBe(
      'Acme Steel makes steel in many countries. It is a unit of Big Holdings Inc. Its chair is J. Smith.',
    );
  });

  it('cuts at a word with an ellipsis when the sentences that fit say too little', () => {
    const text = `Acme AG makes tools. It sells ${'hammers, saws, drills, '.repeat(30)}and more.`;
    const cut = truncateSummary(text);
    expect(cut.length).toBeLessThanOrEqual(320);
    expect(cut).toMatch(/^Acme AG makes tools\. It sells hammers, .*[a-z]…$/);
  });
});
