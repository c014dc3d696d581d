import { describe, expect, it, vi } from 'vitest';
import { makeListener, trustedSender } from './listener.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('trustedSender', () => {
  it("trusts this extension's content scripts and pages only", () => {
    expect(trustedSender({ id: ID, tab: { id: 1 } }, ID, BASE)).toBe(true);
    expect(trustedSender({ id: ID, url: `${BASE}src/pages/popup/index.html` }, ID, BASE)).toBe(true);
    expect(trustedSender({ id: 'other-extension', tab: { id: 1 } }, ID, BASE)).toBe(false);
    expect(trustedSender({ id: ID, url: 'https://evil.example/' }, ID, BASE)).toBe(false);
    expect(trustedSender({}, ID, BASE)).toBe(false);
  });
});

describe('makeListener', () => {
  const sender = { id: ID, tab: { id: 3 } };

  it('passes a valid message to the handler and returns its answer', async () => {
    const handle = vi.fn(async () => ({ companies: [null] }));
    const reply = await makeListener(ID, BASE, handle)({ type: 'lookup', queries: [{ symbol: 'SNE', exchange: 'NYSE' }] }, sender);
    expect(reply).toEqual({ companies: [null] });
    expect(handle).toHaveBeenCalledWith({ type: 'lookup', queries: [{ symbol: 'SNE', exchange: 'NYSE' }] }, sender);
  });

  it('answers malformed messages and untrusted senders with an error, never calling the handler', async () => {
    const handle = vi.fn(async () => 'x');
    const listen = makeListener(ID, BASE, handle);
    expect(await listen({ type: 'lookup', queries: 'SNE' }, sender)).toMatchObject({ error: expect.stringContaining('lookup') });
    expect(await listen({ type: 'lookup', queries: [] }, { id: 'x', tab: {} })).toEqual({ error: 'untrusted sender' });
    expect(handle).not.toHaveBeenCalled();
  });

  it('answers the API key requests to the options page alone: never a content script or a card frame', async () => {
    const handle = vi.fn(async () => ({ keys: { finnhub: 'secret' } }));
    const listen = makeListener(ID, BASE, handle);
    const options = { id: ID, url: `${BASE}src/pages/options/index.html`, tab: { id: 9 } };
    const content = { id: ID, url: 'https://example.com/src/pages/options/index.html', tab: { id: 3 } };
    const frame = { id: ID, url: `${BASE}src/pages/card/frame.html`, tab: { id: 3 } };
    for (const s of [content, frame, { id: ID, url: `${BASE}src/pages/popup/index.html` }]) {
      expect(await listen({ type: 'apiKeys' }, s)).toEqual({ error: 'apiKeys: options page only' });
      expect(await listen({ type: 'setApiKey', provider: 'finnhub', key: 'k' }, s)).toEqual({ error: 'setApiKey: options page only' });
    }
    expect(handle).not.toHaveBeenCalled();
    expect(await listen({ type: 'apiKeys' }, options)).toEqual({ keys: { finnhub: 'secret' } });
  });

  it('turns a handler failure into an error reply instead of a rejection', async () => {
    const listen = makeListener(ID, BASE, async () => {
      throw new Error('dataset failed to load');
    });
    await expect(listen({ type: 'details', symbol: 'SONY', mic: 'XNYS' }, sender)).resolves.toEqual({
      error: 'internal error: dataset failed to load',
    });
  });
});
