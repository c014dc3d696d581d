// The reader view as an extension page, framed over the page by the content script (see
// content/reader-bridge.ts). It takes the page snapshot once with the token the content script posts it,
// parses it inertly, runs Readability on it and shows the article; tickers in it open the company card right
// here. It tells the content script only "ready" and "close", over its port (see shared/host-port.ts).
import type { Settings } from '../../core/settings.ts';
import type { TickerMention } from '../../core/types.ts';
import { ext } from '../../platform/ext.ts';
import { messageResolver } from '../../platform/resolver.ts';
import { loadSettings, updateSettings } from '../../platform/settings-store.ts';
import { openCard } from '../card/mount.tsx';
import { fetchQuote, fetchSummary } from '../card/payload.ts';
import { parseSnapshot, ReaderView } from './view.ts';
import { connectToHost } from '../shared/host-port.ts';

interface ReaderPayload {
  html: string;
  url: string;
  baseURI: string;
  tickers: boolean;
}

function parsePayload(v: unknown): ReaderPayload | null {
  if (typeof v !== 'object' || v === null) return null;
  const { html, url, baseURI, tickers } = v as Record<string, unknown>;
  if (typeof html !== 'string' || typeof url !== 'string' || typeof baseURI !== 'string') return null;
  if (!/^https?:/i.test(url) || !/^https?:/i.test(baseURI)) return null;
  return { html, url, baseURI, tickers: tickers === true };
}

const send = (msg: unknown) => ext().runtime.sendMessage(msg);

async function showCard(el: HTMLElement, mention: TickerMention, settings: Settings): Promise<void> {
  const { candidate, company } = mention;
  const quotesEnabled = settings.quotes.enabled && !!company && company.delisted !== true;
  const handle = openCard(
    el,
    {
      mention: { text: candidate.text, symbol: candidate.symbol, exchange: candidate.exchange },
      company,
      quotesEnabled,
      quote: quotesEnabled ? 'loading' : null,
    },
    { theme: settings.theme },
  );
  if (!company) return;
  const summary = fetchSummary(send, company).then((s) => s && handle.update({ company: { ...company, summary: s } }));
  if (quotesEnabled) handle.update({ quote: await fetchQuote(send, company) });
  await summary;
}

async function main(): Promise<void> {
  const [{ payload, post }, { settings }] = await Promise.all([
    connectToHost('reader', async (token) => {
      const reply = (await send({ type: 'handoff:take', kind: 'reader', token }).catch(() => null)) as { payload?: unknown } | null;
      return parsePayload(reply?.payload);
    }),
    loadSettings(ext()),
  ]);
  const reader = new ReaderView(document, {
    settings,
    source: parseSnapshot(payload.html, payload.url, payload.baseURI),
    resolver: payload.tickers ? messageResolver : null,
    onTickerOpen: (el, mention) => void showCard(el, mention, settings),
    onClose: () => post('close'),
    // The toolbar's choices become the defaults of every later reader, on this browser and (storage.sync)
    // the user's others; the options page shows and edits the same values.
    onPrefsChange: (reader) => void updateSettings(ext(), (s) => ({ ...s, reader })).catch(() => undefined),
  });
  const highlighted = reader.open();
  post('ready');
  await highlighted;
}

void main();
