// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { entriesOf, unzip, zip, type ZipEntry } from './zip.ts';

const entry = (path: string, text: string): ZipEntry => ({ path, data: Buffer.from(text) });

describe('deterministic zip', () => {
  it('round-trips any set of files, in sorted order, whatever order they came in', () => {
    const name = fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9_.-]{1,8}){0,2}$/).filter((p) => !p.split('/').includes('..'));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ path: name, data: fc.uint8Array({ maxLength: 2000 }) }), { selector: (e) => e.path }),
        (files) => {
          const entries = files.map((f) => ({ path: f.path, data: Buffer.from(f.data) }));
          const bytes = zip(entries);
          expect(zip([...entries].reverse()).equals(bytes)).toBe(true);
          const back = unzip(bytes);
          expect(back.map((e) => e.path)).toEqual(
            entries.map((e) => e.path).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
          );
          for (const e of back) expect(e.data.equals(entries.find((x) => x.path === e.path)!.data)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fixes timestamps and permissions, and compresses what compresses', () => {
    const big = 'quarterly revenue rose '.repeat(500);
    const bytes = zip([entry('b.txt', big), entry('a/c.json', '{}')]);
    const back = unzip(bytes);
    expect(back.map((e) => [e.path, e.mode.toString(8), e.dosDate, e.dosTime])).toEqual([
      ['a/c.json', '100644', 33, 0],
      ['b.txt', '100644', 33, 0],
    ]);
    expect(bytes.length).toBeLessThan(big.length / 10);
  });

  it('refuses duplicate and escaping names', () => {
    expect(() => zip([entry('a', '1'), entry('a', '2')])).toThrow(/duplicate/);
    expect(() => zip([entry('../a', '1')])).toThrow(/unsafe/);
    expect(() => zip([entry('/etc/a', '1')])).toThrow(/unsafe/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'clearfolio-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder with forward-slash names relative to it, whatever the files on disk say about time', () => {
    mkdirSync(join(dir, 'x/y'), { recursive: true });
    writeFileSync(join(dir, 'x/y/z.txt'), 'z');
    writeFileSync(join(dir, 'top.txt'), 't');
    const first = zip(entriesOf(dir));
    writeFileSync(join(dir, 'top.txt'), 't'); // rewritten: new mtime, same content
    expect(zip(entriesOf(dir)).equals(first)).toBe(true);
    expect(unzip(first).map((e) => e.path)).toEqual(['top.txt', 'x/y/z.txt']);
  });
});
