import { describe, expect, it } from 'vitest';
import { dateFromUrl, parseDate, publishedDate } from './published.ts';

function doc(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
const ld = (json: unknown, raw?: string) => `<script type="application/ld+json">${raw ?? JSON.stringify(json)}</script>`;

describe('parseDate', () => {
  it('reads the calendar date publishers write, as they wrote it (not moved to UTC)', () => {
    expect(parseDate('2015-03-12T23:30:00-04:00')).toBe('2015-03-12');
    expect(parseDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
    expect(parseDate('2024-06-25')).toBe('2024-06-25');
    expect(parseDate('2015/3/9')).toBe('2015-03-09');
    expect(parseDate('20150312')).toBe('2015-03-12');
    expect(parseDate('Thu, 12 Mar 2015 13:30:00 GMT')).toBe('2015-03-12');
    expect(parseDate('March 12, 2015 9:30 AM ET')).toBe('2015-03-12');
    expect(parseDate('Sept. 3rd, 2015')).toBe('2015-09-03');
    expect(parseDate('12 December 2014')).toBe('2014-12-12');
    expect(parseDate('1426167000')).toBe('2015-03-12');
    expect(parseDate('1426167000000')).toBe('2015-03-12');
  });

  it('gives null for what is not a date, or not a real one', () => {
    for (const s of ['', 'yesterday', '2015-13-01', '2015-02-30', '1850-01-01', 'Section 12, 2015', '12345', 'Mayday 3, 2015']) {
      expect(parseDate(s), s).toBeNull();
    }
  });
});

describe('publishedDate', () => {
  it("takes the article entity's JSON-LD datePublished over other entities and over meta tags", () => {
    const d = doc(
      ld({ '@type': 'VideoObject', datePublished: '2024-12-01T10:00:00Z' }) +
        ld({
          '@context': 'https://schema.org',
          '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2024-12-06T22:00:40Z' }],
        }) +
        '<meta property="article:published_time" content="2024-12-07T12:43:39Z">',
    );
    expect(publishedDate(d, null)).toBe('2024-12-06');
  });

  it('reads JSON-LD wrapped in CDATA markers, and falls back to a non-article entity', () => {
    expect(publishedDate(doc(ld(null, '\n<![CDATA[\n{"@type":"Article","datePublished":"2018-04-05T06:00"}\n]]>\n')), null)).toBe(
      '2018-04-05',
    );
    expect(publishedDate(doc(ld({ '@type': 'WebPage', datePublished: '2019-01-03' })), null)).toBe('2019-01-03');
  });

  it('skips broken JSON-LD and uses the meta tags, most specific first', () => {
    const d = doc(
      ld(null, '{ broken') +
        '<meta name="date" content="2020-01-01"><meta name="sailthru.date" content="2016-02-03 10:00:00"><meta name="description" content="2010-01-01">',
    );
    expect(publishedDate(d, null)).toBe('2016-02-03');
    expect(publishedDate(doc('<meta name="parsely-page" content=\'{"title":"x","pub_date":"2014-12-29T15:00:00Z"}\'>'), null)).toBe(
      '2014-12-29',
    );
    expect(publishedDate(doc('<meta name="DC.date.issued" content="2013-05-06">'), null)).toBe('2013-05-06');
    expect(publishedDate(doc('<meta itemprop="datePublished" content="2012-07-08">'), null)).toBe('2012-07-08');
  });

  it('reads a <time> marked as the publication time, else the first dated <time> in the article', () => {
    const marked = doc(
      '',
      '<aside><time datetime="2020-01-01">x</time></aside><p>By A <time itemprop="datePublished" datetime="2015-04-16T12:00">Apr 16</time></p>',
    );
    expect(publishedDate(marked, null)).toBe('2015-04-16');
    const inArticle = doc(
      '',
      '<aside><time datetime="2020-01-01">x</time></aside><article><time datetime="2017-01-18">Jan 18</time></article>',
    );
    expect(publishedDate(inArticle, null)).toBe('2017-01-18');
    // A <time> in a sidebar alone does not date the page.
    expect(publishedDate(doc('', '<aside><time datetime="2020-01-01">x</time></aside><p>Text</p>'), null)).toBeNull();
  });

  it('uses a date in the URL last, and null when nothing says', () => {
    expect(publishedDate(doc(''), 'http://247wallst.com/investing/2014/12/29/the-52-week-low-club/')).toBe('2014-12-29');
    expect(publishedDate(doc('<meta property="article:published_time" content="2014-12-30">'), 'https://x.com/2014/12/29/a/')).toBe(
      '2014-12-30',
    );
    expect(publishedDate(doc('<title>x</title>'), 'https://example.com/news/story')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('finds /YYYY/MM/DD/, /YYYY-MM-DD/, /YYYYMMDD/ and a month alone', () => {
    expect(dateFromUrl('https://a.com/2015/03/12/story')).toBe('2015-03-12');
    expect(dateFromUrl('https://a.com/news/2015-03-12-story')).toBe('2015-03-12');
    expect(dateFromUrl('https://a.com/20150312/story.html')).toBe('2015-03-12');
    expect(dateFromUrl('https://a.com/2016/12/two-arrested.html')).toBe('2016-12');
  });

  it('ignores numbers that are not dates, and the query string', () => {
    expect(dateFromUrl('https://a.com/story/123456789')).toBeNull();
    expect(dateFromUrl('https://a.com/2015/13/40/story')).toBeNull();
    expect(dateFromUrl('https://a.com/story?d=2015/03/12/')).toBeNull();
    expect(dateFromUrl('https://a.com/top-2000/list')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
