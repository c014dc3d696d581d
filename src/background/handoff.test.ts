import { describe, expect, it } from 'vitest';
import { HandoffStore } from './handoff.ts';
import { makeListener } from './listener.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const CARD = `${BASE}src/pages/card/frame.html`;
const READER = `${BASE}src/pages/reader/frame.html`;
const content = (tab: number) => ({ id: ID, url: 'https://news.example/a', tab: { id: tab }, frameId: 0 });
const frame = (url: string, tab: number) => ({ id: ID, url, tab: { id: tab }, frameId: 7 });

function put(store: HandoffStore, tab = 1, kind = 'card', payload: unknown = { a: 1 }): string {
  const r = store.handle({ type: 'handoff:put', kind, payload }, content(tab)) as { token: string };
  expect(r.token).toMatch(/^[0-9a-f]{32}$/);
  return r.token;
}

describe('HandoffStore', () => {
  it('gives the payload once, to its frame page in the same tab', () => {
    const store = new HandoffStore(BASE);
    const token = put(store, 1, 'card', { mention: 'NYSE:SNE' });
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, frame(`${CARD}#${token}`, 1))).toEqual({
      payload: { mention: 'NYSE:SNE' },
    });
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, frame(`${CARD}#${token}`, 1))).toEqual({
      error: 'handoff: no such token',
    });
  });

  it('refuses another tab, another page, the hosting page itself and a wrong kind', () => {
    const store = new HandoffStore(BASE);
    const token = put(store, 1);
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, frame(CARD, 2))).toMatchObject({ error: expect.any(String) });
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, frame(`${BASE}src/pages/popup/index.html`, 1))).toMatchObject({
      error: expect.any(String),
    });
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, content(1))).toMatchObject({ error: expect.any(String) });
    expect(store.handle({ type: 'handoff:take', kind: 'reader', token }, frame(READER, 1))).toEqual({ error: 'handoff: no such token' });
    // None of those used it up.
    expect(store.handle({ type: 'handoff:take', kind: 'card', token }, frame(CARD, 1))).toEqual({ payload: { a: 1 } });
  });

  it('takes puts from a top-frame content script only, with an object payload', () => {
    const store = new HandoffStore(BASE);
    expect(store.handle({ type: 'handoff:put', kind: 'card', payload: {} }, frame(CARD, 1))).toMatchObject({ error: expect.any(String) });
    expect(store.handle({ type: 'handoff:put', kind: 'card', payload: {} }, { ...content(1), frameId: 3 })).toMatchObject({
      error: expect.any(String),
    });
    expect(store.handle({ type: 'handoff:put', kind: 'card', payload: 'x' }, content(1))).toMatchObject({ error: expect.any(String) });
    expect(store.handle({ type: 'handoff:put', kind: 'options', payload: {} }, content(1))).toMatchObject({ error: expect.any(String) });
    expect(store.handle({ type: 'handoff:put', kind: 'card', payload: {} }, { id: ID, url: 'https://x.example/' })).toMatchObject({
      error: expect.any(String),
    });
    expect(store.size).toBe(0);
  });

  it('forgets tokens after a minute and keeps only a few per tab', () => {
    let now = 0;
    const store = new HandoffStore(BASE, () => now);
    const old = put(store, 1);
    now = 61_000;
    expect(store.handle({ type: 'handoff:take', kind: 'card', token: old }, frame(CARD, 1))).toEqual({ error: 'handoff: no such token' });
    const tokens = [1, 2, 3, 4, 5, 6].map(() => put(store, 1));
    put(store, 2);
    expect(store.size).toBe(5);
    expect(store.handle({ type: 'handoff:take', kind: 'card', token: tokens[0]! }, frame(CARD, 1))).toEqual({
      error: 'handoff: no such token',
    });
    expect(store.handle({ type: 'handoff:take', kind: 'card', token: tokens[5]! }, frame(CARD, 1))).toEqual({ payload: { a: 1 } });
  });

  it('is reached through the listener, after the sender check', async () => {
    const store = new HandoffStore(BASE);
    const listen = makeListener(ID, BASE, async () => 'routed', store);
    const { token } = (await listen({ type: 'handoff:put', kind: 'reader', payload: { html: '<p>x</p>' } }, content(4))) as {
      token: string;
    };
    expect(await listen({ type: 'handoff:take', kind: 'reader', token }, { ...frame(READER, 4), id: 'other' })).toEqual({
      error: 'untrusted sender',
    });
    expect(await listen({ type: 'handoff:take', kind: 'reader', token }, frame(`${READER}#${token}`, 4))).toEqual({
      payload: { html: '<p>x</p>' },
    });
  });
});
