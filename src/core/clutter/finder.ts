// Grows a clutter seed to its box and judges the box: the Finder holds one pass's measures of the page (text
// lengths, what the page hides, the protected paragraphs, its own hosts) and asks the box the questions evidence.ts
// weighs. The walk over seeds is find.ts's.
import type { ArticleDetection, ClutterKind } from '../types.ts';
import { isTextDiv } from '../article/scan.ts';
import { TextLengths, collapse } from '../article/text-length.ts';
import {
  ANY_MARKUP,
  DISCLOSURE,
  DISCLOSURE_FOOTER_MAX_CHARS,
  LABEL_KINDS,
  NEWSLETTER,
  PRECEDENCE,
  RULES,
  BRACKETED_LABEL,
  isDisclosureText,
} from './rules.ts';
import { EVIDENCE, HEADED_BOX_LINKS, HEADED_BOX_MAX_CHARS, PITCH_BOX_MAX_CHARS, TILE_MAX_CHARS, type BoxFacts } from './evidence.ts';
import {
  HEADINGS,
  MAIL_SIGN_UP_PAGE,
  PLUG_NOTE_TAGS,
  SIGN_UP_PAGE,
  isDrawn,
  inPageFooter,
  isEmailInput,
  labelWordsOf,
  markupString,
  wordsOf,
} from './dom.ts';
import { isEditable } from '../dom/untouched.ts';
import { LONG_PLUG_MAX_CHARS, PLUG_MAX_CHARS, SPONSOR_NOTE_MAX_CHARS, type Seed } from './seeds.ts';
import { CHECK_EVERY, runThrough, type Walk } from '../time-budget.ts';
import {
  CREDIT_MAX_CHARS,
  HEADING_TAGS,
  LINK_LIST_ITEMS,
  LINK_LIST_SHARE,
  OUTBOUND_PAIR,
  SOCIAL_PAGE,
  TILE_HEADLINE_CHARS,
  MENU_ITEMS,
  addsMenu,
  headingsBeside,
  holdsLinkList,
  holdsMenu,
  headsIconRow,
  headsLinkList,
  holdsOtherHeading,
  isLabelOfMissingField,
  isLinkedTitle,
  isSignUpForm,
  saysWholePitch,
  socialLinks,
  sponsorPill,
  styleBeside,
} from './box-shapes.ts';
import { closesWithSignUpAsk, endsWithSignUpAsk } from './sign-up-ask.ts';
import { NEWSLETTER_MARKUP, PAID_REL, PageMeasures } from './page-measures.ts';

const NOTE_TAGS = new Set(['em', 'i', 'small', 'strong', 'b', 'aside', 'figcaption', 'sup']);
/** Controls whose words can ask a reader to sign up (a link styled as a button counts). */
const ACTION_TAGS = new Set(['button', 'a', 'input']);

export interface FindClutterOptions {
  /** Text lengths already measured on the page as it is now (the detection's page walk), to reuse. */
  lengths?: TextLengths;
  /**
   * Seeds a walk of the whole page already collected (the pipeline feeds the detection's page scan to a
   * SeedCollector); without them the finder walks the page itself.
   */
  seeds?: readonly Seed[];
}

export class Finder extends PageMeasures {
  /** isVendorFeed's answers for this pass. */
  readonly #feeds = new Map<Element, boolean>();
  #protectedParas: Element[] | null = null;
  /** The protected paragraphs and all their ancestors: hiding any of them would hide one. */
  #holdsProtected: Set<Element> | null = null;

  constructor(doc: Document, detection: ArticleDetection, opts: FindClutterOptions) {
    super(doc, detection, opts.lengths);
  }

  /** The region's substantive paragraphs (p, or a div written as one), unless they sit in a small box whose own markup says clutter. */
  protectedParagraphs(): Element[] {
    return this.#protectedParas ?? runThrough(this.measureProtected());
  }

  /** Fills the protected paragraphs, pausing now and then: on long pages this is a walk of its own. */
  *measureProtected(): Walk<Element[]> {
    if (this.#protectedParas) return this.#protectedParas;
    const out: Element[] = [];
    const region = this.region;
    if (region) {
      // Whether an element between a paragraph and the region is such a box; paragraphs share their boxes.
      const exempt = new Map<Element, boolean>();
      const isExempt = (p: Element): boolean => {
        const path: Element[] = [];
        let found = false;
        for (let a: Element | null = p; a && a !== region; a = a.parentElement) {
          const known = exempt.get(a);
          if (known !== undefined) {
            found = known;
            break;
          }
          path.push(a);
          // Markup first: most wrappers say nothing, and measuring them all would read the region's text many times.
          const m = a.localName === 'form' ? '' : markupString(a);
          if (
            a.localName === 'form' ||
            ((ANY_MARKUP.test(m) || RULES.evidence.ad.test(m)) && this.len.of(a) <= this.boxLimit() && this.#labelledBox(a, m)) ||
            (PROMOTED_MARKUP.test(m) && this.#isVendorFeed(a)) ||
            (!this.len.reaches(a, RULES.kinds['affiliate-disclosure'].maxChars + 1) && this.#labelledLinkOut(a)) ||
            (!this.len.reaches(a, SIGN_UP_BOX_CHARS + 1) && isSignUpForm(a)) ||
            (!this.len.reaches(a, PLUG_MAX_CHARS + 1) &&
              (this.#isSignUpPromo(a) || (socialLinks(a) >= FOLLOW_SOCIAL_LINKS && this.#isFollowPitch(a)))) ||
            (!this.len.reaches(a, LONG_PLUG_MAX_CHARS + 1) && this.#isLongPlug(a) && this.#isSignUpPromo(a)) ||
            (a.localName === 'a' && !this.len.reaches(a, TILE_MAX_CHARS + 1) && this.#isPromoTile(a, this.len.of(a))) ||
            (!this.len.reaches(a, HEADED_BOX_MAX_CHARS + 1) && this.#isHeadedSignUpBox(a)) ||
            (!this.len.reaches(a, TILE_MAX_CHARS + TILE_EXTRA_CHARS + 1) && this.isStreamTile(a, this.len.of(a))) ||
            (a.localName === 'p' && !this.len.reaches(a, this.boxLimit() + 1) && !!sponsorPill(a, this.len))
          ) {
            found = true;
            break;
          }
        }
        for (const a of path) exempt.set(a, found);
        return found;
      };
      let count = 0;
      let moved = false;
      for (const p of Array.from(region.querySelectorAll('p, div'))) {
        if (++count % CHECK_EVERY === 0 && (yield)) moved = true;
        if (moved && !region.contains(p)) continue;
        if (p.localName === 'div' && !isTextDiv(p)) continue;
        const n = this.len.atLeast(p, RULES.limits.protectedParagraphChars);
        if (n < RULES.limits.protectedParagraphChars) continue;
        // A disclosure note, or the page footer's legal block that holds one, is no article paragraph.
        if ((n <= 400 || (n <= DISCLOSURE_FOOTER_MAX_CHARS && inPageFooter(p))) && isDisclosureText(wordsOf(p))) continue;
        // So is a post's own sponsorship note ("This post ... was sponsored by <a rel=sponsored>Anova</a>").
        if (n <= SPONSOR_NOTE_MAX_CHARS && RULES.kinds.sponsored.wording.note.test(wordsOf(p))) continue;
        if (!isExempt(p)) out.push(p);
      }
    }
    this.#protectedParas = out;
    return out;
  }

  /**
   * A box whose markup names clutter: sponsor/vendor markup speaks for itself; an ad slot's markup only with a
   * visible "Sponsored"-type label inside (publishers wrap article blocks in ad-injection containers).
   */
  #labelledBox(box: Element, markup: string): boolean {
    // Sign-up markup alone does not make a pitch paragraph clutter (Readability keeps "Sign up for our paid
    // newsletter..." as article text): only a box with its entry field is a sign-up box.
    if (ANY_MARKUP.test(markup) && PRECEDENCE.some((k) => !RULES.kinds[k].markupNeedsField && RULES.kinds[k].markup.test(markup)))
      return true;
    if (PRECEDENCE.some((k) => RULES.kinds[k].markup.test(markup))) {
      if (box.querySelector('input, select, iframe, form')) return true;
      const n = this.len.of(box);
      if (n <= 400 && (this.#holdsSignUpAction(box) || this.#isPitchNote(box) || this.#isScriptBuiltSignUp(box, wordsOf(box)))) return true;
      // A bigger sign-up box says what it is first: it opens with its pitch, its buttons below ("Sign up for Command
      // Line, a paid weekly newsletter ..." over plans, each with its Subscribe button).
      return n <= SIGN_UP_BOX_CHARS && this.#opensWithPitch(box) && this.#holdsSignUpAction(box);
    }
    for (const el of Array.from(box.querySelectorAll('*'))) {
      const n = this.len.of(el);
      if (n > 0 && n <= RULES.limits.labelMaxChars && RULES.kinds.sponsored.label!.test(wordsOf(el))) return true;
    }
    return false;
  }

  /**
   * A recommendation vendor's feed, however long (a Taboola feed of thirty "You May Like" tiles): a box marked as the
   * vendor's that is all links, most of its headlines leaving the site or marked paid. Its tiles are no article
   * paragraphs, and its length is no reason to keep it: a feed grows with every scroll.
   */
  #isVendorFeed(box: Element): boolean {
    let known = this.#feeds.get(box);
    if (known !== undefined) return known;
    known = false;
    if (PROMOTED_MARKUP.test(markupString(box))) {
      let items = 0;
      let out = 0;
      let linkChars = 0;
      for (const a of Array.from(box.getElementsByTagName('a'))) {
        if (a.parentElement?.closest('a')) continue;
        const n = this.len.of(a);
        linkChars += n;
        if (n < 20) continue;
        items++;
        if (this.isOutbound(a)) out++;
      }
      known = out >= FEED_MIN_OUTBOUND && out * 2 >= items && linkChars >= FEED_LINK_SHARE * this.len.of(box);
    }
    this.#feeds.set(box, known);
    return known;
  }

  /** The box's words open with a paragraph that pitches a newsletter by name ("Sign up for X, a weekly newsletter"). */
  #opensWithPitch(box: Element): boolean {
    const first = box.querySelector('p');
    if (!first) return false;
    const words = wordsOf(first);
    return !!words && wordsOf(box).startsWith(words) && NEWSLETTER.pitch.test(words) && NEWSLETTER.strong.test(words);
  }

  /** A script or frame of a mailing-list service (HubSpot, Mailchimp...): it builds a sign-up form where it stands. */
  #buildsSignUpForm(el: Element): boolean {
    const src = el.getAttribute('src') || el.getAttribute('data-src') || '';
    const host = RULES.evidence.formHost;
    return host.test(src) || (el.localName === 'script' && host.test((el.textContent ?? '').slice(0, FORM_SCRIPT_HEAD)));
  }

  /** A sign-up box of a heading and one short pitch ("Get X delivered to your inbox"), its button just outside. */
  #isPitchNote(box: Element): boolean {
    const paras = box.querySelectorAll('p');
    return paras.length === 1 && this.len.of(paras[0]!) <= 120 && NEWSLETTER.pitch.test(wordsOf(paras[0]!));
  }

  /** A button or link whose whole text asks the reader to sign up ("Subscribe now"): the field is a click away. */
  #holdsSignUpAction(box: Element): boolean {
    for (const el of Array.from(box.querySelectorAll('a, button'))) {
      const n = this.len.of(el);
      if (n > 0 && n <= RULES.limits.labelMaxChars && NEWSLETTER.action.test(wordsOf(el))) return true;
    }
    return false;
  }

  /**
   * The tile around `link` when the link is a whole story tile that carries a sponsor label ("Sponsored", "Sponsored
   * by <Brand>") beside its headline, and the tile sits in a stream of at least STREAM_SIBLINGS ordinary story tiles
   * of the same shape: a paid story among the site's own, however it links. A menu item that says "Sponsored" is all
   * label (no headline), and a lone teaser is no stream. Its headline is the tile's, not an article paragraph.
   */
  sponsoredTile(link: Element): Element | null {
    const n = this.len.of(link);
    if (n < TILE_HEADLINE_CHARS || n > TILE_MAX_CHARS || this.inNavigation(link)) return null;
    // The tile: the link and the wrappers around it that add (next to) no words, or only its kicker and label.
    let tile = link;
    while (tile.parentElement && this.len.of(tile.parentElement) <= n + TILE_EXTRA_CHARS && tile.parentElement !== this.doc.body)
      tile = tile.parentElement;
    // A story's address, not a section's ("/partner-content"), or a story's picture beside it: a menu entry with a blurb
    // is no tile.
    if (!this.isExternal(link) && !isStoryAddress(link.getAttribute('href') ?? '') && !tile.querySelector('img, picture')) return null;
    if (!this.#holdsLabelBeside(link, n) && !this.#kickerLabel(tile, link) && !this.#bracketedTitle(link)) return null;
    const stream = tile.parentElement;
    if (!stream) return null;
    // Story tiles beside it, whatever their wrappers (a wrapped paid tile among bare headline links) and whether or not
    // they are labelled too (a rail of paid tiles, each with its label).
    let stories = 0;
    for (const sibling of Array.from(stream.children)) {
      if (sibling === tile) continue;
      const story =
        sibling.localName === 'a'
          ? sibling
          : Array.from(sibling.getElementsByTagName('a')).find((a) => this.len.of(a) >= TILE_HEADLINE_CHARS);
      if (story && this.len.of(story) >= TILE_HEADLINE_CHARS && ++stories >= STREAM_SIBLINGS) return tile;
    }
    return null;
  }

  /**
   * The tile's kicker, beside its headline link rather than in it, reads as a sponsor label ("<span>09:00 Post
   * Patrocinado</span> <a>Em alta, ...</a>" where the stream's other tiles say "Lances abertos").
   */
  #kickerLabel(tile: Element, link: Element): boolean {
    if (tile === link) return false;
    for (const el of Array.from(tile.querySelectorAll('*'))) {
      if (el === link || el.contains(link) || link.contains(el)) continue;
      const m = this.len.of(el);
      if (m > 0 && m <= RULES.limits.labelMaxChars && RULES.kinds.sponsored.label!.test(labelWordsOf(el))) return true;
    }
    return false;
  }

  /**
   * The box says, or sits in a small box that says, "To keep reading, please enter your email address" or is headed
   * "Sign in or create an account": a registration wall's or a login form asks for an account, whatever newsletter
   * it throws in.
   */
  #inWall(block: Element): boolean {
    for (let el: Element | null = block; el && el !== this.doc.body; el = el.parentElement) {
      if (this.len.reaches(el, SIGN_UP_BOX_CHARS + 1)) return false;
      if (NEWSLETTER.wall.test(wordsOf(el))) return true;
      // A box headed "Sign in or create an account": an account's form, whatever its markup calls it.
      for (const h of Array.from(el.querySelectorAll(HEADINGS)))
        if (this.len.of(h) <= RULES.limits.labelMaxChars && NEWSLETTER.login.test(wordsOf(h))) return true;
    }
    return false;
  }

  /**
   * A one-sentence newsletter plug: a sentence with a link, in words of its own around the link ("<a>Sign up</a> for
   * our daily newsletter to receive the best stories"), its link to the sign-up. A bare link ("Newsletters", "Sign up
   * for our newsletters") is a menu item, and an item of a link list or the page's header is one too.
   */
  #isPlug(block: Element, text: string): boolean {
    if (block.closest('header, [role=banner]')) return false;
    // An item of a list is a menu entry, unless it is a sentence of its own ("The WAZ on social media: ...", "You
    // like your day in brief? Then our daily newsletter is for you - this way.").
    const prose = this.proseOf(block);
    const links = Array.from(block.getElementsByTagName('a'));
    // A menu entry opens with its link ("<a>Newsletters</a> for our best stories in your inbox.").
    if (this.#inLinkList(block) && (lowerWords(prose) < SENTENCE_ITEM_WORDS || (!!links[0] && text.startsWith(wordsOf(links[0])))))
      return false;
    // Its link is the way in when its closing sentence is the ask ("... a weekly newsletter. Sign up <a>here</a>.").
    const asks = closesWithSignUpAsk(block, text);
    if (!asks && !NEWSLETTER.pitch.test(text) && !this.#pointsToNewsletter(block, text, prose)) return false;
    // A pitch in the quotation a paragraph opens with reports what someone said ("„Hol dir den Newsletter ...“, sagte
    // sie"); a newsletter's quoted name does not ("\"Hier ist Bayern\": Der BR24 Newsletter informiert Sie ...").
    const quoted = /^["„“”«»‚‘]([^"“”«»‘’]+)/.exec(text)?.[1];
    if (quoted && NEWSLETTER.pitch.test(quoted)) return false;
    // A sentence: it ends as one (or with its link's call to action after it: "... AI coverage. Learn More"), holds
    // no control, and its own words are a sentence's (lower-case words: a bar of menu entries is capitalised).
    const cta = links.length ? wordsOf(links[links.length - 1]!) : '';
    // A styled line may close on its pitch without a full stop ("... by signing up to our free weekly newsletter").
    const note = block.localName === 'p' || PLUG_NOTE_TAGS.has(block.localName);
    const ends =
      SENTENCE_END.test(text) ||
      (!!cta && cta.length <= CTA_MAX_CHARS && text.endsWith(cta) && SENTENCE_END.test(text.slice(0, -cta.length).trim())) ||
      (note && PITCH_AT_END.test(text));
    if (!ends || block.querySelector('button, input, select')) return false;
    // A paragraph that is all one link to the sign-up page, speaking to the reader ("Sign up for the free daily X
    // newsletter for more airline news!"): a plug set as a link.
    if (
      note &&
      links.length === 1 &&
      this.len.of(links[0]!) >= this.len.of(block) - 2 &&
      SIGN_UP_ADDRESS.test(links[0]!.getAttribute('href') ?? '') &&
      addressesReader(text)
    )
      return true;
    if (lowerWords(prose) < PLUG_PROSE_WORDS) return false;
    // A note whose own words ask the reader to sign up ("Check out <a>more of our stories</a> by signing up to our
    // free weekly newsletter"): its link is the way in, wherever it points.
    if (note && links.length === 1 && NEWSLETTER.pitch.test(prose) && addressesReader(prose)) return true;
    return (
      asks ||
      links.some((a) => {
        const href = a.getAttribute('href') ?? '';
        const words = wordsOf(a);
        return SIGN_UP_ADDRESS.test(href) || NEWSLETTER.strong.test(words) || NEWSLETTER.weak.test(words);
      })
    );
  }

  /**
   * A sentence that names the site's newsletter in its own words, speaks to the reader and links to the newsletter's
   * page ("Sie mögen den Tag kompakt? Dann sind Sie beim täglichen WAZ-Newsletter richtig – <a>hier entlang</a>."):
   * a plug without a pitch verb.
   */
  #pointsToNewsletter(block: Element, text: string, prose: string): boolean {
    const links = block.getElementsByTagName('a');
    const href = links[0]?.getAttribute('href') ?? '';
    return (
      links.length === 1 &&
      SIGN_UP_PAGE.test(href) &&
      ((NEWSLETTER.strong.test(prose) && addressesReader(text)) ||
        // Or its link is the ask, to the e-mail sign-up page, and it promises updates ("<a>Sign up</a> and stay up to
        // date with Barbados' FREE latest news."): a paid subscription's page names no e-mail.
        (NEWSLETTER.action.test(wordsOf(links[0]!)) && MAIL_SIGN_UP_PAGE.test(href) && NEWSLETTER.weak.test(prose)))
    );
  }

  /**
   * A plug longer than a sentence or two: its one link goes to the sign-up page and its own words pitch the newsletter
   * to the reader ("Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné, vous pouvez vous
   * inscrire à cette lettre quotidienne en suivant <a>ce lien</a>. Chaque jour à 12 h 30, ..."). An article paragraph
   * about a newsletter links to a story or a report, not to the sign-up page.
   */
  #isLongPlug(block: Element): boolean {
    const links = block.getElementsByTagName('a');
    if (links.length !== 1 || !SIGN_UP_ADDRESS.test(links[0]!.getAttribute('href') ?? '')) return false;
    // The pitch may be the link's words ("<a>vous pouvez vous inscrire à cette lettre quotidienne</a>"); the newsletter
    // is named, and the reader spoken to, in the paragraph's own.
    const prose = this.proseOf(block);
    const words = wordsOf(block);
    // Or it closes on its ask, the link in it ("... jeden Abend um 19.30 Uhr. <a>Hier das kostenlose Abo holen.</a>").
    return (NEWSLETTER.pitch.test(words) || closesWithSignUpAsk(block, words)) && NEWSLETTER.strong.test(prose) && addressesReader(prose);
  }

  /**
   * A newsletter promo inside the article's column: a one-sentence plug with its sign-up link ("Get New York Today in
   * your inbox."), or a pitch beside its sign-up button ("Want more stories like this? Subscribe to our free weekly
   * newsletter." + Subscribe). Readability keeps such a paragraph; it is the newsletter's, not the article's, so it
   * is not protected. An article sentence about a newsletter has neither the sign-up link nor the button.
   */
  #isSignUpPromo(box: Element): boolean {
    const links = box.getElementsByTagName('a').length;
    if (links - socialLinks(box) > PLUG_LINKS) return false;
    const text = collapse(wordsOf(box));
    // The site speaks to its reader ("your inbox", "our newsletter", "Sign up..."); a report speaks of others
    // ("The bank told clients to sign up for its e-mail alerts").
    if (!addressesReader(text)) return false;
    if (links > 0 && this.#isPlug(box, text)) return true;
    return NEWSLETTER.pitch.test(text) && !this.#inWall(box) && this.#holdsSignUpAction(box);
  }

  /**
   * A sign-up box whose form a script builds, with only its heading and a line that says how often the newsletter
   * comes ("Get 10 to Hear" / "Catch up every Saturday with 10 of our best-reviewed albums of the week"): no link, no
   * control, no frame, and no price (a paywall's offer: "$1 a week").
   */
  #isScriptBuiltSignUp(box: Element, text: string): boolean {
    if (this.len.of(box) > PITCH_BOX_MAX_CHARS || box.querySelector('a[href], input, button, select, textarea, iframe')) return false;
    return !!this.#openingHeading(box, text) && NEWSLETTER.cadence.test(text) && !PRICE.test(text);
  }

  /** The box opens with a heading that names a newsletter ("The Daily Brief", "Sign up for our newsletter"). */
  #newsletterHeading(block: Element, text: string): string {
    const words = this.#openingHeading(block, text);
    return NEWSLETTER.strong.test(words) ? words : '';
  }

  /** The words of the short heading the box opens with ("The Daily Brief", "Get 10 to Hear"); '' when it opens otherwise. */
  #openingHeading(block: Element, text: string): string {
    const head = HEADING_TAGS.has(block.localName) ? block : block.querySelector(HEADINGS);
    if (!head || head.closest('a') || this.len.of(head) > RULES.limits.labelMaxChars) return '';
    const words = wordsOf(head);
    return words && text.startsWith(words) ? words : '';
  }

  /** The box's one link, outside any link list, says the whole pitch ("Hier unseren Newsletter kostenlos abonnieren"). */
  #isPitchLink(block: Element): boolean {
    const links = block.getElementsByTagName('a');
    return links.length === 1 && !this.#inLinkList(block) && saysWholePitch(links[0]!);
  }

  /**
   * The box's one link beside its social links says the whole pitch and leads to the sign-up page ("Recibe el boletín
   * de Internacional" / Facebook / Instagram / Twitter): a follow box, outside any link list.
   */
  #isFollowPitch(block: Element): boolean {
    if (this.#inLinkList(block)) return false;
    const own = Array.from(block.getElementsByTagName('a')).filter(
      (a) => this.len.of(a) > 0 && !SOCIAL_PAGE.test(a.getAttribute('href') ?? ''),
    );
    return own.length === 1 && SIGN_UP_PAGE.test(own[0]!.getAttribute('href') ?? '') && saysWholePitch(own[0]!);
  }

  /**
   * A sign-up box under its newsletter heading, with its control: a frame, or a sign-up button or link ("Sign up for
   * the Example newsletter" / "Never miss the latest news..." / a link to the sign-up page). Its paragraphs are the
   * box's, not the article's. An article section headed "Why newsletters are booming" has no such control.
   */
  #isHeadedSignUpBox(box: Element): boolean {
    const links = box.getElementsByTagName('a');
    if (links.length > HEADED_BOX_LINKS || !this.#newsletterHeading(box, wordsOf(box))) return false;
    if (box.querySelector('iframe')) return true;
    return Array.from(links).some((a) => SIGN_UP_PAGE.test(a.getAttribute('href') ?? '')) || this.#holdsSignUpAction(box);
  }

  /** An item of a list of three or more: a menu's or a footer column's entry. */
  #inLinkList(block: Element): boolean {
    const li = block.closest('li');
    return !!li && !!li.parentElement && li.parentElement.children.length >= 3;
  }

  /**
   * A newsletter promo tile: one link that is the whole box, its name ("PCMag Newsletters") and its pitch ("Our Best
   * Stories in Your Inbox") in blocks of their own, or its pitch and its call to action ("SIGN UP NOW >>", a promo
   * bar). A menu entry is one line.
   */
  #isPromoTile(block: Element, size: number): boolean {
    const link = block.localName === 'a' ? block : block.querySelector('a');
    if (!link || this.len.of(link) < size - 2 || this.#inLinkList(block)) return false;
    const words = wordsOf(link);
    if (!NEWSLETTER.strong.test(words)) return false;
    // A tile that names the newsletter and closes on the ask ("Der Newsletter zu Energie & Klima ... Hier geht es zur
    // Anmeldung."): its call to action is its last sentence.
    if (endsWithSignUpAsk(words)) return true;
    if (!NEWSLETTER.pitch.test(words)) return false;
    let lines = 0;
    for (const el of Array.from(link.querySelectorAll('*'))) {
      // A promo bar: the pitch and its call to action ("SIGN UP NOW >>") in one link; a link that is all pitch
      // ("subscribe to our newsletter" over an icon) is a footer's or a menu's entry.
      const n = this.len.of(el);
      if (n > 0 && n + PROMO_BAR_PITCH_CHARS <= size && NEWSLETTER.action.test(wordsOf(el)) && !NEWSLETTER.strong.test(wordsOf(el)))
        return true;
      if (
        (TILE_LINE_TAGS.has(el.localName) || HEADING_TAGS.has(el.localName)) &&
        this.len.of(el) > 0 &&
        !el.querySelector('div, p, h1, h2, h3, h4, h5, h6') &&
        ++lines >= 2
      )
        return true;
    }
    return false;
  }

  /**
   * A sign-up bar: a short ask in the box's own words ("Subscribe to receive a free eCookbook!", "Never miss a
   * delicious recipe!") and one link that is the sign-up button ("Sign Up!") to the sign-up page or marked as one.
   */
  #isAskBar(block: Element, size: number): boolean {
    if (size > ASK_BAR_MAX_CHARS || this.#inLinkList(block)) return false;
    const links = Array.from(block.getElementsByTagName('a')).filter((a) => this.len.of(a) > 0);
    if (links.length !== 1) return false;
    const link = links[0]!;
    if (!NEWSLETTER.action.test(wordsOf(link).replace(/[!.>»›\s]+$/, ''))) return false;
    if (!SIGN_UP_PAGE.test(link.getAttribute('href') ?? '') && !NEWSLETTER_MARKUP.test(markupString(link))) return false;
    const prose = this.proseOf(block);
    return (
      (NEWSLETTER.weak.test(prose) || NEVER_MISS.test(prose)) && addressesReader(prose) && !PRICE.test(prose) && !ACCOUNT_ASK.test(prose)
    );
  }

  /** The link around a box, when the link is a tile's size (a headline, a blurb, a label). */
  tileLinkOf(box: Element): Element | null {
    const link = box.parentElement?.closest('a') ?? null;
    return link && this.len.of(link) <= TILE_MAX_CHARS ? link : null;
  }

  /** The box's headline, or a line of it, carries its sponsor label in brackets ("... [Sponsored Post]"). */
  #bracketedTitle(box: Element): boolean {
    // Most boxes hold no bracket: the words of every element are read only when one does.
    if (this.len.reaches(box, TILE_MAX_CHARS + 1) || !/[[(]/.test(box.textContent!)) return false;
    return [box, ...Array.from(box.querySelectorAll('*'))].some((el) => BRACKETED_LABEL.test(wordsOf(el)));
  }

  /** The sponsored tile of a story stream (`sponsoredTile`) that holds `label`, beside its headline link. */
  streamTileAround(label: Element): Element | null {
    for (let box = label.parentElement; box && !this.len.reaches(box, TILE_MAX_CHARS + TILE_EXTRA_CHARS + 1); box = box.parentElement) {
      const link = Array.from(box.getElementsByTagName('a')).find((a) => this.len.of(a) >= TILE_HEADLINE_CHARS);
      if (!link) continue;
      const tile = this.sponsoredTile(link);
      return tile?.contains(label) ? tile : null;
    }
    return null;
  }

  /** The box is one sponsored tile of a story stream (`sponsoredTile`), give or take a wrapper without words. */
  isStreamTile(block: Element, size: number): boolean {
    for (const a of Array.from(block.getElementsByTagName('a'))) {
      if (size - this.len.of(a) > TILE_EXTRA_CHARS) continue;
      const tile = this.sponsoredTile(a);
      if (tile && (tile === block || tile.contains(block) || block.contains(tile))) return true;
    }
    return false;
  }

  /**
   * A sponsor's credit line, label and sponsor ("Brought to you by <a rel=sponsored>Australian Macadamias</a>"): like a
   * bare label it is not yet the box, which is the tile or the story it credits.
   */
  #isSponsorCredit(el: Element, n: number): boolean {
    if (n === 0 || n > CREDIT_MAX_CHARS) return false;
    const links = el.getElementsByTagName('a');
    if (links.length !== 1) return false;
    const link = links[0]!;
    // An ad template the page has not filled ("http://%%sponsor_url%%") credits no one.
    if (!/^(https?:)?\/\/[\w-]+(\.[\w-]+)+(\/|$)/i.test(link.getAttribute('href') ?? '')) return false;
    if (!this.isExternal(link) && !/\bsponsored\b/i.test(link.getAttribute('rel') ?? '')) return false;
    const label = wordsOf(el).slice(0, Math.max(0, n - this.len.of(link)));
    return RULES.kinds.sponsored.label!.test(label);
  }

  /** A short element inside `link` (of `n` characters) reads as a sponsor label, and the link says more than it. */
  #holdsLabelBeside(link: Element, n: number): boolean {
    for (const el of Array.from(link.querySelectorAll('*'))) {
      const m = this.len.of(el);
      if (m > 0 && m <= RULES.limits.labelMaxChars && m + TILE_HEADLINE_CHARS <= n && RULES.kinds.sponsored.label!.test(wordsOf(el)))
        return true;
    }
    return false;
  }

  /**
   * A small box that opens with a commission or sponsor label and sends readers to another site: a commerce
   * or sponsor insert, however long its blurb ("Example Media may get a commission", then a product pitch).
   */
  #labelledLinkOut(box: Element): boolean {
    let labelled = false;
    let out = false;
    for (const el of Array.from(box.querySelectorAll('*'))) {
      if (el.localName === 'a') out ||= this.isExternal(el);
      const n = this.len.of(el);
      if (!labelled && n > 0 && n <= RULES.limits.labelMaxChars) {
        const t = wordsOf(el);
        labelled = RULES.kinds.sponsored.label!.test(t) || (DISCLOSURE.money.test(t) && DISCLOSURE.self.test(t));
      }
      if (labelled && out) return true;
    }
    return false;
  }

  #protectedAncestors(): Set<Element> {
    if (this.#holdsProtected) return this.#holdsProtected;
    const set = new Set<Element>();
    for (const p of this.protectedParagraphs()) {
      for (let a: Element | null = p; a && !set.has(a); a = a.parentElement) set.add(a);
    }
    this.#holdsProtected = set;
    return set;
  }

  /** True when hiding `el` would hide article text: the region, the headline, an ancestor of either. */
  isUnsafe(el: Element): boolean {
    if (el === this.doc.body || el === this.doc.documentElement) return true;
    // Inside the headline nothing is a box. Inside a standfirst's wrapper a box may be judged while the standfirst
    // keeps a paragraph's worth of its own words beside it (a disclosure under the dek: "We may earn a commission
    // from your purchases"); inside the region the protected paragraphs guard the text.
    const partKeeps = (g: Element): boolean =>
      !HEADING_TAGS.has(g.localName) && this.len.of(g) - this.len.of(el) >= RULES.limits.protectedParagraphChars;
    if (this.guarded.some((g) => el === g || el.contains(g) || (g !== this.region && g.contains(el) && !partKeeps(g)))) return true;
    return this.#protectedAncestors().has(el);
  }

  /** From a seed to its whole box: climb through wrappers and same-kind markup, never into the article. */
  grow(seed: Seed): Element {
    let el = seed.el;
    const max = RULES.kinds[seed.kind].maxChars;
    const seedLen = this.len.of(seed.el);
    // A label (found by its words or by markup around its words) is not yet the box.
    const isLabel =
      seed.via === 'label' ||
      (seedLen > 0 &&
        seedLen <= 30 &&
        !seed.el.querySelector('a') &&
        LABEL_KINDS.some((k) => RULES.kinds[k].label!.test(wordsOf(seed.el)))) ||
      (seed.kind === 'sponsored' && this.#isSponsorCredit(seed.el, seedLen));
    // A form marked as a newsletter's that holds its e-mail field grows as the field's form does: to the heading over it
    // ("STAY UPDATED" / "Choose which free newsletters to sign up for..." over the form), not only to its own words.
    const asForm =
      seed.via === 'form' ||
      (seed.via === 'markup' &&
        seed.kind === 'newsletter' &&
        seed.el.localName === 'form' &&
        Array.from(seed.el.getElementsByTagName('input')).some(isEmailInput));
    // A label or a bare form is not yet the box: climb until it holds the box's heading, words or links.
    const thin = (e: Element): boolean => {
      if (isLabel) return this.len.of(e) <= seedLen + 30;
      // A pitch sentence or a sign-up box without its control: climb until the box holds the button or field it asks the reader to use.
      if ((seed.via === 'wording' || seed.via === 'markup') && seed.kind === 'newsletter' && !asForm)
        return !e.matches(SIGN_UP_CONTROLS) && !e.querySelector(SIGN_UP_CONTROLS);
      if (asForm) {
        // A form whose only words are its button's ("SUBSCRIBE") does not yet say what it signs the reader up for.
        const words = wordsOf(e);
        return (
          !e.querySelector('h1, h2, h3, h4, h5, h6, p') &&
          !NEWSLETTER.strong.test(words) &&
          (!NEWSLETTER.weak.test(words) || NEWSLETTER.action.test(words))
        );
      }
      return false;
    };
    // A newsletter's heading heads the whole sign-up box: its pitch paragraphs and fine print may come before the control.
    const climbMax = seed.kind === 'newsletter' && HEADING_TAGS.has(seed.el.localName) ? HEADED_BOX_MAX_CHARS : 400;
    // A pitch inside a promo tile (a link that is the whole tile: "Newsletter abonnieren" over its title and teaser)
    // is the tile's line: the tile is the box.
    if (seed.kind === 'newsletter' && seed.via === 'wording') {
      const tile = el.closest('a');
      if (tile && tile !== el && !this.isUnsafe(tile) && this.len.of(tile) <= TILE_MAX_CHARS && this.#isPromoTile(tile, this.len.of(tile)))
        el = tile;
    }
    // The box's drawn length so far: the parent's of the step before (the page does not change during a climb).
    let elSize = this.drawnLength(el);
    for (;;) {
      const parent: Element | null = el.parentElement;
      if (!parent || this.isUnsafe(parent)) break;
      // The page's footer is never one box: its copyright line is not the sign-up's.
      if (parent.matches(RULES.evidence.footer) && !parent.closest('article')) break;
      const size = this.drawnLength(parent);
      if (size > max) break;
      // Style blocks beside the box add no words to it (a page builder styles each heading in a block of its own).
      const extra = size - elSize - styleBeside(parent, this.len);
      const grows =
        (extra <= 30 && !addsMenu(parent, el)) ||
        RULES.kinds[seed.kind].markup.test(markupString(parent)) ||
        // A bare form climbs to its box's one heading ("Stay in the know" over the field); two or more make a rail.
        (extra <= climbMax &&
          thin(el) &&
          (asForm ? headingsBeside(parent, el) <= 1 && !this.#addsLinks(parent, el, extra) : !holdsOtherHeading(parent, el))) ||
        // A form whose button asks ("Sign up") without saying what for: one step to the box that heads it.
        // A marked form that names no newsletter is as bare ("Breakfast Brief every morning ... SIGN UP"); a marked box
        // that does is its own box already (a closed dialog's pitch and form).
        (asForm &&
          el === seed.el &&
          extra <= 400 &&
          !el.querySelector(HEADINGS) &&
          headingsBeside(parent, el) === 1 &&
          (seed.via === 'form' || !NEWSLETTER.strong.test(wordsOf(el)))) ||
        // A sign-up box that holds its field, and beside it in the parent its heading or the sentence that says what
        // the field signs up for ("Food & Drink: A weekly newsletter..." over a form whose button says "Sign up").
        (seed.kind === 'newsletter' && extra <= 400 && this.#takesItsPitch(parent, el)) ||
        // A sign-up box under its widget's heading, whatever the heading says ("stay updated" over the form and a line
        // beside it): a short heading and no link, field or frame of the parent's own.
        (seed.kind === 'newsletter' && extra <= RULES.limits.labelMaxChars && this.#takesItsHeading(parent, el)) ||
        // A plug, or a link that says the whole pitch, under its own title line: the title is the plug's ("ZDNet Japan
        // 記事を毎朝メールでまとめ読み" over "メールマガジン購読のお申し込み").
        (seed.kind === 'newsletter' &&
          extra <= RULES.limits.labelMaxChars &&
          this.#takesItsTitle(parent, el) &&
          (this.#isLongPlug(el) || this.#isPitchLink(el))) ||
        // A sign-up button marked as one (or a wrapper of it alone) takes the ask beside it ("Never miss a delicious
        // recipe! [Sign up]").
        (seed.kind === 'newsletter' && seed.el.localName === 'a' && this.len.of(el) === seedLen && this.#isAskBar(parent, size)) ||
        (seed.kind === 'promoted-widget' &&
          isLabel &&
          thin(el) &&
          !holdsOtherHeading(parent, el) &&
          this.#outboundList(parent, el, extra)) ||
        (seed.kind === 'sponsored' &&
          isLabel &&
          thin(el) &&
          !this.inNavigation(parent) &&
          (headsLinkList(parent, el, extra, this.len, (a) => this.isExternal(a)) ||
            this.#headsTile(parent, el, extra) ||
            this.#headsPaidLinks(parent, el))) ||
        // A sponsor's pill at the start or end of a paragraph marks the paragraph ("... Start your free trial today!
        // <span class="pill-sponsored">Sponsored</span>"): a sponsor's entry in a newsletter's list of links.
        (seed.kind === 'sponsored' && el === seed.el && parent.localName === 'p' && sponsorPill(parent, this.len) === el);
      if (!grows) break;
      // A heading over a row of icon links beside a sign-up box is a box of its own ("Share This Story" or
      // "Follow us" with their share or social icons): the sign-up box ends before it. An icon row without such
      // a heading belongs to the box ("Connect" boxes of follow icons and a newsletter form).
      if (seed.kind === 'newsletter' && headsIconRow(parent, el)) break;
      el = parent;
      elSize = size;
    }
    return el;
  }

  /**
   * `box` holds an e-mail field and `parent` adds to it only what introduces it: one heading or one paragraph that
   * speaks of newsletters or subscribing, with no link, field or other heading of its own. A rail of several boxes
   * adds more than one.
   */
  #takesItsPitch(parent: Element, box: Element): boolean {
    if (!Array.from(box.getElementsByTagName('input')).some(isEmailInput)) return false;
    const others = this.#childrenBeside(parent, box);
    // One heading or paragraph; or a short title and a line under it ("Newsletter" / "Ich möchte ... per E-Mail
    // erhalten."), both before the form.
    const titled =
      others.length === 2 &&
      this.len.of(others[0]!) <= RULES.limits.labelMaxChars &&
      others.every((o) => TITLE_LINE_TAGS.has(o.localName) && o.compareDocumentPosition(box) & 4 /* FOLLOWING */);
    if (others.length !== 1 && !titled) return false;
    // One title line, whatever it is drawn with ("<div class="card-header">Abonnez-vous à notre infolettre</div>").
    if (others.length === 1 && !TITLE_LINE_TAGS.has(others[0]!.localName)) return false;
    if (others.some((o) => o.querySelector('a, input, button, iframe, form'))) return false;
    const words = others.map((o) => wordsOf(o)).join(' ');
    return NEWSLETTER.strong.test(words) || NEWSLETTER.weak.test(words) || NEWSLETTER.pitch.test(words);
  }

  /** The drawn children of `parent` beside `box`. */
  #childrenBeside(parent: Element, box: Element): Element[] {
    return Array.from(parent.children).filter((c) => c !== box && this.len.of(c) > 0);
  }

  /** The text links `parent` adds when the label `box` opens its words; null when the parent opens with other words. */
  #linksUnderLabel(parent: Element, box: Element): Element[] | null {
    if (!wordsOf(parent).startsWith(wordsOf(box))) return null;
    return Array.from(parent.getElementsByTagName('a')).filter((a) => !box.contains(a) && this.len.of(a) > 0);
  }

  /**
   * `box` holds an e-mail field and `parent` opens with a heading before it (a heading, or a block that is one heading:
   * "<div class="section-title"><h3>stay updated</h3></div>"), adding no other heading and no link, field, form or
   * frame: the widget's title and its small print are the sign-up box's. A rail of boxes adds their headings and links.
   */
  #takesItsHeading(parent: Element, box: Element): boolean {
    if (!Array.from(box.getElementsByTagName('input')).some(isEmailInput)) return false;
    const others = this.#childrenBeside(parent, box);
    const first = others[0];
    if (!first || !(first.compareDocumentPosition(box) & 4) /* FOLLOWING */) return false;
    const heading = HEADING_TAGS.has(first.localName) ? first : first.querySelector(HEADINGS);
    if (!heading || this.len.of(heading) !== this.len.of(first)) return false;
    return others.every(
      (o) =>
        !o.matches('a, input, iframe, form') &&
        !o.querySelector('a, input, iframe, form') &&
        (o === first || (!HEADING_TAGS.has(o.localName) && !o.querySelector(HEADINGS))),
    );
  }

  /**
   * `parent` adds to a plug only its title line before it ("Pour ne rien manquer de l'actualité économique" over the
   * plug): one short element without a link or a control, and nothing else.
   */
  #takesItsTitle(parent: Element, box: Element): boolean {
    const others = this.#childrenBeside(parent, box);
    if (others.length !== 1) return false;
    const title = others[0]!;
    return (
      this.len.of(title) <= RULES.limits.labelMaxChars &&
      TITLE_LINE_TAGS.has(title.localName) &&
      !!(title.compareDocumentPosition(box) & 4) /* FOLLOWING */ &&
      !title.querySelector('a, input, button, iframe, form')
    );
  }

  /**
   * `box` is a label that opens `parent`, and what `parent` adds is one story tile: one linked title (a heading that is
   * all link) and its teaser ("Sponsored Content" / "How To Enhance Your Wellness on the Road" / two lines of blurb).
   * A second heading, or more links than a teaser carries, make a list or a rail.
   */
  #headsTile(parent: Element, box: Element, extra: number): boolean {
    const links = extra <= TILE_TEASER_MAX_CHARS ? this.#linksUnderLabel(parent, box) : null;
    if (!links) return false;
    const headings = Array.from(parent.querySelectorAll(HEADINGS)).filter((h) => !box.contains(h) && this.len.of(h) > 0);
    return headings.length === 1 && isLinkedTitle(headings[0]!, this.len) && links.length <= 1 + TEASER_LINKS;
  }

  /**
   * `box` is a label that opens `parent`, and the links `parent` adds are marked paid with rel="sponsored" ("Top Partner
   * Offers" over card offers, each "Apply Now" a sponsored link): the offers are the label's, however much text they
   * carry beside their links.
   */
  #headsPaidLinks(parent: Element, box: Element): boolean {
    const links = this.#linksUnderLabel(parent, box);
    if (!links) return false;
    const paid = links.filter((a) => /\bsponsored\b/i.test(a.getAttribute('rel') ?? '')).length;
    // One link of the site's own may close them ("See Best Credit Cards").
    return paid >= OUTBOUND_PAIR && links.length - paid <= 1;
  }

  /** What `parent` adds to `box` (`extra` characters) is mostly link text: a menu or a link list around a bare form. */
  #addsLinks(parent: Element, box: Element, extra: number): boolean {
    let chars = 0;
    for (const a of Array.from(parent.getElementsByTagName('a'))) if (!box.contains(a)) chars += this.len.of(a);
    return chars > extra / 2;
  }

  /**
   * What `parent` adds to a widget's label is a list of headlines that leave the site (or are marked paid): an
   * "Around the web" exchange list, however long, is the label's box; the site's own story lists are not.
   */
  #outboundList(parent: Element, label: Element, extra: number): boolean {
    let out = 0;
    let outChars = 0;
    for (const a of Array.from(parent.getElementsByTagName('a'))) {
      if (label.contains(a)) continue;
      const n = this.len.of(a);
      if (n < 20) continue;
      if (this.isOutbound(a)) {
        out++;
        outChars += n;
      }
    }
    return out >= OUTBOUND_LIST_ITEMS && outChars >= OUTBOUND_LIST_SHARE * extra;
  }

  /**
   * The kinds whose label the box's opening heading carries ("Health Solutions <span>From Our Sponsors</span>"): a
   * heading of the box's own, not a link to a section.
   */
  #headingLabels(block: Element, text: string): { head: Element | null; kinds: Set<ClutterKind> } {
    const kinds = new Set<ClutterKind>();
    const none = { head: null, kinds };
    const head = block.querySelector(HEADINGS) ?? this.#openingLabel(block, text);
    if (!head || head.closest('a') || head.querySelector('a')) return none;
    const words = wordsOf(head);
    if (!this.len.of(head) || !text.startsWith(words)) return none;
    for (const el of [head, ...Array.from(head.querySelectorAll('*'))]) {
      const n = this.len.of(el);
      if (n === 0 || n > RULES.limits.labelMaxChars) continue;
      const t = wordsOf(el);
      for (const kind of LABEL_KINDS) if (RULES.kinds[kind].label!.test(t)) kinds.add(kind);
    }
    return kinds.size ? { head, kinds } : none;
  }

  /**
   * A box without a heading element may open with a short line drawn as its title ("<p class="footer-title">Sponsored
   * Content</p>" over the list): its first element with words, when it is label-sized, opens the box's words and its
   * markup names a title. A first line without such markup may be anything (a date, a byline, an item's kicker).
   */
  #openingLabel(block: Element, text: string): Element | null {
    for (const el of Array.from(block.querySelectorAll('*'))) {
      const n = this.len.of(el);
      if (n === 0 || n > RULES.limits.labelMaxChars) continue;
      return text.startsWith(wordsOf(el)) && TITLE_MARKUP.test(markupString(el)) ? el : null;
    }
    return null;
  }

  /** Every link of the box with words leads to one address, its title among them: one offer (headline, blurb, call to action). */
  #isOneOffer(block: Element): boolean {
    let href: string | null = null;
    let title = false;
    for (const a of Array.from(block.getElementsByTagName('a'))) {
      const n = this.len.of(a);
      if (!n) continue;
      const h = a.getAttribute('href') ?? '';
      if (!h || h.startsWith('#') || (href !== null && h !== href)) return false;
      href = h;
      if (n >= TILE_HEADLINE_CHARS) title = true;
    }
    return title;
  }

  /** Which kind the box is, with the evidence that agreed, or null when fewer than two signals agree. */
  judge(block: Element): { kind: ClutterKind; evidence: string[] } | null {
    const limits = RULES.limits;
    const size = this.drawnLength(block);
    if (size > limits.blockMaxChars && !this.#isVendorFeed(block)) return null;
    if (size === 0 || this.tooMuchOfArticle(block, size)) return null;
    const text = wordsOf(block);
    const markup = new Set<ClutterKind>();
    const labels = new Set<ClutterKind>();
    let email = false;
    let blocker = false;
    let relSponsored = 0;
    let relPaid = 0;
    let fields = 0;
    let noted = false;
    let ad = false;
    let textLinks = 0;
    let external = 0;
    const publishers = new Set<string>();
    // Links with words that leave the site (a logo's link has none).
    let externalText = 0;
    let paidHeadline = false;
    const linkLabels = new Set<ClutterKind>();
    let linkChars = 0;
    let action = false;
    let labelChars = 0;
    // Every "Sponsored"-type label of the box is a bare credit ("Sponsored By" beside a logo): see SPONSOR_CREDIT.
    let sponsorLabels = 0;
    let creditLabels = 0;
    let commissionLabel = false;
    let itemLink = false;
    let emptySlot = false;
    let signUpLink = false;
    let signUpForm = false;
    let iframe = false;
    let button = false;
    let formService = false;
    let insideLink: Element | null = null;
    // The box's own markup, read in the loop's first pass.
    let markupText = '';
    for (const el of [block, ...Array.from(block.querySelectorAll('*'))]) {
      const tag = el.localName;
      if ((tag === 'textarea' && isDrawn(el)) || isEditable(el)) blocker = true;
      const m = markupString(el);
      if (el === block) markupText = m;
      if (m && ANY_MARKUP.test(m)) for (const kind of PRECEDENCE) if (RULES.kinds[kind].markup.test(m)) markup.add(kind);
      if (m && RULES.evidence.ad.test(m)) ad = true;
      if (insideLink && !insideLink.contains(el)) insideLink = null;
      if (tag === 'a') {
        const n = this.len.of(el);
        if (n > 0) textLinks++;
        if (!insideLink) {
          linkChars += n;
          insideLink = el;
        }
        if (this.isExternal(el)) {
          external++;
          if (n > 0) externalText++;
          const href = el.getAttribute('href')!;
          if (n >= TILE_HEADLINE_CHARS && isStoryAddress(href)) publishers.add(/\/\/(?:www\.)?([^/?#]+)/.exec(href)![1]!.toLowerCase());
        }
        if (n > 0 && SIGN_UP_PAGE.test(el.getAttribute('href') ?? '')) signUpLink = true;
        const rel = el.getAttribute('rel') ?? '';
        if (/\bsponsored\b/i.test(rel)) relSponsored++;
        if (PAID_REL.test(rel)) relPaid++;
        // A headline that takes the reader to the advertiser: a paid tile's title.
        if (n >= 20 && (PAID_REL.test(rel) || this.isExternal(el))) paidHeadline = true;
        // A linked title that is not itself a label ("Advertiser Content From"): the box holds an item. A tile's link
        // that opens with its label ("<span>Sponsored</span> Six ways to cut your bill") holds a title beside it.
        if (n >= 20 && (!LABEL_KINDS.some((kind) => RULES.kinds[kind].label!.test(wordsOf(el))) || this.#holdsLabelBeside(el, n)))
          itemLink = true;
      } else if (tag === 'input') {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase();
        if (type === 'password') blocker = true;
        // A field the page hides (a pop-over a header button opens) is no field of the box the reader sees.
        const drawn = !this.hiddenByPage(el);
        if (drawn && isEmailInput(el)) email = true;
        if (drawn && (type === 'text' || type === 'email') && !isSearchField(el)) fields++;
      } else if (tag === 'label' && isLabelOfMissingField(el)) fields++;
      // A form that posts to the sign-up page is a way there, as a link is ("<form action="/newsletter/"> [Jetzt anmelden]").
      else if (tag === 'form' && SIGN_UP_PAGE.test(el.getAttribute('action') ?? '') && !this.hiddenByPage(el))
        signUpLink = signUpForm = true;
      else if (tag === 'iframe') iframe = true;
      else if (tag === 'button') button = true;
      if ((tag === 'script' || tag === 'iframe') && !formService && this.#buildsSignUpForm(el)) formService = true;
      const n = this.len.of(el);
      if (n === 0 && !emptySlot && (HEADING_TAGS.has(tag) || (m && RULES.evidence.emptySlot.test(m))) && !el.querySelector('img, svg'))
        emptySlot = true;
      if (n > 0 && n <= limits.labelMaxChars) {
        const t = labelWordsOf(el);
        // A label that is a whole link's text is a menu item to a section ("Sponsored Posts"), not a box's label.
        const linkLabel = !!insideLink && this.len.of(insideLink) <= n + 2;
        for (const kind of LABEL_KINDS)
          if (linkLabel && RULES.kinds[kind].label!.test(t)) linkLabels.add(kind);
          else if (!linkLabel && RULES.kinds[kind].label!.test(t)) {
            labels.add(kind);
            if (kind === 'sponsored') {
              sponsorLabels++;
              if (SPONSOR_CREDIT.test(t)) creditLabels++;
            }
            // The shortest element that reads as a label is the label; a short tile also reads as one.
            labelChars = labelChars ? Math.min(labelChars, n) : n;
          }
        if (ACTION_TAGS.has(tag) && NEWSLETTER.action.test(t)) action = true;
        if (DISCLOSURE.money.test(t) && DISCLOSURE.self.test(t)) commissionLabel = true;
      }
      const submit = tag === 'input' && /^(submit|button)$/i.test(el.getAttribute('type') ?? '');
      if (submit && NEWSLETTER.action.test(el.getAttribute('value') ?? '')) action = true;
      // A form whose submit button logs the reader in ("Send email to login"): a login form, which asks for an e-mail
      // too. A "Log in here" button beside a sign-up link is for readers who have an account already.
      if (
        (tag === 'button' &&
          /^(submit|)$/i.test(el.getAttribute('type') ?? '') &&
          el.closest('form') &&
          n > 0 &&
          n <= limits.labelMaxChars &&
          NEWSLETTER.login.test(wordsOf(el))) ||
        (submit && NEWSLETTER.login.test(el.getAttribute('value') ?? ''))
      )
        blocker = true;
      if (tag === 'button' && NEWSLETTER.action.test(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '')) action = true;
      if (NOTE_TAGS.has(tag) && n >= size * 0.8) noted = true;
    }

    // A box that holds the site's menu is the page's header or rail, not a sign-up box or a sponsor's, whatever buttons
    // sit in it ("Newsletter" and "Subscribe" beside the primary navigation).
    if (!blocker && textLinks >= MENU_ITEMS && holdsMenu(block, this.len)) blocker = true;
    // What the box says beyond its label, and in its own words rather than in link text (a menu is all links).
    const beyondLabel = size - labelChars;
    const { head, kinds: headingLabels } = textLinks > 0 ? this.#headingLabels(block, text) : { head: null, kinds: new Set<ClutterKind>() };
    // The rest of the box is a list of links (a menu's or a footer column's heading is a link of its own).
    const listLabels =
      head && textLinks >= LINK_LIST_ITEMS && linkChars >= LINK_LIST_SHARE * (size - this.len.of(head))
        ? headingLabels
        : new Set<ClutterKind>();
    const pitchLink = size <= PLUG_MAX_CHARS && textLinks === 1 && this.#isPitchLink(block);
    const social = textLinks > FOLLOW_SOCIAL_LINKS ? socialLinks(block) : 0;
    const bracketed = this.#bracketedTitle(block);
    const facts: BoxFacts = {
      size,
      text,
      prose: linkChars < size ? this.proseOf(block) : '',
      markup,
      labels,
      linkLabels,
      listLabels,
      headedOffer:
        head && size <= OFFER_MAX_CHARS && size - linkChars - this.len.of(head) >= OFFER_PROSE_CHARS && this.#isOneOffer(block)
          ? headingLabels
          : new Set<ClutterKind>(),
      paidHeadline,
      // A Chinese or Japanese character says about a word: it counts twice, and as a word.
      hasContent: labelChars === 0 || (beyondLabel + cjk(text) >= 20 && text.split(' ').length + cjk(text) >= 5),
      itemLink,
      sponsorCredit: sponsorLabels > 0 && creditLabels === sponsorLabels,
      offerOut:
        size <= OFFER_MAX_CHARS && textLinks > 0 && externalText === textLinks && size - linkChars - labelChars >= OFFER_PROSE_CHARS,
      emptySlot,
      email,
      fields,
      blocker,
      action,
      commissionLabel,
      ad,
      textLinks,
      external,
      publishers: publishers.size,
      relSponsored,
      relPaid,
      noted,
      inRegion: !!this.region?.contains(block),
      nav: this.inNavigation(block),
      footer: inPageFooter(block),
      wall: this.#inWall(block),
      siteLinks: textLinks >= MENU_ITEMS && holdsLinkList(block),
      markupText,
      heading: this.#newsletterHeading(block, text),
      scriptBuiltSignUp: this.#isScriptBuiltSignUp(block, text),
      pitchLink,
      pitchButton: pitchLink && isButtonLink(block.getElementsByTagName('a')[0]!),
      button,
      followBox: size <= PLUG_MAX_CHARS && social >= FOLLOW_SOCIAL_LINKS && textLinks - social === 1 && this.#isFollowPitch(block),
      signUpLink,
      signUpForm,
      iframe,
      formService,
      plug:
        (size <= PLUG_MAX_CHARS || (size <= LONG_PLUG_MAX_CHARS && this.#isLongPlug(block))) &&
        textLinks > 0 &&
        textLinks - socialLinks(block) <= PLUG_LINKS &&
        this.#isPlug(block, text),
      promoTile: size <= TILE_MAX_CHARS && textLinks === 1 && this.#isPromoTile(block, size),
      askBar: textLinks === 1 && this.#isAskBar(block, size),
      bracketed,
      streamTile: (labels.has('sponsored') || bracketed) && textLinks <= TILE_OWN_LINKS && this.isStreamTile(block, size),
    };
    for (const kind of PRECEDENCE) {
      const evidence = EVIDENCE[RULES.kinds[kind].evidence]!(facts, kind);
      if (evidence) return { kind, evidence };
    }
    return null;
  }
}

/** An ad unit under its label (headline, blurb and call to action, one address) is at most this long. */
const OFFER_MAX_CHARS = 400;

/** ... and says this much beside its heading and links (its blurb): a menu column's heading over one link says nothing. */
const OFFER_PROSE_CHARS = 40;

/** The opening characters of an inline script that name the service it calls ("hbspt.forms.create(...)"). */
const FORM_SCRIPT_HEAD = 300;

/** What a tile adds around its link (a byline, a date; a kicker, its label and a sponsor's credit) at most. */
const TILE_EXTRA_CHARS = 40;

/**
 * An address of one story rather than of a section: a slug of several words ("/8-insanely-delicious-recipes.html")
 * or a numeric id ("/article/4052371/"). Sections are one or two words ("/sponsored", "/partner-content").
 */
function isStoryAddress(href: string): boolean {
  const path = href.replace(/^(?:https?:)?\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  return /\d{4,}/.test(path) || path.split('/').some((segment) => segment.split(/[-_]+/).filter(Boolean).length >= 3);
}

/** Chinese and Japanese characters (kana, ideographs, full-width forms) in `text`. */
function cjk(text: string): number {
  return text.match(/[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/g)?.length ?? 0;
}

/**
 * A sponsor credit: "Sponsored by" / "Presented by" with nothing after it (the sponsor is a logo), the credit of a
 * tool or a section (a weather bar, a market-data box), not a label over paid content.
 */
const SPONSOR_CREDIT = /^(sponsored|presented|powered|brought to you) by:?$/i;

/** Words of a site speaking to its reader: "you", "our", or a sentence that starts by asking ("Sign up", "Get"). */
const READER_ADDRESS =
  /\b(you|your|you're|our|us|we|ihr(e[mnrs]?)?|unser(e[mnrs]?)?|wir|uns|du|dir|dich|euch|dein(e[mnrs]?)?|vous|votre|vos|notre|nos|nous)\b|(^|[.!?…]\s)\W*(sign up|subscribe|get|join|receive|never miss|don't miss|want|stay|keep up|read)\b/i;

/** German's formal "you" (Sie, Ihnen, Ihr), told from "she" and "they" by its capital inside a sentence. */
const FORMAL_YOU = /[\p{Ll}\p{N},;:–—-]\s+(Sie|Ihnen|Ihre?[mnrs]?)\b/u;

/** The site speaks to its reader, in English, German (familiar or formal) or French. */
const addressesReader = (text: string): boolean => READER_ADDRESS.test(text) || FORMAL_YOU.test(text);

/** A list item with this many lower-case words of its own is a sentence, not a menu entry. */
const SENTENCE_ITEM_WORDS = 6;

/** Lower-case words (a sentence's; a bar of menu entries is capitalised). */
function lowerWords(text: string): number {
  return text.split(' ').filter((w) => /^\p{Ll}{2,}/u.test(w)).length;
}

/** A site search's field: its own words or its form's say search ("Search…", action="/search/content"). */
function isSearchField(input: Element): boolean {
  const form = input.closest('form');
  return (
    /search/i.test(
      `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''}`,
    ) ||
    (!!form && (form.getAttribute('role') === 'search' || /search/i.test(form.getAttribute('action') ?? '')))
  );
}

/** A story tile's teaser under its title, at most (the title included), and the links its blurb may carry. */
const TILE_TEASER_MAX_CHARS = 1000;
const TEASER_LINKS = 2;

/** Markup that names a line a box's title ("footer-title", "section-header", "widget-heading"). */
const TITLE_MARKUP = /title|head(er|ing)?|kicker/i;

/** A link drawn as a button. */
const BUTTON_MARKUP = /(^|[\s_-])(btn|button|cta)($|[\s_-])/i;

/**
 * A link drawn as a button: marked as one, or given a background and padding of its own in its style attribute (a box a
 * CMS editor styled inline: "メールマガジン購読のお申し込み" on a red block under the pitch).
 */
function isButtonLink(a: Element): boolean {
  const style = a.getAttribute('style') ?? '';
  // Its class or id draws it; a tracking attribute's "Signup CTA" says nothing of how it looks.
  return (
    BUTTON_MARKUP.test(`${a.getAttribute('class') ?? ''} ${a.id}`) ||
    (/\bbackground(-color)?\s*:/i.test(style) && /\bpadding\b/i.test(style))
  );
}

/** A sign-up bar (an ask and its button) is this short. */
const ASK_BAR_MAX_CHARS = 200;

/** An ask that needs no newsletter word ("Never miss a delicious recipe!"). */
const NEVER_MISS = /\b(never|don'?t) miss (a|an|our|the|another)\b/i;

/** An ask for an account, not a newsletter ("Sign up to comment and more"). */
const ACCOUNT_ASK = /\b(comment(s|ing)?|account|log ?in|sign ?in|members?(hip)?)\b/i;

/** A price: a paywall's offer says one, a newsletter's pitch does not. */
const PRICE = /[$€£¥]\s?\d|\d\s?[€£$]|\b(per|a|\/)\s?(month|week|year)\b/i;

/** A text that ends with its newsletter pitch ("... by signing up to our free weekly newsletter"). */
const PITCH_AT_END = new RegExp(`(?:${NEWSLETTER.pitch.source})\\W*$`, NEWSLETTER.pitch.flags.replace('g', ''));

/** The end of a sentence, closing quote or bracket included. */
const SENTENCE_END = /[.!?…]["'”’)\]]?$/;

/** A call to action that may follow a plug's sentence ("Learn More", "Sign up here"). */
const CTA_MAX_CHARS = 25;

/** A follow box's social links at least (beside its one sign-up link). */
const FOLLOW_SOCIAL_LINKS = 2;

/** A plug's links at most, and its words outside them at least. */
const PLUG_LINKS = 2;
const PLUG_PROSE_WORDS = 3;

/** A link to a newsletter or sign-up page. */
const SIGN_UP_ADDRESS = /newsletter|sign-?up|subscri|e-?mail|optin|opt-in|mailing-?list/i;

/** What a promo bar's link says beside its call to action, at least: its pitch. */
const PROMO_BAR_PITCH_CHARS = 40;

/** Lines of a promo tile: text blocks. */
const TILE_LINE_TAGS = new Set(['div', 'p']);

/** Story tiles beside a sponsored one that make it one tile of a stream. */
const STREAM_SIBLINGS = 2;

/** Links of a stream tile: its headline, and a source or section link at most. */
const TILE_OWN_LINKS = 2;

/** What a sign-up pitch asks the reader to use: a link or button, a field or form, or the label of a field a script builds. */
const SIGN_UP_CONTROLS = 'a, button, input, form, iframe, label[for]';

/** Elements a sign-up box's title and its line may be drawn with. */
const TITLE_LINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'label']);

/** A recommendation vendor's markup (Taboola, Outbrain...). */
const PROMOTED_MARKUP = RULES.kinds['promoted-widget'].markup;

/** A vendor's feed: at least this many headlines leave the site, and its links make up this share of its text. */
const FEED_MIN_OUTBOUND = 3;
const FEED_LINK_SHARE = 0.8;

/** An outbound headline list under a widget label: this many headlines, making up this share of its text. */
const OUTBOUND_LIST_ITEMS = 3;
const OUTBOUND_LIST_SHARE = 0.6;

/** A sign-up form box is this small: its heading, a pitch or two, the field and the fine print. */
const SIGN_UP_BOX_CHARS = 600;
