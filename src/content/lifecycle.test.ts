// The abort path with a fake runtime: the extension going away (its port drops and runtime.id is gone, or
// connecting throws "Extension context invalidated") ends the life once; a port dropped by an idle background
// does not, until a later read of runtime.id finds the extension gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endWithExtension, Lifecycle, type PortLike, type RuntimeLike } from './lifecycle.ts';

class FakeRuntime implements RuntimeLike {
  id: string | undefined = 'clearfolio@test';
  readonly ports: { name: string; drop(): void; disconnected: boolean }[] = [];
  connectError: Error | null = null;

  connect(info: { name: string }): PortLike {
    if (this.connectError) throw this.connectError;
    const listeners: (() => void)[] = [];
    const port = {
      name: info.name,
      disconnected: false,
      drop: () => listeners.forEach((l) => l()),
    };
    this.ports.push(port);
    return {
      onDisconnect: { addListener: (cb) => void listeners.push(cb) },
      disconnect: () => void (port.disconnected = true),
    };
  }
}

afterEach(() => void vi.useRealTimers());

describe('endWithExtension', () => {
  it('ends the life and its signal when the port drops because the extension went away', () => {
    const rt = new FakeRuntime();
    const life = new Lifecycle();
    const ended = vi.fn();
    life.onEnd(ended);
    endWithExtension(life, () => rt);
    expect(rt.ports.map((p) => p.name)).toEqual(['clearfolio-life']);
    expect(life.signal.aborted).toBe(false);
    rt.id = undefined;
    rt.ports[0]!.drop();
    expect(life.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends at once when connecting throws (the context is already invalidated)', () => {
    const rt = new FakeRuntime();
    rt.connectError = new Error('Extension context invalidated.');
    const life = new Lifecycle();
    endWithExtension(life, () => rt);
    expect(life.ended).toBe(true);
  });

  it('keeps running when an idle background drops the port, and ends when runtime.id goes later', () => {
    vi.useFakeTimers();
    const rt = new FakeRuntime();
    const life = new Lifecycle();
    endWithExtension(life, () => rt);
    rt.ports[0]!.drop();
    vi.advanceTimersByTime(5000);
    expect(life.ended).toBe(false);
    // No reconnect: that would wake the background again every time it went idle.
    expect(rt.ports).toHaveLength(1);
    rt.id = undefined;
    vi.advanceTimersByTime(1000);
    expect(life.ended).toBe(true);
  });

  it('stops listeners tied to the signal and disconnects its own port when the life ends', () => {
    const rt = new FakeRuntime();
    const life = new Lifecycle();
    endWithExtension(life, () => rt);
    const clicks = vi.fn();
    document.addEventListener('click', clicks, { signal: life.signal });
    life.end();
    document.dispatchEvent(new Event('click'));
    expect(clicks).not.toHaveBeenCalled();
    expect(rt.ports[0]!.disconnected).toBe(true);
    // A late onEnd runs at once.
    const late = vi.fn();
    life.onEnd(late);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
