// The small on-page note "Clearfolio hid 3 blocks · Show": a CLOSED shadow root, so page CSS cannot restyle
// it, its text never mixes with the page's, and the page's script can neither read, rewrite nor click it.
// Its buttons take only the user's own clicks, and the host's styles are locked (a page hiding the note to
// clickjack it gets them back at once). It sits in a bottom corner clear of the article's column (note-place.ts)
// and shrinks to an icon where there is no room; dismissing it is remembered for the site (by the session,
// through the background: only a real click gets there). "Never clean this site" lives in the popup, where the
// page cannot reach. Built with DOM calls, never innerHTML.
import { INDICATOR_TAG } from '../core/dom/contract.ts';
import { t, tCount } from '../platform/i18n.ts';
import { isUserAction } from '../platform/user-action.ts';
import { createHost, lockStyles, setStyles } from './ui-host.ts';
import { NOTE_MARGIN, placeNote, type Column, type NotePlacement } from './note-place.ts';

const CSS = `
.box, .icon { font: 13px/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937; background: #ffffff;
  border: 1px solid #d1d5db; box-shadow: 0 2px 8px rgba(0,0,0,.12); opacity: .92; }
.box { display: flex; gap: 4px; align-items: center; border-radius: 999px; padding: 6px 8px 6px 12px; }
.box:hover, .box:focus-within, .icon:hover, .icon:focus-visible { opacity: 1; }
.box[hidden], .icon[hidden] { display: none; }
button { font: inherit; color: #1d4ed8; background: transparent; border: 0; padding: 2px 6px; border-radius: 6px; cursor: pointer; }
button:hover { background: #eff6ff; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.quiet { color: #4b5563; }
.icon { display: flex; align-items: center; justify-content: center; min-width: 36px; height: 36px; border-radius: 999px;
  padding: 0 8px; font-weight: 600; color: #92400e; }
@media (prefers-color-scheme: dark) {
  .box, .icon { color: #e5e7eb; background: #111827; border-color: #374151; }
  button { color: #93c5fd; } button:hover { background: #1f2937; } .quiet { color: #d1d5db; } .icon { color: #fbbf24; }
}
@media print { :host { display: none; } }
`;

/** The note's width before it could be measured (px); the icon's is fixed by the stylesheet. */
const FULL_WIDTH = 320;
const ICON_WIDTH = 36;

const BASE_STYLES: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  'z-index': '2147483646',
  bottom: `${NOTE_MARGIN}px`,
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

export interface IndicatorHandlers {
  onToggle(show: boolean): void;
  /** "This wasn't clutter": resolves once the reader picked a shown block (true) or gave up (false). */
  onNotClutter?(): Promise<boolean>;
  /** "Hide this too": resolves once the reader picked a block to hide (true) or gave up (false). */
  onHideToo?(): Promise<boolean>;
  /** The user dismissed the note: the caller remembers it for the site. */
  onDismiss?(): void;
  /** The article's column on screen now, or null when there is none to keep clear of. */
  column?(): Column | null;
}

/** A click the user made (not the page's script) calls `fn`. */
function onUserClick(el: HTMLElement, fn: () => void): void {
  el.addEventListener('click', (e) => {
    if (isUserAction(e)) fn();
  });
}

function button(doc: Document, text: string, label?: string, className?: string): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label) b.setAttribute('aria-label', label);
  if (className) b.className = className;
  return b;
}

export class Indicator {
  private readonly host: HTMLElement;
  private readonly box: HTMLDivElement;
  private readonly icon: HTMLButtonElement;
  private readonly label: HTMLSpanElement;
  private readonly toggle: HTMLButtonElement;
  private readonly notClutter: HTMLButtonElement;
  private readonly hideToo: HTMLButtonElement;
  private picking = false;
  private readonly unlock: () => void;
  private readonly win: Window | null;
  private showing = false;
  private dismissed = false;
  private placement: NotePlacement = { side: 'right', compact: false };
  /** What the user chose with the shrink and icon buttons; null follows the room there is. */
  private userCompact: boolean | null = null;
  private count: number | null = null;
  private placedFor: number | null = null;
  private fullWidth = FULL_WIDTH;

  constructor(
    doc: Document,
    private readonly handlers: IndicatorHandlers,
  ) {
    const { host, shadow } = createHost(doc, INDICATOR_TAG);
    this.host = host;
    this.win = doc.defaultView;
    const style = doc.createElement('style');
    style.textContent = CSS;
    this.box = doc.createElement('div');
    this.box.className = 'box';
    this.box.setAttribute('role', 'status');
    this.label = doc.createElement('span');
    this.toggle = button(doc, '');
    onUserClick(this.toggle, () => handlers.onToggle(!this.showing));
    this.notClutter = button(doc, t('indicatorNotClutter'));
    this.notClutter.hidden = true;
    onUserClick(this.notClutter, () => void this.pick(handlers.onNotClutter, 'indicatorPickNotClutter'));
    this.hideToo = button(doc, t('indicatorHideToo'));
    this.hideToo.hidden = !handlers.onHideToo;
    onUserClick(this.hideToo, () => void this.pick(handlers.onHideToo, 'indicatorPickHide'));
    const shrink = button(doc, '–', t('indicatorShrink'), 'quiet');
    onUserClick(shrink, () => this.setCompact(true));
    const close = button(doc, '×', t('indicatorDismiss'), 'quiet');
    onUserClick(close, () => {
      this.dismissed = true;
      setStyles(this.host, { display: 'none' });
      handlers.onDismiss?.();
    });
    this.box.append(this.label, this.toggle, this.notClutter, this.hideToo, shrink, close);
    this.icon = button(doc, '', undefined, 'icon');
    onUserClick(this.icon, () => this.setCompact(false));
    shadow.append(style, this.box, this.icon);
    doc.documentElement.append(this.host);
    this.unlock = lockStyles(host, () => this.hostStyles());
    this.place();
  }

  private hostStyles(): Record<string, string> {
    const { side } = this.placement;
    return {
      ...BASE_STYLES,
      [side]: `${NOTE_MARGIN}px`,
      [side === 'right' ? 'left' : 'right']: 'auto',
      ...(this.dismissed ? { display: 'none' } : {}),
    };
  }

  /**
   * Puts the note in the corner clear of the article's column: when it appears and when its count changes. Not
   * on every resize: the reader view and the card change the page's scrollbars, and the note moving under them
   * would change the page's markup while they are open.
   */
  place(): void {
    if (!this.box.hidden) this.fullWidth = this.box.getBoundingClientRect().width || this.fullWidth;
    const dir = this.host.ownerDocument.dir === 'rtl' || this.host.ownerDocument.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    const column = this.handlers.column?.() ?? null;
    this.placement = placeNote(column, this.win?.innerWidth ?? 0, { full: this.fullWidth, icon: ICON_WIDTH }, dir);
    setStyles(this.host, this.hostStyles());
    this.render();
  }

  private setCompact(compact: boolean): void {
    this.userCompact = compact;
    this.render();
    (compact ? this.icon : this.toggle).focus();
  }

  /** True while the note shows as its icon. */
  get compact(): boolean {
    return this.userCompact ?? this.placement.compact;
  }

  /** Where the note sits now (for tests and the session). */
  get side(): NotePlacement['side'] {
    return this.placement.side;
  }

  private render(): void {
    this.box.hidden = this.compact;
    this.icon.hidden = !this.compact;
    // Offered while the blocks are shown, where the reader can see which one it means.
    this.notClutter.hidden = !this.showing || this.picking || !this.handlers.onNotClutter;
    this.hideToo.hidden = this.picking || !this.handlers.onHideToo;
    if (!this.picking && this.count !== null) {
      this.label.textContent = tCount(this.count, { one: 'indicatorHiddenOne', other: 'indicatorHiddenOther' });
    }
  }

  /** While the reader picks a block (not clutter, or to hide too), the note says how (and the page's links wait). */
  private async pick(pick: (() => Promise<boolean>) | undefined, say: 'indicatorPickNotClutter' | 'indicatorPickHide'): Promise<void> {
    if (!pick || this.picking) return;
    this.picking = true;
    this.label.textContent = t(say);
    this.notClutter.hidden = true;
    this.hideToo.hidden = true;
    try {
      await pick();
    } finally {
      this.picking = false;
      this.render();
    }
  }

  update(count: number, showing: boolean): void {
    this.showing = showing;
    this.count = count;
    const text = tCount(count, { one: 'indicatorHiddenOne', other: 'indicatorHiddenOther' });
    if (!this.picking) this.label.textContent = text;
    this.icon.textContent = String(count);
    this.icon.setAttribute('aria-label', `${text}. ${t('indicatorExpand')}`);
    this.toggle.textContent = showing ? t('indicatorHide') : t('indicatorShow');
    this.toggle.setAttribute('aria-pressed', String(showing));
    if (count !== this.placedFor) {
      this.placedFor = count;
      this.place();
    } else this.render();
  }

  remove(): void {
    this.unlock();
    this.host.remove();
  }
}
