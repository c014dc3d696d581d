// mayHoldMarked lets the scan skip articles without a single ticker form. It may say "maybe" too often, never
// "no" wrongly: every string findMarked reads something in, alone or inside longer text, must pass it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMarked, mayHoldMarked, mayHoldSpans } from './grammar.ts';
import { TICKER_FORMS } from './forms.ts';

const here = dirname(fileURLToPath(import.meta.url));
const grammarExamples = [...readFileSync(join(here, 'grammar.test.ts'), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)]
  .map((m) => m[1]!.replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))))
  .concat(TICKER_FORMS.flatMap((f) => [...f.examples.match.map(([t]) => t), ...f.examples.noMatch]));

// Characters the grammar cares about, weighted towards what makes forms: capitals, digits, punctuation, spaces.
const piece = fc.oneof(
  fc.constantFrom('NYSE', 'Nasdaq GS', 'TSX-V', 'NYSE American', 'TYO', 'Euronext Paris', 'LSE', 'SEHK', 'OTC Pink', 'Xetra'),
  fc.constantFrom(':', '\uff1a', ' ', '  ', '\u00a0', '\t', '(', ')', '$', '.', '-', ',', '&', "'"),
  fc.constantFrom('L', 'T', 'TO', 'HK', 'KS', 'N', 'O', 'S', 'SI', 'AX', 'X', 'Q', 'B'),
  fc.stringMatching(/^[A-Z0-9]{1,6}$/),
  fc.constantFrom('Apple Inc.', 'shares of', 'rose', 'the U.S.', 'e.g.', 'Sony'),
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));

describe('mayHoldMarked', () => {
  it('passes every grammar example that findMarked reads a form in', () => {
    const marked = grammarExamples.filter((s) => findMarked(s).length > 0);
    expect(marked.length).toBeGreaterThan(40);
    for (const s of marked) expect(mayHoldMarked(s), s).toBe(true);
  });

  it('passes any text findMarked reads a form in, also with other text glued to either side', () => {
    fc.assert(
      fc.property(text, text, text, (before, s, after) => {
        if (!findMarked(s).length) return;
        expect(mayHoldMarked(s)).toBe(true);
        // A match lies in one text node; the article's textContent glues neighbours on without a space.
        expect(mayHoldMarked(before + s + after)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('says no to prose without a ticker form', () => {
    for (const s of [
      'The U.S. economy grew 3% in the third quarter, the Commerce Department said on Thursday.',
      'Note: the figures were revised. Read more: our coverage of the election.',
      'She said (quietly) that prices of $5 to $10 bn were e.g. too high for the 1.5 L engine.',
      'Visit example.com or write to news@example.co.uk for details. Time: 10:30.',
    ]) {
      expect(mayHoldMarked(s), s).toBe(false);
      expect(findMarked(s)).toEqual([]);
    }
  });

  it('finds the exchange form after a long run of spaces, and the Sony page forms', () => {
    expect(mayHoldMarked('Shares of Sony (NYSE' + ' '.repeat(60) + ':' + ' '.repeat(60) + 'SNE) fell')).toBe(true);
    expect(mayHoldMarked('Sony Corp (TYO:6758) said')).toBe(true);
    expect(mayHoldMarked('FireEye (NASDAQ: FEYE)')).toBe(true);
  });
});

describe('mayHoldSpans (the scan reads only the blocks these touch)', () => {
  const covered = (text: string) => {
    const spans = mayHoldSpans(text);
    return findMarked(text).every((m) => spans.some(([a, b]) => a < m.end && m.start < b));
  };

  it('touches every form findMarked reads, also with other text glued to either side', () => {
    fc.assert(
      fc.property(text, text, text, (before, s, after) => {
        if (!findMarked(s).length) return;
        expect(covered(s)).toBe(true);
        const glued = before + s + after;
        const spans = mayHoldSpans(glued);
        for (const m of findMarked(s)) {
          const at = before.length + m.start;
          expect(
            spans.some(([a, b]) => a < at + (m.end - m.start) && at < b),
            glued,
          ).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('touches every grammar example findMarked reads a form in, and is empty exactly when mayHoldMarked says no', () => {
    for (const s of grammarExamples) {
      expect(covered(s), s).toBe(true);
      expect(mayHoldSpans(s).length > 0, s).toBe(mayHoldMarked(s));
    }
  });
});
