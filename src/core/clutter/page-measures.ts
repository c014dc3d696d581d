// What one pass of the clutter finder knows about the page as it stands: text lengths (as drawn), what the page
// hides itself, the article region and its share limits, the page's own hosts (which links leave the site). The
// finder (finder.ts) asks these while it grows and judges boxes; the page does not change during a pass.
import type { ArticleDetection } from '../types.ts';
import { TextLengths } from '../article/text-length.ts';
import { RULES } from './rules.ts';
import { markupString } from './dom.ts';
import { PageVisibility } from './visibility.ts';
import { pageHosts } from './site-host.ts';

// A region this long (collapsed characters) lets a box reach blockMaxChars (half of it) and makes no box of
// at most blockMaxChars more than blockMaxShareOfArticle of it.
const LONG_REGION = Math.ceil(Math.max(2 * RULES.limits.blockMaxChars, RULES.limits.blockMaxChars / RULES.limits.blockMaxShareOfArticle));

/** Elements drawn without text of their own: a box holding one of them visibly shows something. */
const DRAWN_CONTROLS = new Set(['input', 'button', 'select', 'img', 'iframe', 'video', 'svg']);

/**
 * Elements whose text is not drawn as it stands: drop-downs (one option shows) and a form's style blocks (a sign-up
 * embed ships its stylesheet inside its form). Style and script blocks elsewhere stay counted: a vendor's widget
 * slot that carries them is sized as it always was. Data scripts are never drawn nor run as a widget's code (JSON-LD, a
 * tile's prefetch list in `<script type=speculationrules>`). A box marked as a newsletter's module, or one without a
 * script of its own, leaves out its stylesheets too (UNDRAWN_IN_SIGN_UP: "Recibe las noticias por e-mail" and 800
 * characters of CSS are a 60-character box; a page builder styles each text block in a sheet of its own).
 */
/** A recommendation vendor's slot (its stylesheet has always counted). */
const VENDOR_MARKUP = RULES.kinds['promoted-widget'].markup;
const UNDRAWN = 'select, form style, script[type="speculationrules" i], script[type*="json" i]';
const UNDRAWN_IN_SIGN_UP = 'select, style, script[type="speculationrules" i], script[type*="json" i]';

/** A link's rel that marks it paid. */
export const PAID_REL = /\b(sponsored|nofollow)\b/i;

/** A link marked as a sign-up button. */
export const NEWSLETTER_MARKUP = RULES.kinds.newsletter.markup;

export class PageMeasures {
  readonly len: TextLengths;
  /** drawnLength's answers for this pass (the page does not change during one). */
  readonly #drawn = new Map<Element, number>();
  readonly region: Element | null;
  readonly guarded: Element[];
  #regionLength: number | undefined;
  #longRegion: boolean | undefined;

  #visibility: PageVisibility | null = null;
  readonly #hosts: readonly string[];

  constructor(
    protected readonly doc: Document,
    detection: ArticleDetection,
    lengths?: TextLengths,
  ) {
    this.len = lengths ?? new TextLengths();
    this.region = detection.region;
    this.guarded = [...(detection.region ? [detection.region] : []), ...detection.parts];
    this.#hosts = pageHosts(doc);
  }

  /** The page hides this block itself (a closed pop-up, a template): not ours to count nor hide. */
  hiddenByPage(el: Element): boolean {
    return (this.#visibility ??= new PageVisibility(this.doc, this.guarded)).hides(el);
  }

  /**
   * The page hides everything the box holds (a wrapper whose only children are closed banners, each with
   * display:none): nothing of it is drawn, so there is nothing to hide or count.
   */
  showsNothing(el: Element): boolean {
    const walker = this.doc.createTreeWalker(el, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const drawn =
        n.nodeType === 3
          ? !!(n as Text).data.trim() && !!n.parentElement && !/^(script|style|noscript|template)$/.test(n.parentElement.localName)
          : DRAWN_CONTROLS.has((n as Element).localName) && (n as Element).getAttribute('type') !== 'hidden';
      if (drawn && !this.hiddenByPage(n.nodeType === 3 ? n.parentElement! : (n as Element))) return false;
    }
    return true;
  }

  /** Inside the page's navigation: a menu item that names sponsors or newsletters links to a section. */
  inNavigation(el: Element): boolean {
    return el.closest(RULES.evidence.navigation) !== null;
  }

  /** A link that leaves the site: sponsored boxes and recommendation widgets send readers elsewhere. */
  protected isExternal(a: Element): boolean {
    const href = a.getAttribute('href') ?? '';
    const m = /^(?:https?:)?\/\/([^/?#]+)/i.exec(href);
    if (!m) return false;
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    // With no address of its own (a saved page), any absolute link leads elsewhere.
    return this.#hosts.every((own) => host !== own && !host.endsWith(`.${own}`) && !own.endsWith(`.${host}`));
  }

  /** A link that leaves the site or is marked paid (rel sponsored or nofollow): an ad's or an exchange's item. */
  protected isOutbound(a: Element): boolean {
    return this.isExternal(a) || PAID_REL.test(a.getAttribute('rel') ?? '');
  }

  /** The box's words outside its links: a pitch there is the box talking, not a menu entry. */
  protected proseOf(block: Element): string {
    const parts: string[] = [];
    const walker = block.ownerDocument.createTreeWalker(block, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('a, script, style, noscript')) continue;
      parts.push((n as Text).data);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /**
   * The box's length as a reader sees it: a drop-down draws only its chosen option, so the other options (a
   * sign-up form's list of 250 countries) do not make the box big, nor does a sign-up form's own stylesheet.
   */
  drawnLength(el: Element): number {
    const known = this.#drawn.get(el);
    if (known !== undefined) return known;
    const n = this.len.of(el);
    let unseen = 0;
    const markup = markupString(el);
    const undrawn =
      NEWSLETTER_MARKUP.test(markup) || !(VENDOR_MARKUP.test(markup) || el.querySelector('script:not([type*="json" i])'))
        ? UNDRAWN_IN_SIGN_UP
        : UNDRAWN;
    for (const hidden of el.localName === 'select' ? [el] : Array.from(el.querySelectorAll(undrawn)))
      if (hidden.localName !== 'select') unseen += this.len.of(hidden);
      else {
        const shown = hidden.querySelector('option[selected]') ?? hidden.querySelector('option');
        unseen += this.len.of(hidden) - (shown ? this.len.of(shown) : 0);
      }
    const drawn = Math.max(0, n - unseen);
    this.#drawn.set(el, drawn);
    return drawn;
  }

  /** Measured when first needed: pages without a single seed never read the region's whole text. */
  get regionLen(): number {
    return (this.#regionLength ??= this.region ? this.len.of(this.region) : 0);
  }

  /**
   * The region's length matters only while it is short: from LONG_REGION on, a box may grow to the full
   * blockMaxChars and no box is too big a share of the article. Long regions are not read whole for that.
   */
  protected regionIsLong(): boolean {
    return (this.#longRegion ??= !!this.region && this.len.reaches(this.region, LONG_REGION));
  }

  /** The largest box the protected-paragraph exemption allows: half the article, at most blockMaxChars. */
  boxLimit(): number {
    return this.regionIsLong() ? RULES.limits.blockMaxChars : Math.min(RULES.limits.blockMaxChars, this.regionLen * 0.5);
  }

  /** A box this long would hide too much of a short article. */
  tooMuchOfArticle(block: Element, size: number): boolean {
    // A box outside the article hides none of it, however short the article is.
    if (size <= 800 || this.regionIsLong() || !this.region?.contains(block)) return false;
    return !!this.regionLen && size > RULES.limits.blockMaxShareOfArticle * this.regionLen;
  }
}
