import { describe, expect, it } from 'vitest';
import { countryName, formatSigned, marketStateText, sourceText, trendSummary } from './format.ts';

const en = { locale: 'en-US' };

describe('format', () => {
  it('always writes the sign of a change', () => {
    expect(formatSigned(1.25, en)).toBe('+1.25');
    expect(formatSigned(-0.4, en)).toBe('-0.40');
    expect(formatSigned(0, en)).toBe('0.00');
    expect(formatSigned(-0.0123, en, 4)).toBe('-0.0123');
  });

  it('names the source and its delay', () => {
    expect(sourceText({ source: 'yahoo', delayMinutes: 15 })).toBe('Yahoo Finance, delayed 15 min');
    expect(sourceText({ source: 'finnhub', delayMinutes: 0 })).toBe('Finnhub, real time');
    expect(sourceText({ source: 'fmp' })).toBe('Financial Modeling Prep');
  });

  it('summarises a trend in words, ignoring gaps', () => {
    expect(trendSummary([25.1, Number.NaN, 26, 24.31], en)).toBe('Last 3 closes: down 3.1% from 25.10 to 24.31 (low 24.31, high 26.00)');
    expect(trendSummary([10, 12], en)).toBe('Last 2 closes: up 20.0% from 10.00 to 12.00 (low 10.00, high 12.00)');
    expect(trendSummary([10, 10], en)).toMatch(/^Last 2 closes: unchanged/);
    expect(trendSummary([10], en)).toBeNull();
    expect(trendSummary([], en)).toBeNull();
  });

  it('spells out a two-letter country code and keeps names', () => {
    expect(countryName('JP', 'en')).toBe('Japan');
    expect(countryName('United Kingdom', 'en')).toBe('United Kingdom');
  });
});

describe('format: market state from a provider', () => {
  it('names the known states and ignores anything else, prototype names included', () => {
    expect(marketStateText('closed')).toBe('Market closed');
    expect(marketStateText('pre')).toBe('Pre-market');
    expect(marketStateText(undefined)).toBeNull();
    expect(marketStateText('constructor' as never)).toBeNull();
    expect(sourceText({ source: 'constructor' as never })).toBe('constructor');
  });
});
