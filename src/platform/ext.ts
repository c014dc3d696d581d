// The few WebExtension calls the content script and the frame pages make, without webextension-polyfill
// (~3 KB gzip in every tab): Firefox's `browser` and Chrome's MV3 `chrome` both return promises for these.
// The one difference that matters is onMessage: only Firefox honours a returned promise, so replies go
// through sendResponse (with `return true`), which both browsers support.
// The popup, the options page and the background use webextension-polyfill instead: they load once rather
// than in every tab, and they use more of the API (tabs, permissions, commands, session storage), typed there.

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

interface Event<F> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}

type RawMessageListener = (msg: unknown, sender: MessageSenderLike, sendResponse: (reply: unknown) => void) => boolean | undefined;

export interface ExtLike {
  runtime: {
    /** Undefined in a content script whose extension was updated, reloaded, disabled or removed. */
    id: string | undefined;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: Event<RawMessageListener>;
    connect(info: { name: string }): { onDisconnect: Event<() => void>; disconnect(): void };
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Event<(changes: StorageChanges, area: string) => void>;
  };
  i18n: { getMessage(key: string, subs?: string | string[]): string };
}

const g = globalThis as { browser?: ExtLike; chrome?: ExtLike };

/** The extension API of this context; read on each call so a test can install a fake late. */
export function ext(): ExtLike {
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('no extension API in this context');
  return api;
}

/** Adds a message listener whose promise (or value) becomes the reply; undefined means "not mine". */
export function onMessage(handler: (msg: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined): () => void {
  const listener: RawMessageListener = (msg, sender, sendResponse) => {
    const reply = handler(msg, sender);
    if (reply === undefined) return undefined;
    reply.then(sendResponse, (e: unknown) => sendResponse({ error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
  ext().runtime.onMessage.addListener(listener);
  return () => ext().runtime.onMessage.removeListener(listener);
}
