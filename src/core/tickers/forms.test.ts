// Each ticker form's own examples (forms.ts): what it must find, as written, and where it must find nothing;
// and each is a form findMarked and the scan's cheap tests know.
import { describe, expect, it } from 'vitest';
import { TICKER_FORMS } from './forms.ts';
import { findMarked, mayHoldMarked } from './grammar.ts';

describe.each(TICKER_FORMS.map((f) => [f.id, f] as const))('ticker form %s', (_id, form) => {
  it.each(form.examples.match)('finds its mentions in %s', (text, found) => {
    expect(form.hint(text)).toBe(true);
    expect([...form.find(text)].map((m) => text.slice(m.start, m.end))).toEqual(found);
    for (const m of form.find(text)) expect(m.form).toBe(form.mention);
    // The cheap tests pass it, and findMarked returns each (no stronger form covers these examples).
    expect(mayHoldMarked(text)).toBe(true);
    const marked = findMarked(text).map((m) => `${m.start}-${m.end}`);
    for (const m of form.find(text)) expect(marked).toContain(`${m.start}-${m.end}`);
  });

  it.each(form.examples.noMatch)('finds nothing in %s', (text) => {
    expect([...form.find(text)]).toEqual([]);
  });

  it('has examples of both kinds', () => {
    expect(form.examples.match.length).toBeGreaterThan(0);
    expect(form.examples.noMatch.length).toBeGreaterThan(0);
  });
});
