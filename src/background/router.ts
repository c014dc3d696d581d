// Answers validated background requests. Lookups and details are offline; quotes go to the network only
// when the user turned them on (the quote service answers 'disabled' otherwise).
import browser from 'webextension-polyfill';
import type { BackgroundRequests, Envelope } from '../core/messages.ts';
import { loadApiKeys, loadSettings } from '../platform/settings-store.ts';
import { createQuotes, type KeyValueStore } from './quotes/index.ts';
import { lookupMany, summaryFor } from './dataset.ts';
import meta from '../data/meta.json';
import { QuoteBudget } from './quote-budget.ts';

const budget = new QuoteBudget();

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
  const [{ settings }, keys] = await Promise.all([loadSettings(browser), loadApiKeys(browser)]);
  quotes.configure({ ...settings.quotes, apiKey: keys[settings.quotes.provider] });
}

export async function handleBackgroundRequest(msg: Envelope<BackgroundRequests>, sender: { tab?: { id?: number } } = {}): Promise<unknown> {
  switch (msg.type) {
    case 'lookup': {
      return { companies: await lookupMany(msg.queries) };
    }
    case 'details':
      return { summary: await summaryFor(msg.symbol, msg.mic) };
    case 'dataInfo':
      return { asOf: meta.asOf };
    case 'quote': {
      const spend = budget.take(sender.tab?.id);
      if (!spend.ok) return { status: 'rate-limited', retryAt: spend.retryAt };
      await configureQuotes();
      return quotes.getQuote({ symbol: msg.symbol, mic: msg.mic });
    }
  }
}
