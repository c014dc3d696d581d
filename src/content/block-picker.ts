// Picks one element of the page with the user's own click (as uBlock's element picker does): the next trusted
// click on the page is taken, not passed on (a link under it is not followed); Escape or `signal` cancels. A
// page script cannot drive it: its synthetic clicks are not trusted (platform/user-action.ts), and it can at
// most swallow the user's click, never make one.
import { isUserAction } from '../platform/user-action.ts';

export function pickElement(doc: Document, ignore: (el: Element) => boolean, signal?: AbortSignal): Promise<Element | null> {
  return new Promise((resolve) => {
    const done = (el: Element | null) => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      signal?.removeEventListener('abort', onAbort);
      resolve(el);
    };
    const onClick = (e: MouseEvent) => {
      if (!isUserAction(e)) return;
      const el = e.target instanceof Element ? e.target : null;
      // A click on Clearfolio's own note (the button that started this, or Cancel) is not a pick.
      if (!el || ignore(el)) return;
      e.preventDefault();
      e.stopPropagation();
      done(el);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isUserAction(e)) done(null);
    };
    const onAbort = () => done(null);
    if (signal?.aborted) return resolve(null);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    signal?.addEventListener('abort', onAbort);
  });
}
