// Generated pages for the CLI benchmark (bench-cli.ts) and the CLI's big-page tests: an article page grown to a
// given size, and a page nested a given number of elements deep. Deterministic: the same arguments give the same text.

const COMPANIES = [
  ['Apple', 'NASDAQ: AAPL'],
  ['Microsoft', 'NASDAQ: MSFT'],
  ['Tesco', 'LON: TSCO'],
  ['Sony', 'NYSE: SONY'],
  ['Shopify', 'NYSE: SHOP'],
  ['Alphabet', 'NASDAQ: GOOGL'],
] as const;

function section(i: number): string {
  const [name, tick] = COMPANIES[i % COMPANIES.length]!;
  const [other, otherTick] = COMPANIES[(i + 1) % COMPANIES.length]!;
  return `<section class="story-part" id="part-${i}"><div class="part-wrap"><div class="part-body">
<h2>Part ${i}: ${name} and ${other} after the results</h2>
<p>${name} (${tick}) rose ${i % 7}% on Tuesday after the company reported quarterly results that beat analysts' forecasts, while ${other} (${otherTick}) slipped in early trading.</p>
<p>Traders said the move came after a week of mixed results across the sector and cautious guidance from several large companies; volumes were about ${(i % 5) + 1} times the average of the last month.</p>
<figure><img src="/img/${i}.jpg" alt=""><figcaption>Shares of ${name} on the day of the results (chart ${i}).</figcaption></figure>
<ul class="related"><li><a href="/markets/${i}/a">Markets wrap ${i}</a></li><li><a href="/markets/${i}/b">What analysts said</a></li></ul>
<div class="sponsored-box"><span>Sponsored</span> <a href="https://ads.example/${i}">Open a trading account in minutes</a></div>
</div></div></section>
`;
}

/** An article page of about `bytes` bytes (UTF-8): a normal head and article, the body grown with sections. */
export function bigArticlePage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets: the long read | Example News</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-27T09:00:00Z">
<link rel="canonical" href="https://news.example/markets/2026/11/27/long-read"></head><body>
<header class="masthead"><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>Markets: the long read</h1><p class="standfirst">Apple (NASDAQ: AAPL) and Tesco (LON: TSCO) led a busy week.</p>
`;
  const tail = `</article><aside class="sidebar"><h3>Newsletter</h3><p>Sign up for our daily markets newsletter.</p></aside></main>
<footer><p>Example News</p></footer></body></html>
`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const s = section(i);
    parts.push(s);
    size += s.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** `depth` nested divs around `inner` (by default one short paragraph with a ticker). */
export function deepPage(depth: number, inner = '<p>Apple (AAPL) rose.</p>'): string {
  return `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
}

/** An article (headline, standfirst, paragraphs with tickers) inside `depth` nested divs. */
export function deepArticlePage(depth: number): string {
  const para = (s: string) =>
    `<p>${s} Traders said the move came after a week of mixed results across the sector and cautious guidance from companies.</p>`;
  const article = `<article><h1>Apple and Tesco lead the market</h1>
${para('Apple (NASDAQ: AAPL) rose 3% and Tesco (LON: TSCO) gained 2% on Tuesday morning.')}
${para('Shopify (NYSE: SHOP) was flat while Microsoft (MSFT) slipped after its results.')}
${para('Apple and its rivals have been cutting prices for months, analysts said.')}</article>`;
  return deepPage(depth, article).replace(
    '<title>Deep</title>',
    '<title>Markets | Example</title><meta property="og:type" content="article">',
  );
}
