// The framed extension pages' side of the channel to the content script that framed them (see
// content/frame-host.ts). Nothing is ever posted to the page around the frame: its `origin` would tell the
// page the extension's per-install id. The content script posts a MessagePort with the hand-off token;
// the first offer whose token opens a payload wins, and the page learns nothing from an offer of its own.
export interface HostChannel<T> {
  payload: T;
  /** Sends to the content script (size, ready, close); nothing else hears it. */
  post(type: string, extra?: Record<string, unknown>): void;
}

export function connectToHost<T>(
  kind: 'card' | 'reader',
  take: (token: string) => Promise<T | null>,
  win: Window = window,
): Promise<HostChannel<T>> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { clearfolio?: unknown; token?: unknown } | null;
      const port = e.ports[0];
      if (e.source !== win.parent || !port || data?.clearfolio !== kind || typeof data.token !== 'string') return;
      const post = (type: string, extra: Record<string, unknown> = {}) => port.postMessage({ type, ...extra });
      void take(data.token).then((payload) => {
        if (payload === null) {
          post('close', { reason: 'failed' });
          port.close();
          return;
        }
        win.removeEventListener('message', onMessage);
        resolve({ payload, post });
      });
    };
    win.addEventListener('message', onMessage);
  });
}
