// The message catalogue holds exactly what the extension shows: every key of the English catalogue is used
// somewhere in the shipped code, and the German one has the same keys. Most keys are written out where they
// are shown (t('popupLoading'), __MSG_extName__ in the manifest); the families built at run time are the
// card's notes, whose ids travel with the company data (core/notes.ts NOTE_IDS) and reach t() in notesText, and
// the clutter kinds' names and hints, made from each kind's id (pages/shared/report.ts kindMessageKey).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NOTE_IDS } from '../core/notes.ts';
import { CLUTTER_KINDS } from '../core/types.ts';
import { kindMessageKey } from '../pages/shared/report.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');
const catalogue = (lang: string) => Object.keys(JSON.parse(readFileSync(join(ROOT, `src/public/_locales/${lang}/messages.json`), 'utf8')));

/** The shipped code's text: sources under src (tests left out) and the manifest. */
function shippedText(): string {
  const out: string[] = [readFileSync(join(ROOT, 'manifest.json'), 'utf8')];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(ROOT, 'src'));
  return out.join('\n');
}

/** Keys whose name the code builds or carries as data rather than writing out. */
const RUNTIME_FAMILIES: Record<string, readonly string[]> = {
  notes: NOTE_IDS,
  kinds: CLUTTER_KINDS.flatMap((kind) => [kindMessageKey(kind)!, kindMessageKey(kind, 'Hint')!]),
};

describe('message catalogue', () => {
  const en = catalogue('en');
  const text = shippedText();
  const built = new Set(Object.values(RUNTIME_FAMILIES).flat());
  const written = (key: string) => new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(text);

  it('uses every English key: written out in the code, or a member of a run-time family', () => {
    expect(en.filter((key) => !built.has(key) && !written(key))).toEqual([]);
  });

  it('has every run-time family member in the catalogue', () => {
    expect([...built].filter((key) => !en.includes(key))).toEqual([]);
  });

  it('has the same keys in German as in English', () => {
    expect([...catalogue('de')].sort()).toEqual([...en].sort());
  });

  it('finds a key only where it is written whole', () => {
    // The check must be able to fail: a key that is only a prefix of one in use does not count as used.
    expect(written('indicatorHiddenOn')).toBe(false);
    expect(written('indicatorHiddenOne')).toBe(true);
  });
});
