import { describe, expect, it } from 'vitest';
import { csvObjects, csvRows, pipeObjects } from './io.ts';

describe('csvRows / csvObjects', () => {
  it('reads quoted fields with commas, quotes and newlines, CRLF, a BOM, and skips empty lines', () => {
    const text = '\ufeffsymbol,name\r\nP,"Pandora Media, Inc."\r\n\r\nQ,"The ""Q"" Co\nLtd"\r\n';
    expect(csvRows(text)).toEqual([
      ['symbol', 'name'],
      ['P', 'Pandora Media, Inc.'],
      ['Q', 'The "Q" Co\nLtd'],
    ]);
  });

  it('keeps rows of uneven length (jonfriesen TSX rows), a stray quote inside a field, and trims values', () => {
    expect(csvRows('A,b\nB,c,d,e\nC,5" disc\n')).toEqual([
      ['A', 'b'],
      ['B', 'c', 'd', 'e'],
      ['C', '5" disc'],
    ]);
    expect(csvObjects(' symbol , name \nS , Sprint \nT\n')).toEqual([
      { symbol: 'S', name: 'Sprint' },
      { symbol: 'T', name: '' },
    ]);
  });
});

describe('pipeObjects', () => {
  it("reads Nasdaq Trader's directory without its footer line, quotes taken literally", () => {
    const text = 'Symbol|Security Name|ETF\nAAPL|Apple Inc. - Common Stock|N\nX|A "quoted" name|N\nFile Creation Time: 0303202606:00||\n';
    expect(pipeObjects(text)).toEqual([
      { Symbol: 'AAPL', 'Security Name': 'Apple Inc. - Common Stock', ETF: 'N' },
      { Symbol: 'X', 'Security Name': 'A "quoted" name', ETF: 'N' },
    ]);
  });
});
