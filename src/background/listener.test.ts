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

  it('turns a handler failure into an error reply instead of a rejection', async () => {
    const listen = makeListener(ID, BASE, async () => {
      throw new Error('dataset failed to load');
    });
    await expect(listen({ type: 'details', symbol: 'SONY', mic: 'XNYS' }, sender)).resolves.toEqual({
      error: 'internal error: dataset failed to load',
    });
  });
});
