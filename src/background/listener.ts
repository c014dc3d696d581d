// The background's message gate, kept free of browser APIs so it can be tested: only this extension's
// own scripts are answered, every message is validated, and nothing a sender does can crash the worker.
import { isErrorReply, OPTIONS_ONLY, validateBackgroundMessage, type BackgroundRequests, type Envelope } from '../core/messages.ts';
import { isHandoffMessage, type HandoffSender } from './handoff.ts';

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export function trustedSender(sender: SenderLike, extensionId: string, extensionBaseUrl: string): boolean {
  if (sender.id !== extensionId) return false;
  // Content scripts carry their tab; extension pages (popup, options, and the card and reader frames, which
  // carry their tab too) carry their own URL.
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionBaseUrl);
}

/** True for the options page itself (its URL, at this extension's origin): the one sender of OPTIONS_ONLY requests. */
export function isOptionsPage(sender: SenderLike, optionsUrl: string): boolean {
  return typeof sender.url === 'string' && sender.url.split(/[?#]/)[0] === optionsUrl;
}

export function makeListener(
  extensionId: string,
  extensionBaseUrl: string,
  handle: (msg: Envelope<BackgroundRequests>, sender: SenderLike) => Promise<unknown>,
  handoff?: { handle(msg: unknown, sender: HandoffSender): unknown },
  optionsUrl = `${extensionBaseUrl}src/pages/options/index.html`,
): (msg: unknown, sender: SenderLike) => Promise<unknown> {
  return async (msg, sender) => {
    if (!trustedSender(sender, extensionId, extensionBaseUrl)) return { error: 'untrusted sender' };
    // The hand-off checks its own senders (which tab, which frame page), so it is answered apart.
    if (isHandoffMessage(msg)) return handoff ? handoff.handle(msg, sender) : { error: 'handoff: not available' };
    const valid = validateBackgroundMessage(msg);
    if (isErrorReply(valid)) return valid;
    // The API keys: a content script (next to a hostile page) or a frame never reads or sets them.
    if (OPTIONS_ONLY.has(valid.type) && !isOptionsPage(sender, optionsUrl)) return { error: `${valid.type}: options page only` };
    try {
      return await handle(valid, sender);
    } catch (e) {
      return { error: `internal error: ${e instanceof Error ? e.message : String(e)}`.slice(0, 300) };
    }
  };
}
