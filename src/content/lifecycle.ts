// One content script's life: everything it starts (listeners, observers, timers, the navigation watcher, the
// page session) is tied to one AbortSignal, and the signal aborts when the extension this script belongs to goes
// away (updated, reloaded, disabled or removed). A script whose extension is gone cannot reach it any more
// ("Extension context invalidated"), yet its DOM changes and listeners stay in the tab: so it restores the page
// and steps aside, and the next version's script (Firefox injects one into open tabs) starts on a clean page.
//
// How the loss is noticed: a port to the background drops (onDisconnect) when the extension unloads. A port
// also drops when an idle background is stopped (Chrome's service worker, Firefox's event page) while the
// extension is fine: then runtime.id is still set, and instead of waking the background again, a cheap read of
// runtime.id once a second notices the loss.
import { LIFE_PORT } from '../core/messages.ts';

const POLL_MS = 1000;

export interface PortLike {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

export interface RuntimeLike {
  readonly id?: string;
  connect(info: { name: string }): PortLike;
}

export class Lifecycle {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** Runs `fn` when the life ends (at once if it already has). */
  onEnd(fn: () => void): void {
    if (this.ended) fn();
    else this.signal.addEventListener('abort', () => fn(), { once: true });
  }

  end(reason = 'ended'): void {
    this.controller.abort(reason);
  }
}

/** The runtime, or undefined once the extension is gone (reading it may throw then). */
function alive(runtime: () => RuntimeLike | undefined): boolean {
  try {
    return !!runtime()?.id;
  } catch {
    return false;
  }
}

/** Ends `life` when the extension behind `runtime` goes away. */
export function endWithExtension(life: Lifecycle, runtime: () => RuntimeLike | undefined): void {
  const lost = () => life.end('extension gone');
  if (!alive(runtime)) return lost();
  let port: PortLike;
  try {
    port = runtime()!.connect({ name: LIFE_PORT });
  } catch {
    return lost();
  }
  port.onDisconnect.addListener(() => {
    if (life.ended) return;
    if (!alive(runtime)) return lost();
    const poll = setInterval(() => {
      if (!alive(runtime)) lost();
    }, POLL_MS);
    life.onEnd(() => clearInterval(poll));
  });
  life.onEnd(() => {
    try {
      port.disconnect();
    } catch {
      // already gone with the extension
    }
  });
}
