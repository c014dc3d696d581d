// Answers validated background requests. Lookups and details are offline; quotes go to the network only
// when the user turned them on (the quote service answers 'disabled' otherwise).
import browser from 'webextension-polyfill';
import type { BackgroundRequests, Envelope } from '../core/messages.ts';
import { loadSettings } from '../platform/settings-store.ts';
import { indexedDbStore, KeyStore } from './key-store.ts';
import { createQuotes, type KeyValueStore } from './quotes/index.ts';
import { lookupMany, summaryFor } from './dataset.ts';
import meta from '../data/meta.json';
import { QuoteBudget } from './quote-budget.ts';
import { senderSite, SiteLocalService } from './site-local.ts';
import { showCounts } from './badge.ts';
import { EMPTY_SITE } from '../core/site-local.ts';

const budget = new QuoteBudget();
const siteLocal = new SiteLocalService(browser.storage.local);

/** The API keys: in this origin's IndexedDB, never storage.local (see key-store.ts). */
export const keyStore = new KeyStore(indexedDbStore(), browser.storage.local);

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
  const [{ settings }, keys] = await Promise.all([loadSettings(browser), keyStore.load()]);
  quotes.configure({ ...settings.quotes, apiKey: keys[settings.quotes.provider] });
}

export async function handleBackgroundRequest(
  msg: Envelope<BackgroundRequests>,
  sender: { tab?: { id?: number }; url?: string; frameId?: number } = {},
): Promise<unknown> {
  switch (msg.type) {
    case 'lookup': {
      return { companies: await lookupMany(msg.queries) };
    }
    case 'details':
      return { summary: await summaryFor(msg.symbol, msg.mic) };
    case 'dataInfo':
      return { asOf: meta.asOf };
    // Only the options page gets here (listener.ts checks the sender).
    case 'apiKeys':
      return { keys: await keyStore.load() };
    case 'setApiKey':
      await keyStore.save(msg.provider, msg.key);
      return { ok: true };
    case 'quote': {
      const spend = budget.take(sender.tab?.id);
      if (!spend.ok) return { status: 'rate-limited', retryAt: spend.retryAt };
      await configureQuotes();
      return quotes.getQuote({ symbol: msg.symbol, mic: msg.mic });
    }
    case 'siteLocal': {
      const site = senderSite(sender);
      return site ? siteLocal.get(site) : EMPTY_SITE;
    }
    case 'siteLocalChange': {
      const site = senderSite(sender);
      if (!site) return { error: 'siteLocalChange: only a page’s own content script may ask' };
      return siteLocal.change(site, msg.change);
    }
    case 'counts': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return { ok: false };
      const { settings } = await loadSettings(browser);
      await showCounts(browser.action, tabId, msg, settings.badge);
      return { ok: true };
    }
  }
}
