// Where clutter may start: elements whose markup names a kind, e-mail sign-up fields, short labels
// ("Sponsored", "Promoted Stories") and disclosure sentences. Fed one node at a time by whichever walk is
// already going over the page (the detection's page scan on a first pass, walkSeeds over late content), so
// the page is walked once for both. Never fed nodes inside a skipped element (UNTOUCHED_TAGS, an editing region).
import type { TextLengths } from '../article/text-length.ts';
import {
  ANY_LABEL_START,
  ANY_MARKUP,
  BRACKETED_LABEL,
  DISCLOSURE,
  DISCLOSURE_FOOTER_MAX_CHARS,
  LABEL_HEAD,
  LABEL_KINDS,
  NEWSLETTER,
  PRECEDENCE,
  RULES,
  isDisclosureText,
  type ClutterKind,
} from './rules.ts';
import {
  HEADINGS,
  MAIL_SIGN_UP_PAGE,
  PLUG_NOTE_SELECTOR,
  SIGN_UP_PAGE,
  blockOf,
  isEmailInput,
  labelWordsOf,
  markupOf,
  wordsOf,
} from './dom.ts';
import { UNTOUCHED_TAGS, isEditable } from '../dom/untouched.ts';
import { walkDepthFirst, type Walk } from '../time-budget.ts';
import { TILE_MAX_CHARS, disclosureShare } from './evidence.ts';

export interface Seed {
  el: Element;
  kind: ClutterKind;
  via: 'markup' | 'form' | 'label' | 'wording';
  /** The node it was found at (the element, the e-mail input, the text node): its place in document order. */
  at: Node;
}

/** Inline note styling a disclosure gets when a paragraph ends with it. */
const NOTE_TAGS = new Set(['em', 'i', 'small']);
/** Cheap prefilter for disclosure sentences. */
const MONEY_HINT =
  /commission|compensat|affiliate|qualifying purchases|provision|comisi|compenso|(make|earn)s? money|advertising fees|(share|portion|percentage|cut) (of|from)|売上の一部/i;
/** Cheap prefilter for newsletter pitches ("delivered to your inbox", "Was this email forwarded to you?") in a box without sign-up markup. */
const NEWSLETTER_HINT =
  /newsletter|inbox|forwarded|postfach|bolet[ií]n|nieuwsbrief|nyhe[td]sbrev|infolettre|uutiskirje|h[íi]rlev|メールマガジン|メルマガ|ニュースレター|뉴스레터/i;
/** Cheap prefilter for a heading that names a newsletter ("The Daily Brief", "Join our mailing list", "Boletín"). */
const HEADING_HINT = new RegExp(`brief|digest|mailing|e-?mail|${NEWSLETTER_HINT.source}`, 'i');
/** Cheap prefilter for a post's own sponsorship note ("This post ... was sponsored by"). */
const SPONSOR_NOTE_HINT = /(sponsored|paid for|brought to you|presented) by/i;
/** A one-sentence plug or a promo tile is this short. */
export const PLUG_MAX_CHARS = 250;
/** A plug that pitches in its own words and links to the sign-up page may run to a short paragraph (finder.ts isLongPlug). */
export const LONG_PLUG_MAX_CHARS = 400;
/** A post's sponsorship note is this short. */
export const SPONSOR_NOTE_MAX_CHARS = 400;
/** Cheap prefilter for a link that is a sign-up ask of its own ("<a>Sign up</a> and stay up to date ..."). */
const ACTION_HINT = /^\s*(sign ?up|subscribe)/i;
/** Any hint in one test (HEADING_HINT holds NEWSLETTER_HINT): most text nodes of a page hold none. */
const ANY_HINT = new RegExp(
  `${ANY_LABEL_START.source}|${LABEL_HEAD.source}|${MONEY_HINT.source}|${HEADING_HINT.source}|${SPONSOR_NOTE_HINT.source}|${BRACKETED_LABEL.source}|${ACTION_HINT.source}`,
  'i',
);

export class SeedCollector {
  readonly seeds: Seed[] = [];

  constructor(private readonly len: TextLengths) {}

  /** Text nodes shorter than this hold no label and no disclosure. */
  readonly textMin = 5;
  /** Either hint in one test: most text nodes of a page hold neither. */
  readonly textHint = ANY_HINT;

  reset(): void {
    this.seeds.length = 0;
  }

  /**
   * Puts the seeds in document order: a page scan feeds elements first, then text. The finder takes seeds in
   * order, and a box that holds an earlier one is tried first: the order must not depend on the walk.
   */
  finish(): void {
    const seeds = this.seeds;
    for (let i = 1; i < seeds.length; i++) {
      if (seeds[i - 1]!.at === seeds[i]!.at || seeds[i - 1]!.at.compareDocumentPosition(seeds[i]!.at) & 4 /* FOLLOWING */) continue;
      seeds.sort((a, b) => (a.at === b.at ? 0 : a.at.compareDocumentPosition(b.at) & 4 ? -1 : 1));
      return;
    }
  }

  /** What the walk leaves out: scripts, code, graphics (UNTOUCHED_TAGS) and editing regions. */
  skips(el: Element): boolean {
    return UNTOUCHED_TAGS.has(el.localName) || isEditable(el);
  }

  /**
   * Takes in one element; false, feeding nothing, when the walk must leave its subtree out (what `skips`
   * says, asked here from the attribute names the markup test reads anyway).
   */
  enter(el: Element, attributes?: readonly string[] | null): boolean {
    const tag = el.localName;
    if (UNTOUCHED_TAGS.has(tag)) return false;
    // Asked of every element of the page: most have no attributes at all, few anything but a class or an id.
    const names = attributes === undefined ? (el.hasAttributes() ? el.getAttributeNames() : null) : attributes;
    if (!names) return true;
    if (names.includes('contenteditable') && isEditable(el)) return false;
    if (tag === 'input' && isEmailInput(el)) this.seeds.push({ el: el.closest('form') ?? el, kind: 'newsletter', via: 'form', at: el });
    // A sign-up button drawn as a link to the sign-up page ("Sign Up!" beside "Subscribe to receive a free eCookbook"):
    // the finder takes the ask beside it, if any.
    if (tag === 'a' && SIGN_UP_PAGE.test(el.getAttribute('href') ?? '') && this.len.of(el) <= ACTION_MAX_CHARS) {
      const words = wordsOf(el).replace(/[!.>»›\s]+$/, '');
      if (words && NEWSLETTER.action.test(words)) this.seeds.push({ el, kind: 'newsletter', via: 'markup', at: el });
    }
    const m = markupOf(el, names);
    if (m && ANY_MARKUP.test(m))
      for (const kind of PRECEDENCE) if (RULES.kinds[kind].markup.test(m)) this.seeds.push({ el, kind, via: 'markup', at: el });
    return true;
  }

  /**
   * The text stands in a link that is a whole promo tile naming a newsletter, with its pitch or closing ask ("Der
   * WDR-Newsletter für Politik in NRW / Einmal die Woche ... direkt in Ihr Postfach"): the finder judges the tile.
   */
  #promoTile(parent: Element): boolean {
    const tile = parent.closest('a');
    if (!tile || this.len.of(tile) > TILE_MAX_CHARS) return false;
    const words = wordsOf(tile);
    return NEWSLETTER.strong.test(words) && (NEWSLETTER.pitch.test(words) || ASK_HINT.test(words));
  }

  text(node: Text): void {
    const t = node.data;
    if (t.length < this.textMin || !ANY_HINT.test(t)) return;
    const parent = node.parentElement;
    if (!parent) return;
    // Labels start their element's text, so the text node alone tells whether the element can be one.
    // A label split over inline elements ("The Most <span>Popular All Over</span>") is read from its element's
    // whole text, when this run opens the element and an element follows it.
    const whole = ANY_LABEL_START.test(t);
    if (
      whole ||
      (LABEL_HEAD.test(t) &&
        parent.firstChild === node &&
        node.nextSibling?.nodeType === 1 &&
        this.len.of(parent) <= RULES.limits.labelMaxChars)
    ) {
      const head = (whole ? t.trimStart() : wordsOf(parent)).slice(0, 30);
      for (const kind of LABEL_KINDS) {
        if (!RULES.kinds[kind].labelStart!.test(head) || this.len.of(parent) > RULES.limits.labelMaxChars) continue;
        if (RULES.kinds[kind].label!.test(labelWordsOf(parent))) this.seeds.push({ el: parent, kind, via: 'label', at: node });
      }
    }
    // A heading that names a newsletter ("The Daily Brief", "Sign up for our newsletter"): a sign-up box's title,
    // whatever its form is (an iframe, a button, a link to the sign-up page). The finder climbs to the control.
    if (HEADING_HINT.test(t)) {
      const heading = parent.closest(HEADINGS);
      if (
        heading &&
        this.len.of(heading) <= RULES.limits.labelMaxChars &&
        !heading.closest('a') &&
        NEWSLETTER.strong.test(wordsOf(heading))
      )
        this.seeds.push({ el: heading, kind: 'newsletter', via: 'wording', at: node });
    }
    if (NEWSLETTER_HINT.test(t)) {
      if (NEWSLETTER.pitch.test(t) && !parent.closest('a'))
        this.seeds.push({ el: blockOf(parent), kind: 'newsletter', via: 'wording', at: node });
      else {
        if (this.#promoTile(parent)) this.seeds.push({ el: parent.closest('a')!, kind: 'newsletter', via: 'wording', at: node });
        // A pitch that runs across a link ("<a>Sign up</a> for our daily newsletter", "Our best stories in your <b>inbox</b>"):
        // the short block that holds it, or in a long block, the bold or italic line it stands in.
        let block: Element | null = blockOf(parent);
        // A paragraph-long plug with one link, to the sign-up page: the finder's isLongPlug judges it.
        const n = this.len.of(block);
        const links = n > PLUG_MAX_CHARS && n <= LONG_PLUG_MAX_CHARS ? block.getElementsByTagName('a') : null;
        if (links?.length === 1 && SIGN_UP_PAGE.test(links[0]!.getAttribute('href') ?? ''))
          this.seeds.push({ el: block, kind: 'newsletter', via: 'wording', at: node });
        else if (n > PLUG_MAX_CHARS) {
          // The whole styled line: "<b><i>Check out</i> <a>our stories</a> <i>by signing up to our newsletter</i></b>".
          block = parent.closest(PLUG_NOTE_SELECTOR);
          while (block?.parentElement?.matches(PLUG_NOTE_SELECTOR) && this.len.of(block.parentElement) <= PLUG_MAX_CHARS)
            block = block.parentElement;
        }
        if (
          block &&
          this.len.of(block) <= PLUG_MAX_CHARS &&
          (NEWSLETTER.pitch.test(wordsOf(block)) || pointsToSignUp(block) || closesOnAsk(block))
        )
          this.seeds.push({ el: block, kind: 'newsletter', via: 'wording', at: node });
      }
    }
    // A link that is the whole ask, to the e-mail sign-up page, in a short line that promises updates ("<a>Sign up</a>
    // and stay up to date with the latest news."): the line is a plug without the word "newsletter".
    if (ACTION_HINT.test(t)) {
      const link = parent.closest('a');
      const block = link && blockOf(link);
      if (
        block &&
        MAIL_SIGN_UP_PAGE.test(link.getAttribute('href') ?? '') &&
        NEWSLETTER.action.test(wordsOf(link)) &&
        this.len.of(block) <= PLUG_MAX_CHARS &&
        NEWSLETTER.weak.test(wordsOf(block))
      )
        this.seeds.push({ el: block, kind: 'newsletter', via: 'wording', at: node });
    }
    // A headline that carries its label in brackets: its link is a paid story's, and the finder looks for its tile.
    if (BRACKETED_LABEL.test(t)) {
      const link = parent.closest('a');
      if (link && this.len.of(link) <= TILE_MAX_CHARS) this.seeds.push({ el: link, kind: 'sponsored', via: 'wording', at: node });
    }
    if (SPONSOR_NOTE_HINT.test(t)) {
      // A post's own sponsorship note: its block, when that is the note alone.
      const block = blockOf(parent);
      if (this.len.of(block) <= SPONSOR_NOTE_MAX_CHARS && RULES.kinds.sponsored.wording.note.test(wordsOf(block)))
        this.seeds.push({ el: block, kind: 'sponsored', via: 'wording', at: node });
    }
    if (MONEY_HINT.test(t)) {
      // A commerce box's heading: "Example Media may get a commission".
      if (this.len.of(parent) <= RULES.limits.labelMaxChars) {
        const words = wordsOf(parent);
        if (DISCLOSURE.money.test(words) && DISCLOSURE.self.test(words))
          this.seeds.push({ el: parent, kind: 'affiliate-disclosure', via: 'label', at: node });
      }
      // A <small> note straight inside a long block is its own box.
      // A footer's legal block (copyright, terms, the disclosure among them) may be longer.
      // So may a side rail's (the finder holds a box outside the article to the longer bound).
      const max = DISCLOSURE_FOOTER_MAX_CHARS;
      let b = blockOf(parent);
      // A disclosure is as long as its words: an ad slot's scripts beside it ("adsbygoogle.push") add none.
      if (this.len.of(b) > max && wordsOf(b).length > max) {
        b = parent;
        while (b.parentElement && b.parentElement !== blockOf(parent) && this.len.of(b.parentElement) <= max) b = b.parentElement;
      }
      if ((this.len.of(b) <= max || wordsOf(b).length <= max) && isDisclosureText(wordsOf(b))) {
        // A disclosure set as a note at the end of an article paragraph: the note is the box, the paragraph stays.
        if (b !== parent && NOTE_TAGS.has(parent.localName) && disclosureShare(wordsOf(b)) < 0.7 && isDisclosureText(wordsOf(parent)))
          b = parent;
        this.seeds.push({ el: b, kind: 'affiliate-disclosure', via: 'wording', at: node });
      }
    }
  }
}

/**
 * Cheap prefilter for a closing call to sign up in a language the finder reads ("Sign up here.", "Hier geht es zur
 * Anmeldung.", "S'inscrire"): the finder's closesWithSignUpAsk says whether it is one.
 */
const ASK_HINT = /sign(ing)? up|subscribe|register|join|anmeld|abonnier|registrier|inscri|suscr|ap[uú]ntate|iscriv|aanmeld|meld je/i;

/** A short block that names a newsletter, holds a link and may close on a call to sign up: a plug, maybe. */
function closesOnAsk(block: Element): boolean {
  const words = wordsOf(block);
  return NEWSLETTER.strong.test(words) && ASK_HINT.test(words.slice(-40)) && block.getElementsByTagName('a').length > 0;
}

/** A short block that names a newsletter and whose one link goes to a sign-up page: a plug, maybe (finder.ts judges it). */
function pointsToSignUp(block: Element): boolean {
  const links = block.getElementsByTagName('a');
  // A sentence around its link: a menu entry is the link alone.
  return (
    links.length === 1 &&
    SIGN_UP_PAGE.test(links[0]!.getAttribute('href') ?? '') &&
    wordsOf(block).length >= wordsOf(links[0]!).length + PLUG_OWN_CHARS
  );
}

/** A sign-up button's words are this short ("Sign up now!"). */
const ACTION_MAX_CHARS = 30;

/** What a plug says around its link, at least. */
const PLUG_OWN_CHARS = 20;

/** Feeds `into` everything under `root` by a walk of its own: late content, or a page no scan went over. */
export function* walkSeeds(root: Element, into: SeedCollector): Walk<void> {
  // Feeds nodes in document order as they come: nothing for finish() to sort.
  if (!into.enter(root)) return;
  yield* walkDepthFirst(
    root,
    (el) => into.enter(el),
    (node) => {
      if (node.nodeType === 3) into.text(node as Text);
    },
  );
}
