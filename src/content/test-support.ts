// For unit tests of the frame bridges: the iframes they append inside their (closed) shadow roots, which a
// test cannot reach through the DOM.
import { vi } from 'vitest';

/** Spies on attachShadow so every iframe appended to a new shadow root is pushed to `frames`. */
export function captureShadowFrames(frames: HTMLIFrameElement[]): void {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    const append = root.append.bind(root);
    root.append = (...nodes: (Node | string)[]) => {
      for (const n of nodes) if (n instanceof HTMLIFrameElement) frames.push(n);
      append(...nodes);
    };
    return root;
  });
}

export interface FrameOffer {
  message: unknown;
  targetOrigin: string;
  /** The frame's end of the channel, as the framed page would get it. */
  port: MessagePort;
}

/** Plays the frame's load: returns what the content script then posts to it (the token and a port). */
export function loadFrame(frame: HTMLIFrameElement): Promise<FrameOffer> {
  // jsdom gives a frame inside a shadow root no window: a stand-in that only takes messages.
  if (!frame.contentWindow) Object.defineProperty(frame, 'contentWindow', { value: { postMessage() {} }, configurable: true });
  const win = frame.contentWindow as unknown as Window;
  const offered = new Promise<FrameOffer>((resolve) => {
    vi.spyOn(win, 'postMessage').mockImplementation(((message: unknown, targetOrigin: string, transfer?: Transferable[]) =>
      resolve({ message, targetOrigin, port: transfer?.[0] as MessagePort })) as never);
  });
  frame.dispatchEvent(new Event('load'));
  return offered;
}

/** Lets messages posted on a port arrive. */
export const settle = () => new Promise((r) => setTimeout(r, 20));
