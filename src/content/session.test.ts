// The session's late-content path on a live page: text a framework rewrites in place gets its tickers.
import { afterEach, describe, expect, it } from 'vitest';
import { detect, runPipeline } from '../core/pipeline.ts';
import { parseSettings, siteMode } from '../core/settings.ts';
import { company, fakeResolver } from '../core/tickers/test-support.ts';
import { PageSession } from './session.ts';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Markets</title></head><body><article><h1>Shares move after the bell</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the report says investors waited for the figures and for the comments of the management on the outlook for the rest of the year.</p>`).join('\n')}
<p id="live">Waiting for the first update from the trading floor, which usually comes a few minutes after the open of the session.</p>
</article></body></html>`;

let session: PageSession | null = null;
afterEach(() => session?.stop());

describe('PageSession late content', () => {
  it('highlights a ticker that a framework writes into an existing text node (no wrapper there before)', async () => {
    document.open();
    document.write(ARTICLE);
    document.close();
    const settings = parseSettings(undefined).settings;
    session = new PageSession(document, settings, siteMode(settings, 'example.com'), {
      runPipeline,
      detect,
      resolver: fakeResolver([company('IBM', 'International Business Machines Corporation', 'NYSE')]),
    });
    await session.start('https://example.com/markets/2026/11/26/shares-move');
    expect(document.documentElement.getAttribute('data-clearfolio')).toBe('article');
    expect(document.querySelectorAll('clearfolio-ticker')).toHaveLength(0);

    const text = document.getElementById('live')!.firstChild as Text;
    const written = 'Update: IBM (NYSE:IBM) rose 2% in early trading after the company raised its outlook for the year.';
    text.data = written;
    await new Promise((r) => setTimeout(r, 300));
    const wrappers = [...document.querySelectorAll('#live clearfolio-ticker')];
    expect(wrappers.map((w) => w.getAttribute('data-clearfolio-ticker'))).toEqual(['NYSE:IBM']);
    // Wrapping never changes the text.
    expect(document.getElementById('live')!.textContent).toBe(written);
  });
});
