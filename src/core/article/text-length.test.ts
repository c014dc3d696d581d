// The shared lengths must equal what `collapse(el.textContent).length` gives, on every element of real pages.
import { describe, expect, it } from 'vitest';
import { PARSERS, cases, collapse, readFixture } from './test-support.ts';
import fc from 'fast-check';
import { TextLengths, collapsedLength } from './text-length.ts';
import { scanPage } from './scan.ts';

describe('collapsedLength', () => {
  it.each([
    '',
    ' ',
    '\n\t ',
    'word',
    '  two  words ',
    'a\u00a0\u00a0b',
    '\u2003lead and trail\u3000',
    'x\ufeffy',
    'a\u001fb',
    '\r\nline\r\nbreaks\r\n',
  ])('matches collapse() on %j', (s) => {
    expect(collapsedLength(s)).toBe(collapse(s).length);
  });

  it('matches collapse() on any mix of words and every kind of white space', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u2028', '\v'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(collapsedLength(s)).toBe(collapse(s).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe.each(Object.entries(PARSERS))('scanPage lengths (%s)', (_name, parse) => {
  it.each(cases.map((c) => c.file))('equal collapse(textContent) for every element of %s', (file) => {
    const doc = parse(readFixture(file));
    const scan = scanPage(doc);
    // Inner elements first, then outer ones: a memo must never answer for one element with another's length.
    const wrong = Array.from(doc.querySelectorAll('*'))
      .reverse()
      .filter((el) => scan.lengths.of(el) !== collapse(el.textContent).length);
    expect(wrong.map((el) => el.localName)).toEqual([]);
    expect(scan.lengths.of(doc.body)).toBeGreaterThan(1000);
  });

  it('reads text across elements as textContent does: whitespace at a seam is one space, none adds none', () => {
    const doc = parse(
      '<html><body><div id="a"> one<b>two </b> <i></i>\n<span>three</span><span> </span></div><p id="b"><i> </i>x<i> </i></p></body></html>',
    );
    const lengths = new TextLengths();
    expect(lengths.of(doc.getElementById('a')!)).toBe('onetwo three'.length);
    expect(lengths.of(doc.getElementById('b')!)).toBe(1);
  });

  it.each(cases.map((c) => c.file))('reaches(el, n) agrees with the full length for every element of %s', (file) => {
    const doc = parse(readFixture(file));
    const els = Array.from(doc.querySelectorAll('*'));
    for (const min of [1, 80, 500, 5000]) {
      // A fresh memo each time, so that reaches() has to read the page, not the lengths measured before.
      const wrong = els.filter((el) => new TextLengths().reaches(el, min) !== collapse(el.textContent).length >= min);
      expect(wrong.map((el) => `${el.localName}@${min}`)).toEqual([]);
    }
  });
});
