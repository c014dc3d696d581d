// The on-page note: counts in words with the right plural in both languages, a corner clear of the article's
// column (an icon where there is no room), and dismissal handed to the caller. Its shadow root is closed, so
// the test catches the root as it is attached.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import de from '../public/_locales/de/messages.json' with { type: 'json' };
import { formatMessage } from '../platform/i18n.ts';
import { Indicator } from './indicator.ts';
import { placeNote } from './note-place.ts';

// happy-dom events are never trusted; the real check is covered by tests/e2e/attacks/page-ui.test.ts.
vi.mock('../platform/user-action.ts', () => ({ isUserAction: () => true }));

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function installLocale(lang: 'en' | 'de'): void {
  const cat = (lang === 'en' ? en : de) as Catalogue;
  const getMessage = (key: string, subs?: string | string[]) => {
    if (key === '@@ui_locale') return lang === 'en' ? 'en_US' : 'de';
    const entry = cat[key];
    return entry ? formatMessage(entry, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) : '';
  };
  (globalThis as { browser?: unknown }).browser = { runtime: { id: 'test' }, i18n: { getMessage } };
}

let roots: ShadowRoot[] = [];
let note: Indicator | null = null;

beforeEach(() => {
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  document.documentElement.innerHTML = '<head></head><body></body>';
});

afterEach(() => {
  note?.remove();
  note = null;
  vi.restoreAllMocks();
  delete (globalThis as { browser?: unknown }).browser;
});

const label = () => roots[0]!.querySelector('span')!.textContent;
const host = () => document.querySelector('clearfolio-indicator') as HTMLElement;

describe('the note counts in words', () => {
  it.each([
    ['en', 1, 'Clearfolio hid 1 block'],
    ['en', 2, 'Clearfolio hid 2 blocks'],
    ['en', 0, 'Clearfolio hid 0 blocks'],
    ['de', 1, 'Clearfolio hat 1 Block ausgeblendet'],
    ['de', 5, 'Clearfolio hat 5 Blöcke ausgeblendet'],
  ] as const)('%s, %i', (lang, count, text) => {
    installLocale(lang);
    note = new Indicator(document, { onToggle() {} });
    note.update(count, false);
    expect(label()).toBe(text);
  });
});

describe('placeNote', () => {
  const size = { full: 300, icon: 36 };
  it('takes the end corner when the column leaves room there', () => {
    expect(placeNote({ left: 100, right: 800 }, 1280, size)).toEqual({ side: 'right', compact: false });
  });
  it('takes the other corner when only that side has room', () => {
    expect(placeNote({ left: 500, right: 1200 }, 1280, size)).toEqual({ side: 'left', compact: false });
  });
  it('shrinks to the icon when neither side has room for the whole note', () => {
    expect(placeNote({ left: 200, right: 1150 }, 1280, size)).toEqual({ side: 'right', compact: true });
  });
  it('starts on the left in a right-to-left page', () => {
    expect(placeNote({ left: 400, right: 900 }, 1280, size, 'rtl')).toEqual({ side: 'left', compact: false });
  });
  it('is the icon in the end corner over a full-width column, and the full note without a column', () => {
    expect(placeNote({ left: 0, right: 400 }, 400, size)).toEqual({ side: 'right', compact: true });
    expect(placeNote(null, 400, size)).toEqual({ side: 'right', compact: false });
  });
});

describe('the note on the page', () => {
  beforeEach(() => installLocale('en'));

  it('sits in the corner clear of the column, and moves when its count changes', () => {
    let column = { left: 480, right: 1180 };
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1280);
    note = new Indicator(document, { onToggle() {}, column: () => column });
    note.update(3, false);
    expect(note.side).toBe('left');
    expect(host().style.getPropertyValue('left')).toBe('16px');
    expect(host().style.getPropertyValue('right')).toBe('auto');
    column = { left: 100, right: 780 };
    note.update(3, true);
    expect(note.side).toBe('left');
    note.update(4, false);
    expect(note.side).toBe('right');
    expect(host().style.getPropertyValue('right')).toBe('16px');
  });

  it('shows only its icon where there is no room, and the user can open and shrink it', () => {
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(400);
    note = new Indicator(document, { onToggle() {}, column: () => ({ left: 0, right: 400 }) });
    note.update(2, false);
    const [box, icon] = [roots[0]!.querySelector('.box') as HTMLElement, roots[0]!.querySelector('.icon') as HTMLButtonElement];
    expect(note.compact).toBe(true);
    expect(box.hidden).toBe(true);
    expect(icon.hidden).toBe(false);
    expect(icon.getAttribute('aria-label')).toContain('Clearfolio hid 2 blocks');
    icon.click();
    expect(box.hidden).toBe(false);
    (roots[0]!.querySelector('button[aria-label="Shrink to an icon"]') as HTMLButtonElement).click();
    expect(box.hidden).toBe(true);
  });

  it('tells the caller when it is dismissed, and stays hidden', () => {
    const onDismiss = vi.fn();
    note = new Indicator(document, { onToggle() {}, onDismiss });
    note.update(2, false);
    (roots[0]!.querySelector(`button[aria-label="${en.indicatorDismiss.message}"]`) as HTMLButtonElement).click();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(host().style.getPropertyValue('display')).toBe('none');
  });
});

describe('"Hide this too" in the note', () => {
  it('is offered while the note is open; while the reader picks, the note says how and hides its pick buttons', async () => {
    installLocale('en');
    let finish: (picked: boolean) => void = () => undefined;
    const onHideToo = vi.fn(() => new Promise<boolean>((r) => (finish = r)));
    note = new Indicator(document, { onToggle() {}, onHideToo });
    note.update(2, false);
    const hideToo = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Hide this too')!;
    expect(hideToo.hidden).toBe(false);
    hideToo.click();
    expect(onHideToo).toHaveBeenCalledTimes(1);
    expect(label()).toBe('Click the block to hide (Esc cancels)');
    expect(hideToo.hidden).toBe(true);
    // A second click while picking starts nothing.
    hideToo.click();
    expect(onHideToo).toHaveBeenCalledTimes(1);
    finish(true);
    await vi.waitFor(() => expect(hideToo.hidden).toBe(false));
    note.update(3, false);
    expect(label()).toBe('Clearfolio hid 3 blocks');
  });

  it('is not offered where the caller cannot hide (no handler)', () => {
    installLocale('en');
    note = new Indicator(document, { onToggle() {} });
    note.update(1, false);
    const hideToo = [...roots[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Hide this too')!;
    expect(hideToo.hidden).toBe(true);
  });
});
