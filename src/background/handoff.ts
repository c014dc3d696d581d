// One-time hand-off of data from a content script to the extension page it frames (the company card and
// the reader view run in extension frames, so the hosting page can neither read nor forge what they show).
// The content script puts a payload here and gets a random token, which it passes in the frame URL's hash;
// the frame, an extension page in the same tab, takes the payload once. A token only opens its payload for
// the right page in the tab that put it, within a minute; the page around the frame never sees the data.
export const HANDOFF_PAGES = {
  card: 'src/pages/card/frame.html',
  reader: 'src/pages/reader/frame.html',
} as const;

export type HandoffKind = keyof typeof HANDOFF_PAGES;

export interface HandoffSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

interface Entry {
  tabId: number;
  kind: HandoffKind;
  payload: unknown;
  expires: number;
}

const TTL_MS = 60_000;
/** Tokens waiting per tab; an older one is dropped (its frame was closed before it loaded). */
const PER_TAB = 4;
const TOKEN_RE = /^[0-9a-f]{32}$/;

export function isHandoffMessage(msg: unknown): msg is { type: string } {
  const type = (msg as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('handoff:');
}

function isKind(v: unknown): v is HandoffKind {
  return typeof v === 'string' && Object.hasOwn(HANDOFF_PAGES, v);
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class HandoffStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly extensionBaseUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Answers a `handoff:*` message; the reply is `{ token }`, `{ payload }` or `{ error }`. */
  handle(msg: unknown, sender: HandoffSender): { token: string } | { payload: unknown } | { error: string } {
    const m = msg as Record<string, unknown>;
    if (!isKind(m.kind)) return { error: 'handoff: unknown kind' };
    this.sweep();
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number') return { error: 'handoff: only within a tab' };
    const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(this.extensionBaseUrl);
    if (m.type === 'handoff:put') {
      // Only the content script of the tab's top document hands data to its frames.
      if (fromExtensionPage || (sender.frameId !== undefined && sender.frameId !== 0))
        return { error: 'handoff: put from a content script only' };
      if (typeof m.payload !== 'object' || m.payload === null) return { error: 'handoff: payload must be an object' };
      return { token: this.put(tabId, m.kind, m.payload) };
    }
    if (m.type === 'handoff:take') {
      const page = this.extensionBaseUrl + HANDOFF_PAGES[m.kind];
      const url = sender.url ?? '';
      if (url !== page && !url.startsWith(`${page}#`) && !url.startsWith(`${page}?`))
        return { error: 'handoff: take from its frame page only' };
      if (typeof m.token !== 'string' || !TOKEN_RE.test(m.token)) return { error: 'handoff: bad token' };
      const entry = this.entries.get(m.token);
      if (!entry || entry.tabId !== tabId || entry.kind !== m.kind) return { error: 'handoff: no such token' };
      this.entries.delete(m.token);
      return { payload: entry.payload };
    }
    return { error: 'handoff: unknown message' };
  }

  get size(): number {
    return this.entries.size;
  }

  private put(tabId: number, kind: HandoffKind, payload: unknown): string {
    const mine = [...this.entries].filter(([, e]) => e.tabId === tabId);
    for (const [token] of mine.slice(0, Math.max(0, mine.length - PER_TAB + 1))) this.entries.delete(token);
    const token = randomToken();
    this.entries.set(token, { tabId, kind, payload, expires: this.now() + TTL_MS });
    return token;
  }

  private sweep(): void {
    const now = this.now();
    for (const [token, e] of this.entries) if (e.expires <= now) this.entries.delete(token);
  }
}
