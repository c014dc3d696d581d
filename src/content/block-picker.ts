// Picks one block of the page with the user's own input, as uBlock's element picker does: the block under the
// pointer is outlined, the mouse wheel (or Arrow Up / Arrow Down) widens the pick to its parent and back, and the
// next trusted click (or Enter) takes it; the click is not passed on (a link under it is not followed, and the
// page sees neither its mousedown nor its mouseup). Escape or `signal` cancels.
//
// A page script cannot drive it: its synthetic events are not trusted (platform/user-action.ts), so it can move
// no outline, widen nothing, pick and confirm nothing; it can at most swallow the user's own events, never make
// one. The outline and the hint are drawn in Clearfolio's own closed shadow root (ui-host.ts), never with the
// page's styles, and take no pointer events (the page under them is what is pointed at).
//
// Loaded on first use (session.ts imports it dynamically): most pages never pick anything.
import { PICKER_TAG } from '../core/dom/contract.ts';
import { widen } from '../core/dom/user-hide.ts';
import { isUserAction } from '../platform/user-action.ts';
import { createHost, lockStyles, setStyles } from './ui-host.ts';

const HOST_STYLES: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
};

const CSS = `
.outline { position: fixed; box-sizing: border-box; border: 2px solid #2563eb; background: rgba(37, 99, 235, .12);
  border-radius: 2px; pointer-events: none; display: none; }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: min(90vw, 640px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #f9fafb; background: #111827;
  padding: 8px 12px; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.25); pointer-events: none;
  display: flex; gap: 8px; align-items: center; }
.hint button { pointer-events: auto; font: inherit; color: #93c5fd; background: transparent; border: 0; padding: 2px 6px;
  border-radius: 6px; cursor: pointer; }
.hint button:hover { background: #1f2937; }
.hint button:focus-visible { outline: 2px solid #93c5fd; }
@media print { :host { display: none; } }
`;

interface Overlay {
  host: HTMLElement;
  outline: HTMLDivElement;
  hint: HTMLDivElement;
  remove(): void;
}

function overlay(doc: Document, text: string): Overlay {
  const { host, shadow } = createHost(doc, PICKER_TAG);
  setStyles(host, HOST_STYLES);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const outline = doc.createElement('div');
  outline.className = 'outline';
  const hint = doc.createElement('div');
  hint.className = 'hint';
  hint.setAttribute('role', 'status');
  hint.textContent = text;
  shadow.append(style, outline, hint);
  doc.documentElement.append(host);
  const unlock = lockStyles(host, () => HOST_STYLES);
  return {
    host,
    outline,
    hint,
    remove: () => {
      unlock();
      host.remove();
    },
  };
}

export interface PickOptions {
  /** What the picker says while it runs (how to pick, widen and cancel). */
  hint: string;
  /** Elements that are never picked nor outlined (Clearfolio's own note: the button that started this). */
  ignore(el: Element): boolean;
  /** The block a pointed-at element stands for (null: nothing to pick there); the element itself when absent. */
  target?(el: Element): Element | null;
  /** The wheel and the arrow keys widen the pick to the parent block and back (off: the target is the pick). */
  widenable?: boolean;
  signal?: AbortSignal;
}

/** Resolves with the block the user picked, or null when they cancelled (Escape) or `signal` aborted. */
export function pickElement(doc: Document, opts: PickOptions): Promise<Element | null> {
  return new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve(null);
    // What the last pick said makes way for this one.
    lastToast?.();
    const win = doc.defaultView ?? window;
    const ui = overlay(doc, opts.hint);
    // The pointed-at block, then each wider block the user asked for.
    let chain: Element[] = [];
    const current = (): Element | null => chain[chain.length - 1] ?? null;
    const targetOf = (el: EventTarget | null): Element | null => {
      // nodeType, not instanceof: the page's and the content script's Element differ in Firefox and in tests.
      if (!el || (el as Node).nodeType !== 1) return null;
      const node = el as Element;
      if (opts.ignore(node) || node === ui.host) return null;
      return opts.target ? opts.target(node) : node;
    };
    const draw = () => {
      const el = current();
      const r = el?.isConnected ? el.getBoundingClientRect() : null;
      if (!r || (!r.width && !r.height)) {
        ui.outline.style.display = 'none';
        return;
      }
      Object.assign(ui.outline.style, {
        display: 'block',
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    };
    const point = (el: Element | null) => {
      if (el === chain[0]) return;
      chain = el ? [el] : [];
      draw();
    };
    const grow = (wider: boolean) => {
      const el = current();
      if (!el || opts.widenable === false) return;
      if (wider) {
        const parent = widen(el);
        if (parent !== el && !opts.ignore(parent)) chain.push(parent);
      } else if (chain.length > 1) chain.pop();
      draw();
    };
    const done = (el: Element | null) => {
      doc.removeEventListener('mousemove', onMove, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('mousedown', swallow, true);
      doc.removeEventListener('mouseup', swallow, true);
      doc.removeEventListener('pointerdown', swallow, true);
      doc.removeEventListener('pointerup', swallow, true);
      doc.removeEventListener('keydown', onKey, true);
      win.removeEventListener('wheel', onWheel, true);
      win.removeEventListener('scroll', draw, true);
      win.removeEventListener('resize', draw);
      opts.signal?.removeEventListener('abort', onAbort);
      ui.remove();
      resolve(el);
    };
    const onMove = (e: MouseEvent) => {
      if (isUserAction(e)) point(targetOf(e.target));
    };
    /** The user's press on the page goes to the picker, not to the page's handlers (which might navigate). */
    const swallow = (e: Event) => {
      if (!isUserAction(e) || !targetOf(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onClick = (e: MouseEvent) => {
      if (!isUserAction(e)) return;
      const base = targetOf(e.target);
      // A click on Clearfolio's own note (the button that started this, or Cancel) is not a pick.
      if (!base) return;
      e.preventDefault();
      e.stopPropagation();
      // The widened pick when the click lands where the pointer was; else what was clicked.
      done(base === chain[0] ? current() : base);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isUserAction(e)) return;
      if (e.key === 'Escape') done(null);
      else if ((e.key === 'Enter' && current()) || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
        e.preventDefault();
        e.stopPropagation();
        if (e.key === 'Enter') done(current());
        else grow(e.key === 'ArrowUp');
      }
    };
    const onWheel = (e: WheelEvent) => {
      if (!isUserAction(e) || !current() || opts.widenable === false || !e.deltaY) return;
      // The wheel widens the pick instead of scrolling the page while it runs.
      e.preventDefault();
      e.stopPropagation();
      grow(e.deltaY < 0);
    };
    const onAbort = () => done(null);
    doc.addEventListener('mousemove', onMove, true);
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('mousedown', swallow, true);
    doc.addEventListener('mouseup', swallow, true);
    doc.addEventListener('pointerdown', swallow, true);
    doc.addEventListener('pointerup', swallow, true);
    doc.addEventListener('keydown', onKey, true);
    win.addEventListener('wheel', onWheel, { capture: true, passive: false });
    win.addEventListener('scroll', draw, true);
    win.addEventListener('resize', draw);
    opts.signal?.addEventListener('abort', onAbort);
  });
}

/** The toast on screen, if any: one at a time. */
let lastToast: (() => void) | null = null;

export interface ToastAction {
  label: string;
  /** Runs on the user's own click only. */
  run(): void;
}

/**
 * Says what a pick did, where the picker's hint was ("Hidden. Undo", or why a block was not hidden), for
 * `ms` milliseconds or until its action is taken. Returns a function that takes it away.
 */
export function showToast(doc: Document, text: string, action?: ToastAction, ms = 8000): () => void {
  lastToast?.();
  const ui = overlay(doc, text);
  const remove = () => {
    clearTimeout(timer);
    ui.remove();
    if (lastToast === remove) lastToast = null;
  };
  lastToast = remove;
  if (action) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = action.label;
    b.addEventListener('click', (e) => {
      if (!isUserAction(e)) return;
      remove();
      action.run();
    });
    ui.hint.append(b);
  }
  // Declared after `remove`, which only runs later (a click, or this timer).
  const timer = setTimeout(remove, ms);
  return remove;
}
