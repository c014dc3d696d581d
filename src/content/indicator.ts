// The small on-page note "Clearfolio hid 3 blocks · Show": a CLOSED shadow root, so page CSS cannot restyle
// it, its text never mixes with the page's, and the page's script can neither read, rewrite nor click it.
// Its buttons take only the user's own clicks, and the host's styles are locked (a page hiding the note to
// clickjack it gets them back at once). It changes nothing that lasts: "never clean this site" lives in the
// popup, where the page cannot reach. Built with DOM calls, never innerHTML.
import { INDICATOR_TAG } from '../core/dom/contract.ts';
import { ext } from '../platform/ext.ts';
import { isUserAction } from '../platform/user-action.ts';
import { createHost, lockStyles, setStyles } from './ui-host.ts';

const CSS = `
.box { display: flex; gap: 8px; align-items: center; font: 13px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2937; background: #ffffff; border: 1px solid #d1d5db; border-radius: 999px; padding: 6px 8px 6px 12px;
  box-shadow: 0 2px 8px rgba(0,0,0,.12); opacity: .92; }
.box:hover, .box:focus-within { opacity: 1; }
button { font: inherit; color: #1d4ed8; background: transparent; border: 0; padding: 2px 6px; border-radius: 6px; cursor: pointer; }
button:hover { background: #eff6ff; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.close { color: #4b5563; }
@media (prefers-color-scheme: dark) {
  .box { color: #e5e7eb; background: #111827; border-color: #374151; }
  button { color: #93c5fd; } button:hover { background: #1f2937; } .close { color: #d1d5db; }
}
@media print { :host { display: none; } }
`;

function msg(key: string, subs?: string | string[], fallback = ''): string {
  try {
    return ext().i18n.getMessage(key, subs) || fallback;
  } catch {
    return fallback;
  }
}

const HOST_STYLES: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  'z-index': '2147483646',
  bottom: '16px',
  'inset-inline-end': '16px',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

/** A click the user made (not the page's script) calls `fn`. */
function onUserClick(el: HTMLElement, fn: () => void): void {
  el.addEventListener('click', (e) => {
    if (isUserAction(e)) fn();
  });
}

export class Indicator {
  private readonly host: HTMLElement;
  private readonly label: HTMLSpanElement;
  private readonly toggle: HTMLButtonElement;
  private readonly unlock: () => void;
  private showing = false;
  private dismissed = false;

  constructor(doc: Document, handlers: { onToggle(show: boolean): void }) {
    const { host, shadow } = createHost(doc, INDICATOR_TAG);
    this.host = host;
    setStyles(host, HOST_STYLES);
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'status');
    this.label = doc.createElement('span');
    this.toggle = doc.createElement('button');
    this.toggle.type = 'button';
    onUserClick(this.toggle, () => handlers.onToggle(!this.showing));
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '×';
    close.setAttribute('aria-label', msg('indicatorDismiss', undefined, 'Dismiss'));
    onUserClick(close, () => {
      this.dismissed = true;
      setStyles(this.host, { display: 'none' });
    });
    box.append(this.label, this.toggle, close);
    shadow.append(style, box);
    doc.documentElement.append(this.host);
    this.unlock = lockStyles(host, () => ({ ...HOST_STYLES, ...(this.dismissed ? { display: 'none' } : {}) }));
  }

  update(count: number, showing: boolean): void {
    this.showing = showing;
    this.label.textContent = msg('indicatorHidden', String(count), `Clearfolio hid ${count} block${count === 1 ? '' : 's'}`);
    this.toggle.textContent = showing ? msg('indicatorHide', undefined, 'Hide again') : msg('indicatorShow', undefined, 'Show');
    this.toggle.setAttribute('aria-pressed', String(showing));
  }

  remove(): void {
    this.unlock();
    this.host.remove();
  }
}
