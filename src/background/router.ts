// Answers validated background requests. Lookups and details are offline; quotes go to the network only
// when the user turned them on (the quote service answers 'disabled' otherwise).
import browser from 'webextension-polyfill';
import type { BackgroundRequests, Envelope } from '../core/messages.ts';
import { API_KEYS_KEY, parseSettings, SETTINGS_KEY } from '../core/settings.ts';
import { yahooSymbol } from '../core/resolve/exchanges.ts';
import { createQuotes, type KeyValueStore } from './quotes/index.ts';
import { getDataset, summaryFor } from './dataset.ts';
import meta from '../data/meta.json';

const sessionStore: KeyValueStore = {
  get: async (k) => (await browser.storage.session.get(k))[k],
  set: (k, v) => browser.storage.session.set({ [k]: v }),
};

const quotes = createQuotes({
  fetch: (input, init) => globalThis.fetch(input, init),
  isOnline: () => navigator.onLine,
  store: browser.storage.session ? sessionStore : undefined,
});

async function configureQuotes(): Promise<void> {
  const [sync, local] = await Promise.all([browser.storage.sync.get(SETTINGS_KEY), browser.storage.local.get(API_KEYS_KEY)]);
  const { settings } = parseSettings(sync[SETTINGS_KEY]);
  const keys = (local[API_KEYS_KEY] ?? {}) as Record<string, unknown>;
  const key = keys[settings.quotes.provider];
  quotes.configure({ ...settings.quotes, apiKey: typeof key === 'string' ? key : undefined });
}

export async function handleBackgroundRequest(msg: Envelope<BackgroundRequests>): Promise<unknown> {
  switch (msg.type) {
    case 'lookup': {
      const dataset = await getDataset();
      return { companies: dataset.lookupMany(msg.queries) };
    }
    case 'details':
      return { summary: await summaryFor(msg.symbol, msg.mic) };
    case 'dataInfo':
      return { asOf: meta.asOf };
    case 'quote':
      await configureQuotes();
      return quotes.getQuote(yahooSymbol({ symbol: msg.symbol, mic: msg.mic }));
  }
}
