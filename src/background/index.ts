// Background entry: the message router. It owns the dataset (loaded once, never per tab) and, only when
// the user turned quotes on, the quote service. Every message is validated for shape and sender first.
import browser from 'webextension-polyfill';
import { LIFE_PORT, type TabRequest } from '../core/messages.ts';
import { HandoffStore } from './handoff.ts';
import { makeListener } from './listener.ts';
import { handleBackgroundRequest, keyStore } from './router.ts';
import { API_KEYS_KEY } from '../core/settings.ts';
import { onInstalled } from './first-run.ts';

// The quote provider's API key lives in the background's IndexedDB (key-store.ts), never storage.local. A key
// an older version left in storage.local moves there at start-up and whenever one is written there. In
// Chrome, content scripts are also kept out of storage.local as a whole (Firefox has no such switch).
const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?(o: { accessLevel: string }): Promise<void> } } } }).chrome
  ?.storage?.local;
void local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch?.(() => undefined);

void keyStore.migrate().catch(() => undefined);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[API_KEYS_KEY]?.newValue !== undefined) void keyStore.migrate().catch(() => undefined);
});

const base = browser.runtime.getURL('');
const listener = makeListener(browser.runtime.id, base, handleBackgroundRequest, new HandoffStore(base));
browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => listener(msg, sender));

// Content scripts hold a port open to notice when this extension goes away (content/lifecycle.ts); nothing is
// sent on it. Any other port is not ours to keep.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== LIFE_PORT || port.sender?.id !== browser.runtime.id) port.disconnect();
});

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-reader') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggleReader' } satisfies TabRequest).catch(() => undefined);
});

browser.runtime.onInstalled.addListener((details) => {
  void onInstalled(details, (path) => browser.tabs.create({ url: browser.runtime.getURL(path) }))?.catch(() => undefined);
});
