// Placeholder popup until [controls] lands: shows the tab's report.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReport } from '../../core/messages.ts';

export function Popup() {
  const [report, setReport] = useState<TabReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('No tab');
      setReport((await browser.tabs.sendMessage(tab.id, { type: 'report' })) as TabReport);
    })().catch(() => setError('Clearfolio does not run on this page.'));
  }, []);
  if (error) return <p>{error}</p>;
  if (!report) return <p>Loading…</p>;
  return (
    <main>
      <h1>Clearfolio</h1>
      <p>{report.isArticle ? 'Article' : 'Not an article'}</p>
      <p>{Object.values(report.hidden).reduce((a, b) => a + b, 0)} blocks hidden, {report.tickers.length} tickers</p>
    </main>
  );
}
