import { describe, expect, it } from 'vitest';
import { classifyUrl } from './url-kind.ts';
import { cases } from './test-support.ts';

describe('classifyUrl', () => {
  it.each([
    ['https://finance.yahoo.com/quote/AAPL/', 'quote'],
    ['https://www.marketwatch.com/investing/stock/aapl', 'quote'],
    ['https://www.reuters.com/markets/', 'section'],
    ['https://www.marketwatch.com/author/laura-lindqvist', 'profile'],
    ['https://www.cnbc.com/', 'home'],
    ['https://www.ft.com', 'home'],
    ['https://www.example.com/search?q=apple', 'search'],
    ['https://www.example.com/?s=apple', 'search'],
    ['https://www.example.com/login?next=/x', 'login'],
    ['https://shop.example.com/item/123', 'shop'],
    ['https://docs.python.org/3/library/re.html', 'docs'],
    ['https://forum.example.com/t/how-to-read-a-10-k/1234', 'forum'],
    ['https://www.youtube.com/watch?v=abc', 'video'],
    ['https://www.cnbc.com/video/2024/06/04/stocks-open-higher.html', 'video'],
    ['http://videos.gulflive.com/2013/10/crown_equity_holdings_could_be.html', 'video'],
    ['https://www.example.com/tag/dividends/', 'listing'],
    ['https://www.example.com/topics/markets/page/2', 'listing'],
    ['https://economictimes.indiatimes.com/tech/hardware/the-iphone-se-is-in-india/not-a-flagship/slideshow/76280131.cms', 'listing'],
    ['https://www.example.com/gallery/best-phones-2024', 'listing'],
  ])('%s is a %s page', (url, kind) => {
    expect(classifyUrl(url)?.kind).toBe(kind);
  });

  it.each([
    'https://www.valuewalk.com/2014/12/sony-pictures-hack-north-korea/',
    'https://www.kiplinger.com/investing/stocks/dividend-stocks/dividend-stocks-to-hold-through-rate-cuts',
    'https://www.benzinga.com/news/24/06/39251247/tesla-amd-nestle-among-premarket-movers',
    'https://economictimes.indiatimes.com/markets/stocks/news/sensex-nifty-reliance-infosys-rally/articleshow/110982431.cms',
    'https://www.example.com/?p=88409',
    'https://www.example.com/2024/06/slideshow-of-the-year-review-shows-gallery-prices-rise',
    'http://fakehost/test/page.html',
  ])('%s says nothing against an article', (url) => {
    expect(classifyUrl(url)).toBeNull();
  });

  it('says nothing about a missing or odd address', () => {
    expect(classifyUrl(null)).toBeNull();
    expect(classifyUrl('not a url')).toBeNull();
    expect(classifyUrl('file:///tmp/page.html')).toBeNull();
  });

  it('never calls a labelled article URL a non-article page', () => {
    for (const c of cases.filter((c) => c.isArticle)) expect(classifyUrl(c.url)?.strong ?? false).toBe(false);
  });

  it('treats a section-looking path as a weak signal only', () => {
    expect(classifyUrl('https://blog.example.com/markets/')).toEqual({ kind: 'section', strong: false });
  });
});
