import { describe, expect, it } from 'vitest';
import { displayHost, safeHttpUrl, websiteUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs, normalised', () => {
    expect(safeHttpUrl('https://finance.yahoo.com/quote/6758.T')).toBe('https://finance.yahoo.com/quote/6758.T');
    expect(safeHttpUrl('http://www.sony.com')).toBe('http://www.sony.com/');
    expect(safeHttpUrl('  HTTPS://Example.COM/a?b=1#c  ')).toBe('https://example.com/a?b=1#c');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    '/quote/AAPL',
    'quote/AAPL',
    '//evil.example/x',
    '\\\\evil.example\\x',
    'https:evil.example',
    'https:/evil.example',
    'https:///evil.example',
    'https://',
    'http://user:pass@evil.example/',
    'https://finance.yahoo.com@evil.example/',
    'https://exa mple.com/',
    'https://example.com/\u2028x',
    '',
    '   ',
  ])('rejects %j', (s) => {
    expect(safeHttpUrl(s)).toBeNull();
  });

  it('rejects non-strings and absurdly long input', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(42)).toBeNull();
    expect(safeHttpUrl({ toString: () => 'https://example.com' })).toBeNull();
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});

describe('websiteUrl', () => {
  it('reads a bare host as https and keeps a written scheme', () => {
    expect(websiteUrl('www.sony.com')).toBe('https://www.sony.com/');
    expect(websiteUrl('global.toyota/en')).toBe('https://global.toyota/en');
    expect(websiteUrl('http://group.softbank')).toBe('http://group.softbank/');
  });

  it('never turns a script URL or junk into a link', () => {
    expect(websiteUrl('javascript:alert(1)')).toBeNull();
    expect(websiteUrl('website')).toBeNull();
    expect(websiteUrl('')).toBeNull();
    expect(websiteUrl(undefined)).toBeNull();
  });
});

describe('displayHost', () => {
  it('drops scheme, www. and a bare trailing slash', () => {
    expect(displayHost('http://www.sony.com/')).toBe('sony.com');
    expect(displayHost('https://global.toyota/en/')).toBe('global.toyota/en');
  });
});
