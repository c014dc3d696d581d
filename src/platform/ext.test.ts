import { afterEach, describe, expect, it } from 'vitest';
import { ext, onMessage } from './ext.ts';

type Listener = (msg: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined;
const g = globalThis as { browser?: unknown; chrome?: unknown };

function fakeApi() {
  const listeners: Listener[] = [];
  return {
    listeners,
    runtime: {
      id: 'x',
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  };
}

afterEach(() => {
  delete g.browser;
  delete g.chrome;
});

describe('ext', () => {
  it('prefers browser (Firefox) and falls back to chrome, failing loudly outside an extension', () => {
    expect(() => ext()).toThrow(/no extension API/);
    const chrome = fakeApi();
    g.chrome = chrome;
    expect(ext()).toBe(chrome);
    const browser = fakeApi();
    g.browser = browser;
    expect(ext()).toBe(browser);
  });

  it('answers through sendResponse (what both browsers support) and stays quiet for messages that are not its own', async () => {
    const api = fakeApi();
    g.chrome = api;
    const off = onMessage((msg) => ((msg as { type: string }).type === 'report' ? Promise.resolve({ ok: 1 }) : undefined));
    const replies: unknown[] = [];
    expect(api.listeners[0]!({ type: 'other' }, {}, (r) => replies.push(r))).toBeUndefined();
    expect(api.listeners[0]!({ type: 'report' }, {}, (r) => replies.push(r))).toBe(true);
    await Promise.resolve();
    expect(replies).toEqual([{ ok: 1 }]);
    off();
    expect(api.listeners).toEqual([]);
  });

  it('turns a failed handler into an error reply', async () => {
    const api = fakeApi();
    g.chrome = api;
    onMessage(() => Promise.reject(new Error('boom')));
    const replies: unknown[] = [];
    api.listeners[0]!({}, {}, (r) => replies.push(r));
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ error: 'boom' }]);
  });
});
