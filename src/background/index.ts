// Background entry: the message router. It owns the dataset (loaded once, never per tab) and, only when
// the user turned quotes on, the quote service. Every message is validated for shape and sender first.
import browser from 'webextension-polyfill';
import { validateBackgroundMessage, isErrorReply } from '../core/messages.ts';
import { handleBackgroundRequest } from './router.ts';

function trustedSender(sender: browser.Runtime.MessageSender): boolean {
  // Only this extension's own scripts: its content scripts (sender.tab set) and its own pages.
  if (sender.id !== browser.runtime.id) return false;
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!trustedSender(sender)) return Promise.resolve({ error: 'untrusted sender' });
  const valid = validateBackgroundMessage(msg);
  if (isErrorReply(valid)) return Promise.resolve(valid);
  return handleBackgroundRequest(valid).catch((e: unknown) => ({
    error: `internal error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300),
  }));
});

browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-reader') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggleReader' }).catch(() => undefined);
});
