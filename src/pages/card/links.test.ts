import { describe, expect, it } from 'vitest';
import { companyLinks, defaultMarketIds, edgarFilingsUrl, googleFinanceUrl, searchLinks, yahooQuoteUrl } from './links.ts';
import { safeHttpUrl } from './safe-url.ts';
import { MANDIANT, SONY, SONY_TOKYO } from './test-data.ts';

describe('link builders', () => {
  it('builds the quote-site URLs the brief names', () => {
    expect(yahooQuoteUrl('6758.T')).toBe('https://finance.yahoo.com/quote/6758.T');
    expect(googleFinanceUrl('6758:TYO')).toBe('https://www.google.com/finance/quote/6758:TYO');
    expect(edgarFilingsUrl(313838)).toBe('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000313838');
  });

  it('encodes what it embeds, so a symbol cannot add path segments or parameters', () => {
    expect(yahooQuoteUrl('A/../B?x=1')).toBe('https://finance.yahoo.com/quote/A%2F..%2FB%3Fx%3D1');
    expect(googleFinanceUrl('A#B:NYSE')).toBe('https://www.google.com/finance/quote/A%23B:NYSE');
  });

  it('derives Yahoo and Google ids from the MIC', () => {
    expect(defaultMarketIds(SONY_TOKYO)).toEqual({ yahoo: '6758.T', google: '6758:TYO' });
    expect(defaultMarketIds({ symbol: 'AAPL', mic: 'XNGS' })).toEqual({ yahoo: 'AAPL', google: 'AAPL:NASDAQ' });
    expect(defaultMarketIds({ symbol: 'BRK.B', mic: 'XNYS' })).toEqual({ yahoo: 'BRK-B', google: 'BRK.B:NYSE' });
    expect(defaultMarketIds({ symbol: 'RCI.B', mic: 'XTSE' })).toEqual({ yahoo: 'RCI-B.TO', google: 'RCI.B:TSE' });
    expect(defaultMarketIds({ symbol: '700', mic: 'XHKG' })).toEqual({ yahoo: '0700.HK', google: '700:HKG' });
    expect(defaultMarketIds({ symbol: 'BP', mic: 'XLON' })).toEqual({ yahoo: 'BP.L', google: 'BP:LON' });
    // An unknown venue gets no quote-site link rather than a bare symbol that names another company.
    expect(defaultMarketIds({ symbol: 'X', mic: 'ZZZZ' })).toEqual({ yahoo: null, google: null });
  });
});

describe('companyLinks', () => {
  it('gives Sony (NYSE) its EDGAR, Yahoo, Google and website links', () => {
    expect(companyLinks(SONY)).toEqual([
      { label: 'SEC EDGAR filings', href: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000313838' },
      { label: 'Yahoo Finance', href: 'https://finance.yahoo.com/quote/SONY' },
      { label: 'Google Finance', href: 'https://www.google.com/finance/quote/SONY:NYSE' },
      { label: 'Company website', href: 'http://www.sony.com/' },
    ]);
  });

  it('has no EDGAR link without a CIK, and takes precomputed ids', () => {
    const links = companyLinks(SONY_TOKYO, { yahoo: '6758.T', google: null });
    expect(links.map((l) => l.label)).toEqual(['Yahoo Finance', 'Company website']);
  });

  it('keeps the filings of a company that no longer trades, with no quote pages', () => {
    expect(companyLinks(MANDIANT)).toEqual([
      { label: 'SEC EDGAR filings', href: 'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001370880' },
    ]);
  });

  it('drops a hostile website', () => {
    const links = companyLinks({ ...SONY, website: 'javascript:alert(1)' });
    expect(links.map((l) => l.label)).not.toContain('Company website');
    for (const l of links) expect(safeHttpUrl(l.href)).toBe(l.href);
  });
});

describe('searchLinks', () => {
  it('searches by the symbol as written, with its exchange for Google', () => {
    expect(searchLinks({ symbol: 'XYZQ', exchange: 'NYSE' })).toEqual([
      { label: 'Search Yahoo Finance', href: 'https://finance.yahoo.com/lookup/?s=XYZQ' },
      { label: 'Search Google Finance', href: 'https://www.google.com/finance/?q=NYSE%3AXYZQ' },
    ]);
  });
});
