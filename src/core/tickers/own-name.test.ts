import { describe, expect, it } from 'vitest';
import { findTickers } from './find.ts';
import { company, fakeResolver, parseHtml } from './test-support.ts';

describe('a name equal to its symbol is a name', () => {
  it('highlights only the bracket in "IAC Inc. (NASDAQ: IAC)", and not the all-caps headline word', async () => {
    const doc = parseHtml(
      '<!doctype html><body><h1>IAC SHARES JUMP</h1><p>IAC Inc. (NASDAQ: IAC) said IAC would buy a rival. Apple (NASDAQ: AAPL) fell; AAPL led.</p></body>',
    );
    const found = await findTickers(
      [doc.body],
      fakeResolver([company('IAC', 'IAC Inc.', 'NASDAQ'), company('AAPL', 'Apple Inc.', 'NASDAQ')]),
    );
    expect(found.map((m) => m.candidate.text)).toEqual(['NASDAQ: IAC', 'NASDAQ: AAPL', 'AAPL']);
  });
});
