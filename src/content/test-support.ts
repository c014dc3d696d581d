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
