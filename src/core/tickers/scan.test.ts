import { describe, expect, it } from 'vitest';
import { findCandidates, mayHoldTickers } from './scan.ts';
import { parseHtml } from './test-support.ts';

function scan(body: string, opts?: Parameters<typeof findCandidates>[1]) {
  const doc = parseHtml(`<!doctype html><html><body>${body}</body></html>`);
  const cands = findCandidates([doc.body], opts);
  for (const c of cands) {
    const runs = [c, ...(c.parts ?? [])];
    expect(runs.map((r) => r.node.data.slice(r.start, r.end)).join('')).toBe(c.text);
  }
  return cands.map((c) => `${c.text}|${c.form}`);
}

describe('findCandidates', () => {
  it('reads a name in one text node and the symbol in a link', () => {
    const doc = parseHtml(
      '<p>Tesla Inc (<a href="https://www.benzinga.com/quote/TSLA">NASDAQ:TSLA</a>) added 1.8%.</p><p>Nvidia (<a href="/x">NVDA</a>) rose</p>',
    );
    const cands = findCandidates([doc.body]);
    expect(cands.map((c) => [c.text, c.form, c.node.parentElement!.localName])).toEqual([
      ['NASDAQ:TSLA', 'exchange-prefix', 'a'],
      ['NVDA', 'name-bracket', 'a'],
    ]);
    expect(cands[1]!.nameBefore).toBe('Nvidia');
  });

  it('reads each symbol of a share-class list, with links around some of them', () => {
    expect(scan('<p>Alphabet Inc. (<a href="/x">NASDAQ: GOOGL</a>, <a href="/y">GOOG</a>) and Alphabet (GOOGL, GOOG) rose</p>')).toEqual([
      'NASDAQ: GOOGL|exchange-prefix',
      'GOOG|exchange-prefix',
      'GOOGL|name-bracket',
      'GOOG|name-bracket',
    ]);
    expect(scan('<p>Berkshire Hathaway (NYSE: BRK.A, BRK.B) rose</p>')).toEqual(['NYSE: BRK.A|exchange-prefix', 'BRK.B|exchange-prefix']);
  });

  it('reads a mention across inline elements as one run of text per node', () => {
    expect(scan('<p>Sony (<b>NYSE</b>:SNE) and Apple ($AA<i>PL</i>)</p>')).toEqual(['NYSE:SNE|exchange-prefix', '$AAPL|cashtag']);
    const doc = parseHtml('<p>Nvidia (<span>NASDAQ:\u00a0<a href="/q">NVDA</a></span>) rose</p>');
    const [c] = findCandidates([doc.body]);
    expect([c!.node.data.slice(c!.start, c!.end), ...c!.parts!.map((r) => r.node.data.slice(r.start, r.end))]).toEqual([
      'NASDAQ:\u00a0',
      'NVDA',
    ]);
    expect(c!.parts![0]!.node.parentElement!.localName).toBe('a');
  });

  it('does not join text across blocks or line breaks', () => {
    expect(scan('<div><p>Sony Corp</p>(SNE)</div><p>NYSE:<br>SNE</p>')).toEqual([]);
  });

  it('skips editors, form fields, code, scripts, SVG, our own UI and hidden clutter', () => {
    const body = `
      <p>Shares of Apple ($AAPL) rose.</p>
      <textarea>$MSFT</textarea><input value="NYSE:IBM"><select><option>NYSE:IBM</option></select>
      <div contenteditable="true">Buy NASDAQ:ARM</div><div contenteditable="">Buy $SMCI</div><div contenteditable="plaintext-only">$TSLA</div>
      <div contenteditable="false">Read NYSE:GE</div>
      <pre>NYSE:F</pre><code>$GM</code><kbd>$KO</kbd><samp>$PEP</samp>
      <script>var t = "$NFLX";</script><style>.x{content:"$ORCL"}</style><noscript>$INTC</noscript><template><p>$CSCO</p></template>
      <svg><text>$QCOM</text></svg><math><mi>$TXN</mi></math>
      <clearfolio-card>$ADBE</clearfolio-card><clearfolio-ticker>$CRM</clearfolio-ticker>
      <aside data-clearfolio-hidden="sponsored"><p>$AVGO</p></aside>`;
    expect(scan(body)).toEqual(['$AAPL|cashtag', 'NYSE:GE|exchange-prefix']);
  });

  it('scans nothing when a root lies inside a skip zone', () => {
    const doc = parseHtml('<div contenteditable="true"><p id="p">NYSE:IBM</p></div>');
    expect(findCandidates([doc.getElementById('p')!])).toEqual([]);
  });

  it('returns candidates in document order across roots, scanning nested roots once', () => {
    const doc = parseHtml('<h1 id="h">$TSLA slips</h1><div id="body"><p id="p">NYSE:GME</p><p>$AMD</p></div>');
    const byId = (id: string) => doc.getElementById(id)!;
    expect(findCandidates([byId('body'), byId('p'), byId('h')]).map((c) => c.text)).toEqual(['$TSLA', 'NYSE:GME', '$AMD']);
  });

  it('reads cells of a Ticker / Symbol / Code column', () => {
    const table = `<table><thead><tr><th>Company</th><th>Ticker</th><th>Yield</th></tr></thead><tbody>
      <tr><td>Procter &amp; Gamble</td><td>PG</td><td>2.4%</td></tr>
      <tr><td>Johnson &amp; Johnson</td><td> <a href="/x">JNJ</a> </td><td>GDP</td></tr>
      <tr><td>BP</td><td>BP.L</td><td>4%</td></tr></tbody></table>
      <table><tr><th>Code</th><th>Name</th></tr><tr><td>7203</td><td>Toyota</td></tr></table>
      <table><tr><th>Company</th><th>Sector</th></tr><tr><td>IBM</td><td>IT</td></tr></table>`;
    // The bare "BP" is only a candidate: selection drops it, BP p.l.c. being called by its symbol.
    expect(scan(table)).toEqual(['PG|table-cell', 'JNJ|table-cell', 'BP|bare', 'BP.L|suffix', '7203|table-cell']);
  });

  it('reads links to quote pages and data-symbol markup when the text is the symbol', () => {
    const body = `<p>Banks led: <a href="https://www.cnbc.com/quotes/JPM">JPM</a>, <a href="/stocks/nvda-stock">NVDA</a>,
      <a href="https://finance.yahoo.com/quote/BP.L/">BP</a>, <span data-symbol="AAPL">AAPL</span>,
      <a href="/quote/MSFT">Microsoft</a>, <a href="/quote/MSFT">GOOG</a>, <a href="/markets/stocks/">STOCKS</a>.</p>`;
    const doc = parseHtml(body);
    const cands = findCandidates([doc.body]);
    expect(cands.map((c) => `${c.text}|${c.form}|${c.exchange ?? ''}`)).toEqual([
      'JPM|quote-link|',
      'NVDA|quote-link|',
      'BP|quote-link|LON',
      'AAPL|quote-link|',
    ]);
  });

  it('offers bare symbols only once the roots or the options mark them', () => {
    const body =
      "<h1>IBM lifts outlook</h1><p>International Business Machines Corp. (NYSE:IBM) rose; GE and IBM's peers fell.</p><p>Shares of IBM fell.</p>";
    expect(scan(body)).toEqual(['IBM|bare', 'NYSE:IBM|exchange-prefix', 'IBM|bare']);
    expect(scan('<p>GE rose</p>')).toEqual([]);
    expect(scan('<p>GE rose</p>', { marked: ['GE'] })).toEqual(['GE|bare']);
  });

  it('handles several mentions in one text node with exact offsets', () => {
    const doc = parseHtml('<p>Infosys (NSE: INFY; BSE: 500209) and Reliance (RELIANCE.NS) rose</p>');
    const cands = findCandidates([doc.body]);
    expect(cands.map((c) => [c.text, c.start])).toEqual([
      ['NSE: INFY', 9],
      ['BSE: 500209', 20],
      ['RELIANCE.NS', 47],
    ]);
    expect(new Set(cands.map((c) => c.node)).size).toBe(1);
  });
});

describe('mayHoldTickers (the walk is skipped when it says no)', () => {
  const root = (body: string) => parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`).querySelector('main')!;
  const none = new Set<string>();

  it('says no to an article without any ticker form, link or column', () => {
    const el = root(
      '<h1>Rates</h1><p>The U.S. economy (which grew) added jobs: many.</p><table><tr><th>Year</th></tr><tr><td>2024</td></tr></table>',
    );
    expect(mayHoldTickers(el, none)).toBe(false);
    expect(findCandidates([el])).toEqual([]);
  });

  it('says yes for each way the walk can find a candidate', () => {
    const cases: [string, Set<string>][] = [
      ['<p>Sony (NYSE:SNE) fell</p>', none],
      ['<p>Buy <a href="/quote/JPM">JPM</a></p>', none],
      ['<p>Buy <span data-symbol="jpm">JPM</span> now</p>', none],
      ['<table><thead><tr><td>Company</td><td>Ticker</td></tr></thead><tr><td>Apple</td><td>AAPL</td></tr></table>', none],
      ['<p>AAPL rose again</p>', new Set(['AAPL'])],
    ];
    for (const [body, marked] of cases) {
      const el = root(body);
      expect(mayHoldTickers(el, marked), body).toBe(true);
      expect(findCandidates([el], { marked }).length, body).toBeGreaterThan(0);
    }
  });

  it('says yes for a root inside a table, whose header may lie outside it', () => {
    const doc = parseHtml('<table><thead><tr><th>Ticker</th></tr></thead><tbody><tr><td>AAPL</td></tr></tbody></table>');
    const cell = doc.querySelector('tbody td')!;
    expect(mayHoldTickers(cell, none)).toBe(true);
    expect(findCandidates([cell]).map((c) => c.text)).toEqual(['AAPL']);
  });
});
