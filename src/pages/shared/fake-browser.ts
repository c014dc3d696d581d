// A small in-memory stand-in for the WebExtension API, for unit tests of the popup and options page.
// It records what the UI did (messages sent, storage writes, permission requests) so tests can assert on it.
import type { ExtApi, StorageAreaLike, StorageListener, TabLike } from './ext.ts';

export class FakeStorageArea implements StorageAreaLike {
  readonly data: Record<string, unknown> = {};
  readonly writes: Record<string, unknown>[] = [];

  constructor(
    initial: Record<string, unknown> = {},
    private readonly area = 'sync',
    private readonly listeners: Set<StorageListener> = new Set(),
  ) {
    Object.assign(this.data, structuredClone(initial));
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const list = keys === undefined || keys === null ? Object.keys(this.data) : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (k in this.data) out[k] = structuredClone(this.data[k]);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    // Real storage serialises; cloning here catches UI code that mutates what it saved.
    const copy = structuredClone(items);
    this.writes.push(copy);
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(copy)) changes[k] = { oldValue: this.data[k], newValue: structuredClone(v) };
    Object.assign(this.data, copy);
    for (const l of this.listeners) l(changes, this.area);
  }

  /** A write by another part of the extension (the popup, another device), seen through onChanged. */
  async setFromElsewhere(items: Record<string, unknown>): Promise<void> {
    await this.set(items);
    this.writes.pop();
  }
}

export interface FakeBrowserOptions {
  tab?: TabLike | null;
  /** Answers a message sent to the tab; throw to act like a page where no content script runs. */
  onTabMessage?: (msg: { type: string } & Record<string, unknown>) => unknown;
  sync?: Record<string, unknown>;
  local?: Record<string, unknown>;
  /** What permissions.request resolves to. */
  grant?: boolean;
  /** What runtime.getManifest returns (absent: the fake has no getManifest). */
  manifest?: unknown;
}

export interface FakeBrowser extends ExtApi {
  storage: ExtApi['storage'] & { sync: FakeStorageArea; local: FakeStorageArea };
  sent: unknown[];
  permissionRequests: Parameters<ExtApi['permissions']['request']>[0][];
  /** The API keys the stand-in background keeps (it answers apiKeys / setApiKey as the real one does). */
  apiKeys: Record<string, string>;
  granted: Set<string>;
  optionsOpened: number;
}

export function createFakeBrowser(opts: FakeBrowserOptions = {}): FakeBrowser {
  const tab = opts.tab === undefined ? { id: 7, url: 'https://www.valuewalk.com/2014/12/sony-hack/' } : opts.tab;
  const listeners = new Set<StorageListener>();
  const fake: FakeBrowser = {
    sent: [],
    permissionRequests: [],
    apiKeys: {},
    granted: new Set(),
    optionsOpened: 0,
    tabs: {
      query: async () => (tab ? [tab] : []),
      sendMessage: async (tabId, msg) => {
        fake.sent.push(msg);
        if (!tab || tabId !== tab.id) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (!opts.onTabMessage) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(opts.onTabMessage(msg as { type: string }));
      },
    },
    storage: {
      sync: new FakeStorageArea(opts.sync, 'sync', listeners),
      local: new FakeStorageArea(opts.local, 'local', listeners),
      onChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
    },
    runtime: {
      openOptionsPage: async () => {
        fake.optionsOpened++;
      },
      sendMessage: async (msg: unknown) => {
        const m = msg as { type?: string; provider?: string; key?: string };
        if (m.type === 'apiKeys') return { keys: { ...fake.apiKeys } };
        if (m.type === 'setApiKey' && m.provider) {
          if (m.key) fake.apiKeys[m.provider] = m.key;
          else delete fake.apiKeys[m.provider];
          return { ok: true };
        }
        return { error: `unknown message type: ${String(m.type)}` };
      },
      ...(opts.manifest === undefined ? {} : { getManifest: () => structuredClone(opts.manifest) }),
    },
    permissions: {
      request: async (p) => {
        fake.permissionRequests.push(structuredClone(p));
        if (opts.grant) for (const o of p.origins) fake.granted.add(o);
        return !!opts.grant;
      },
      contains: async (p) => p.origins.every((o) => fake.granted.has(o)),
    },
  };
  return fake;
}
