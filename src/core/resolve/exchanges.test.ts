import { describe, expect, it } from 'vitest';
import { codeForMic, edgarUrl, exchangeInfo, googleFinanceSymbol, micsFor, yahooSymbol } from './exchanges.ts';

describe('exchange codes', () => {
  it('maps page spellings to MICs, with fallbacks', () => {
    expect(micsFor('LON', 'BP')).toEqual({ mics: ['XLON', 'AIMX'], fallbackMics: [] });
    expect(micsFor('lse', 'VOD')?.mics).toContain('XLON');
    expect(micsFor('NASDAQ', 'AAPL')?.mics).toEqual(expect.arrayContaining(['XNGS', 'XNMS', 'XNCM']));
    expect(micsFor('NYSE', 'SPY')?.fallbackMics).toEqual(expect.arrayContaining(['XASE', 'ARCX']));
    expect(micsFor('NOPE', 'X')).toBeNull();
  });

  it('reads TSE as Tokyo for numeric symbols and Toronto otherwise', () => {
    expect(micsFor('TSE', '9984')?.mics).toEqual(['XTKS']);
    expect(micsFor('TSE', 'RY')?.mics).toEqual(['XTSE']);
    expect(exchangeInfo('TSE', 'RY')?.code).toBe('TSX');
  });

  it('names venues, countries and suffixes', () => {
    expect(exchangeInfo('TYO')).toMatchObject({ country: 'JP', yahooSuffix: '.T', googlePrefix: 'TYO' });
    expect(exchangeInfo('NYSE')).toMatchObject({ country: 'US', yahooSuffix: '', googlePrefix: 'NYSE' });
    expect(codeForMic('XNGS')).toBe('NASDAQ');
    expect(codeForMic('XETR')).toBe('XETRA');
  });
});

describe('quote-site symbols', () => {
  it('spells Yahoo Finance symbols', () => {
    expect(yahooSymbol({ symbol: '6758', mic: 'XTKS' })).toBe('6758.T');
    expect(yahooSymbol({ symbol: 'BRK.B', mic: 'XNYS' })).toBe('BRK-B');
    expect(yahooSymbol({ symbol: 'BP', mic: 'XLON' })).toBe('BP.L');
    expect(yahooSymbol({ symbol: '700', mic: 'XHKG' })).toBe('0700.HK');
    expect(yahooSymbol({ symbol: 'RCI.B', mic: 'XTSE' })).toBe('RCI-B.TO');
  });

  it('spells Google Finance symbols', () => {
    expect(googleFinanceSymbol({ symbol: '6758', mic: 'XTKS' })).toBe('6758:TYO');
    expect(googleFinanceSymbol({ symbol: 'SONY', mic: 'XNYS' })).toBe('SONY:NYSE');
    expect(googleFinanceSymbol({ symbol: 'AAPL', mic: 'XNGS' })).toBe('AAPL:NASDAQ');
    expect(googleFinanceSymbol({ symbol: 'RY', mic: 'XTSE' })).toBe('RY:TSE');
    expect(googleFinanceSymbol({ symbol: '0700', mic: 'XHKG' })).toBe('700:HKG');
  });

  it('links EDGAR by zero-padded CIK', () => {
    expect(edgarUrl(320193)).toBe('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193');
  });
});
