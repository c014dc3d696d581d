// Same-document navigation as single-page apps do it: pushState, then the next page rendered in place.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageAddress, watchNavigation, type NavigationWatcher } from './navigation.ts';

// Fake timers: the waits are the watcher's own rules, and a busy machine must not change what a test sees.
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);
let watcher: NavigationWatcher | null = null;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
  watcher?.stop();
  watcher = null;
  history.replaceState(null, '', '/');
});

describe('pageAddress', () => {
  it('drops the fragment only', () => {
    expect(pageAddress('https://x.test/a/b?c=1#d')).toBe('https://x.test/a/b?c=1');
    expect(pageAddress('https://x.test/a')).toBe('https://x.test/a');
  });
});

describe('watchNavigation', () => {
  it('reports a pushState move once the new page has stopped changing', async () => {
    const seen: string[] = [];
    watcher = watchNavigation(window, (url) => seen.push(url), { pollMs: 10, quietMs: 60, maxWaitMs: 2000 });
    history.pushState(null, '', '/markets/story-1');
    // The app renders in a few steps; the report waits for the last one.
    for (let i = 0; i < 4; i++) {
      await wait(30);
      document.body.append(document.createElement('p'));
      expect(seen).toEqual([]);
    }
    await wait(50);
    expect(seen).toEqual([]);
    await wait(20);
    expect(seen).toEqual([`${location.origin}/markets/story-1`]);
  });

  it('ignores a change of fragment, and reports a page that never stops changing after the longest wait', async () => {
    const seen: string[] = [];
    watcher = watchNavigation(window, (url) => seen.push(url), { pollMs: 10, quietMs: 60, maxWaitMs: 250 });
    history.pushState(null, '', '#comments');
    await wait(120);
    expect(seen).toEqual([]);
    history.pushState(null, '', '/markets/live');
    const clock = setInterval(() => document.body.append('tick'), 20);
    await wait(400);
    clearInterval(clock);
    expect(seen).toEqual([`${location.origin}/markets/live`]);
  });

  it('reports a page that changes its address without pause at most once per longest wait', async () => {
    const seen: string[] = [];
    watcher = watchNavigation(window, (url) => seen.push(url), { pollMs: 10, quietMs: 60, maxWaitMs: 500 });
    let n = 0;
    const spam = setInterval(() => {
      history.replaceState(null, '', `/markets/live?tick=${++n}`);
      document.body.append('x');
    }, 20);
    await wait(2000);
    clearInterval(spam);
    // 2 s of changes every 20 ms: about four reports, never one per change.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(4);
  });

  it('reports nothing after stop', async () => {
    const seen: string[] = [];
    watcher = watchNavigation(window, (url) => seen.push(url), { pollMs: 10, quietMs: 30 });
    watcher.stop();
    history.pushState(null, '', '/markets/story-2');
    await wait(100);
    expect(seen).toEqual([]);
  });
});
