// What proves a box is clutter of a kind: one named function per way of judging, chosen by a kind's
// `evidence` in rules.json. Each reads the facts the finder measured on the box (finder.ts) and answers with the
// independent signals that agreed, at least two, or null. A new kind that judges like an existing one names
// that function; one that needs a new proof adds it here.
import {
  DISCLOSURE,
  DISCLOSURE_FOOTER_MAX_CHARS,
  RULES,
  isDisclosureNote,
  isDisclosureText,
  sentencesOf,
  wordingOf,
  type ClutterKind,
} from './rules.ts';

/** What the finder measured on one candidate box, its own subtree only. */
export interface BoxFacts {
  /** Collapsed characters. */
  size: number;
  /** Its visible words. */
  text: string;
  /** Its words outside links: a pitch there is the box talking, not a menu entry. */
  prose: string;
  /** Kinds whose markup an element of the box carries. */
  markup: ReadonlySet<ClutterKind>;
  /** Kinds whose label a short element of the box reads as (not a whole link's text). */
  labels: ReadonlySet<ClutterKind>;
  /** Kinds whose label is a whole link's text: a menu item to a section, or a tile's "Sponsored" link to an ad notice. */
  linkLabels: ReadonlySet<ClutterKind>;
  /** Kinds whose label the box's opening heading carries, over a list of at least three links (the rest of the box). */
  listLabels: ReadonlySet<ClutterKind>;
  /** Kinds whose label the box's opening heading carries over one offer: headline, blurb and call to action, one address. */
  headedOffer: ReadonlySet<ClutterKind>;
  /** A link of at least 20 characters that leaves the site or is marked paid (nofollow, sponsored): a tile's title. */
  paidHeadline: boolean;
  /** What the box says beyond its label: more than a label alone. */
  hasContent: boolean;
  /** A link of at least 20 characters that is not itself a label: an item's title. */
  itemLink: boolean;
  /** Its only "Sponsored"-type labels are bare credits ("Sponsored By" beside a logo, nothing named after it). */
  sponsorCredit: boolean;
  /** A short box whose every link leaves the site and whose own words pitch (an advertiser's card: heading, blurb, "Learn More"). */
  offerOut: boolean;
  /** An empty heading or tagline element (a script writes it): the box may be a widget shell. */
  emptySlot: boolean;
  /** An e-mail sign-up field. */
  email: boolean;
  /** Text and e-mail entry fields. */
  fields: number;
  /** A textarea, password field, log-in button or editing region: a comment or login form, never hidden. */
  blocker: boolean;
  /** A sign-up button ("Subscribe", "Sign up"). */
  action: boolean;
  /** A button of any words (a sign-up box's may say "Log in" to a reader who must have an account first). */
  button: boolean;
  /** A short heading that says the site earns a commission. */
  commissionLabel: boolean;
  /** Ad-slot markup. */
  ad: boolean;
  /** Links with text, links that leave the site, and links marked paid. */
  textLinks: number;
  external: number;
  relSponsored: number;
  relPaid: number;
  /** Other sites whose stories the box's headlines open (a content exchange: "From our Partners", each from another publisher). */
  publishers: number;
  /** The box is mostly a note (em, small, aside...). */
  noted: boolean;
  inRegion: boolean;
  /** Inside the page's footer (footer, contentinfo), not an article's own footer. */
  footer: boolean;
  /** Inside the page's navigation: a menu item that names sponsors or newsletters links to a section. */
  nav: boolean;
  /** The box says, or sits in a small box that says, "To keep reading, please enter your email": a registration wall. */
  wall: boolean;
  /** The box holds a list of the site's links beside its own (a footer column's About Us / Careers / Privacy): a region. */
  siteLinks: boolean;
  /** The box's own markup (id, class, aria-label, data-*). */
  markupText: string;
  /** The words of the heading the box opens with, when it names a newsletter ("The Daily Brief"); '' otherwise. */
  heading: string;
  /** A heading and a line saying how often it comes, and no link or control: a sign-up box a script fills (finder.ts). */
  scriptBuiltSignUp: boolean;
  /** The box's one link says the whole pitch ("Sign up for our free newsletter"), outside any link list. */
  pitchLink: boolean;
  /** The box's one link besides social links says the whole pitch and leads to the sign-up page (finder.ts isFollowPitch). */
  followBox: boolean;
  /** That link is drawn as a button (its class says so): a call to action, not a menu's or a footer's link. */
  pitchButton: boolean;
  /** A link to a sign-up or newsletter page (not a mail-to link). */
  signUpLink: boolean;
  /** An embedded frame: a sign-up form served from elsewhere. */
  iframe: boolean;
  /** A script or frame of a mailing-list service: a sign-up form it builds in place (finder.ts buildsSignUpForm). */
  formService: boolean;
  /** A one-sentence newsletter plug: a pitch with a sign-up link, in words of its own around the link (finder.ts isPlug). */
  plug: boolean;
  /** A newsletter promo tile: one link, its name and pitch in blocks of their own (finder.ts isPromoTile). */
  promoTile: boolean;
  /** A sign-up bar: a short ask in its own words and one sign-up button link (finder.ts isAskBar). */
  askBar: boolean;
  /** One tile of a stream of story tiles with a sponsor label in or beside its headline's link (finder.ts sponsoredTile). */
  streamTile: boolean;
  /** A drawn form that posts to the sign-up page ("<form action="/newsletter/"> [Jetzt anmelden]"). */
  signUpForm: boolean;
  /** The box's headline opens or closes with its sponsor label in brackets ("[Anzeige] Früherkennung ..."). */
  bracketed: boolean;
}

/** A tile (a stream tile: title, source and label; a promo tile: title, teaser and call to action) is this long at most. */
export const TILE_MAX_CHARS = 300;
/** Links of a stream tile that stay on the site: its "Sponsored" notice and a source or image link at most. */
const TILE_OWN_LINKS = 2;

/** Judges a box as `kind`: the signals that agreed, or null. */
export type Evidence = (f: BoxFacts, kind: ClutterKind) => string[] | null;

/** Affiliate vocabulary no article sentence about someone else's business uses with "we" / "our". */
export const EXPLICIT_AFFILIATE =
  /\baffiliate[- ]?((advertising|marketing) )?(links?|relationships?|partnerships?|programs?|commissions?)\b/i;

/** A box marked as an editor's note ("ParagraphEditorsNote"): set apart from the story by the editors, as a disclosure is. */
const EDITORS_NOTE = /editors?[-_ ]?note/i;

/** How much of a block its disclosure sentences make up: an article paragraph that ends with one is not a note. */
export function disclosureShare(text: string): number {
  // In a short note that discloses over several sentences, the ones naming its links or the commission are its own.
  const note = isDisclosureNote(text);
  const said = sentencesOf(text)
    .filter(
      (s) =>
        isDisclosureText(s) ||
        EXPLICIT_AFFILIATE.test(s) ||
        DISCLOSURE.reassurance.test(s) ||
        (note && (DISCLOSURE.affiliateLinks.test(s) || DISCLOSURE.commissionWord.test(s))),
    )
    .join(' ').length;
  return text.length ? said / text.length : 0;
}

/** Links off the site a list under a linked widget heading needs: three headlines at least. */
const EXCHANGE_MIN_LINKS = 3;

/** A recommendation widget: vendor markup or a widget label, with its paid or outbound links present. */
function promotedWidget(f: BoxFacts, kind: ClutterKind): string[] | null {
  // A vendor's class alone is not enough: publishers reuse them as anchors for house links.
  const paid =
    f.relPaid > 0
      ? `links:rel-paid:${f.relPaid}`
      : f.labels.has(kind) || f.labels.has('sponsored')
        ? 'label:promoted'
        : wordingOf(kind, 'text')?.test(f.text)
          ? 'text:promoted'
          : null;
  // Content must be there: a script-loaded widget whose items are absent shows only its heading.
  const items = f.relPaid > 0 || f.textLinks >= 2;
  // And some item must leave the site or be marked paid: a vendor's widget of the site's own stories ("More from
  // <site>") is a house list, and the vendor's nofollow "what is this" links are no item.
  if (f.nav || !items || !f.paidHeadline) return null;
  // The publisher's own paid box ("Sponsored Links" in a box marked as a sponsor's, no vendor's markup) is sponsored
  // content; a vendor's widget is one whatever its heading says, and so is a box that speaks only the widgets'
  // words ("Promoted Stories" in a box marked "promoted-links").
  // A labelled list of other publishers' stories is an exchange's widget, whatever its label says ("From our Partners",
  // "Sponsored Stories"): a sponsor's own box holds its offers, not three sites' headlines.
  if ((f.labels.has(kind) || f.labels.has('sponsored')) && f.publishers >= EXCHANGE_MIN_LINKS)
    return ['label:promoted', `links:publishers:${f.publishers}`];
  if (f.markup.has('sponsored') && !f.markup.has(kind) && wordingOf('sponsored', 'text')?.test(f.text)) return null;
  if (f.markup.has(kind) && paid) return ['markup:widget', paid];
  if (f.labels.has(kind) && f.relSponsored >= 2) return ['label:promoted', `links:rel-sponsored:${f.relSponsored}`];
  if (f.labels.has(kind) && f.external >= 2 && f.external >= f.textLinks / 2) return ['label:promoted', `links:external:${f.external}`];
  // A widget heading that links to the vendor's or the section's page ("The Most Popular All Over" -> /themost)
  // over a list that is nearly all links off the site: a menu item to a section sits among the site's own links.
  if (f.linkLabels.has(kind) && f.external >= EXCHANGE_MIN_LINKS && f.external >= (f.textLinks * 2) / 3)
    return ['label:promoted-link', `links:external:${f.external}`];
  return null;
}

/** A pitch box inside navigation is this small: a heading, one sentence and its button, never a menu column. */
const NAV_PITCH_MAX_CHARS = 300;

/** A box under a newsletter heading: this small, with at most this many links, and this many words of its own (heading included). */
export const HEADED_BOX_MAX_CHARS = 600;
export const HEADED_BOX_LINKS = 2;
const HEADED_BOX_PROSE_WORDS = 6;
/** A box's own markup that names a newsletter (not a paid subscription's "subscribe"). */
const NEWSLETTER_BOX = /news-?letter/i;
/** A newsletter box of a title and a sign-up button is this short. */
const BUTTON_BOX_MAX_CHARS = 150;
/** A heading and pitch without a control, and a box with consent fine print, are at most this long. */
export const PITCH_BOX_MAX_CHARS = 400;
const CONSENT_BOX_MAX_CHARS = 1000;

/** A sign-up box: a form, an entry field or a sign-up button with newsletter words or markup. */
function newsletter(f: BoxFacts, kind: ClutterKind): string[] | null {
  const w = RULES.kinds.newsletter.wording;
  const strong = w.strong.test(f.text);
  const said = strong || w.weak.test(f.text);
  const pitch = w.pitch.test(f.prose);
  const marked = f.markup.has(kind);
  // A registration wall ("To keep reading, please enter your email address") asks for an account, not a sign-up.
  if (f.wall) return null;
  // A footer region that holds a sign-up form and the site's link lists is the footer, not the sign-up box.
  if (f.siteLinks) return null;
  // A comment thread's subscription ("Notify of new replies to my comments") follows a discussion.
  if (w.comments.test(f.text)) return null;
  // A magazine's subscription offer ("Subscribe & receive 6 issues of The Weekly") sells issues; a newsletter perk
  // it throws in does not make it a sign-up box, unless it asks for an e-mail.
  if (!f.email && w.offer.test(f.text)) return null;
  if (!f.nav && !f.blocker) {
    if (f.plug) return ['text:pitch', 'link:sign-up'];
    if (f.promoTile) return ['text:pitch', 'tile:sign-up'];
    if (f.askBar) return ['text:ask', 'action:sign-up'];
  }
  // A menu item that says "Newsletters" links to a section. A box with its own e-mail field, or a pitch in its own
  // words (not link text) beside its sign-up button, is a sign-up box wherever it sits: footer menus, side flyouts
  // and header bars marked as navigation carry them.
  if (f.nav && !(f.email && !f.blocker) && !(pitch && (f.action || marked) && f.size <= NAV_PITCH_MAX_CHARS)) return null;
  // Sign-up markup stands in for the words only when no heading is left for a script to write: a form under an
  // empty headline and tagline is a shell whose only words are its error text ("Please enter a valid email").
  if (f.email && !f.blocker && (said || (marked && !f.emptySlot))) return ['form:email', said ? 'text:newsletter' : 'markup:newsletter'];
  // Sign-up boxes whose field is built by script or served in a frame: markup, newsletter words and an entry field or the frame.
  if (marked && strong && (f.fields > 0 || f.iframe) && !f.blocker && f.size <= 1000)
    return ['markup:newsletter', 'text:newsletter', f.fields > 0 ? 'field' : 'frame'];
  // A box under a heading that names a newsletter, with the way to sign up: a form served in a frame, or a sign-up
  // button or link under a sentence of its own ("The Daily Brief" / "The day's top stories, every morning." /
  // Subscribe). A footer column headed "Newsletters" is a list of links, not one control.
  if (f.heading && !f.blocker && f.size <= HEADED_BOX_MAX_CHARS && f.textLinks <= HEADED_BOX_LINKS) {
    if (f.iframe) return ['heading:newsletter', 'frame'];
    if ((f.action || f.signUpLink) && f.prose.split(' ').length >= HEADED_BOX_PROSE_WORDS)
      return ['heading:newsletter', f.action ? 'action:sign-up' : 'link:sign-up'];
    // Or its one link is that sentence, to the sign-up page ("BOLETÍN DIARIO" / <a>Suscribite y recibí cada día las
    // noticias más importantes.</a>).
    if (f.signUpLink && f.textLinks === 1 && f.text.split(' ').length - f.prose.split(' ').length >= HEADED_BOX_PROSE_WORDS)
      return ['heading:newsletter', 'link:sign-up'];
    // A form a script builds is not there yet: the heading and a pitch in the box's own words below it
    // ("Want to subscribe to the X newsletter?" / "You can sign up via email below.").
    const below = f.prose.startsWith(f.heading) ? f.prose.slice(f.heading.length) : '';
    if (f.size <= PITCH_BOX_MAX_CHARS && f.textLinks <= 1 && (w.pitch.test(below) || w.weak.test(below)))
      return ['heading:newsletter', 'text:pitch'];
  }
  // A marked sign-up box whose form a script builds (finder.ts isScriptBuiltSignUp: "Get 10 to Hear" / "Catch up every
  // Saturday with 10 of our best-reviewed albums", nothing else).
  if (marked && f.scriptBuiltSignUp && !f.nav) return ['markup:newsletter', 'text:cadence'];
  // A marked box that names its newsletter in words of its own, with a button and a link to the newsletters' page
  // ("Newsletter / Der Morgen / Der perfekte Start in den Tag ... / Weitere Newsletter / [Einloggen]").
  if (
    marked &&
    strong &&
    (f.button || f.signUpForm) &&
    f.signUpLink &&
    !f.blocker &&
    !f.nav &&
    f.size <= SIGN_UP_BOX_MAX_CHARS &&
    f.prose.split(' ').length >= HEADED_BOX_PROSE_WORDS
  )
    return ['markup:newsletter', 'text:newsletter', 'link:sign-up'];
  // A small box its own markup names a newsletter's, its title in words of its own over a sign-up button to the sign-up
  // page ("Mehr Musik im <img alt="kulturnews.letter">" / [Jetzt kostenlos abonnieren]): the newsletter's name may be a
  // logo. "Subscribe" markup names paid subscriptions too: not enough here.
  if (
    NEWSLETTER_BOX.test(f.markupText) &&
    f.action &&
    f.signUpLink &&
    !f.blocker &&
    !f.nav &&
    !f.footer &&
    f.size <= BUTTON_BOX_MAX_CHARS &&
    f.prose.split(' ').length >= 2
  )
    return ['markup:newsletter', 'action:sign-up', 'link:sign-up'];
  // A sign-up box with its button and its consent fine print ("By signing up you agree...", "You can unsubscribe at
  // any time"), whatever its pitch says.
  if (marked && f.action && !f.blocker && !f.nav && f.size <= CONSENT_BOX_MAX_CHARS && w.consent.test(f.text))
    return ['markup:newsletter', 'action:sign-up', 'text:consent'];
  // A small box marked as a sign-up whose one link says the whole pitch (a sidebar's "Subscribe to our free newsletter").
  // So is a lone button that says the whole pitch and leads to the sign-up page ("Get our free newsletters"). In the
  // page's footer a plain link of the kind is one of the site's links, like a menu item; a button is still a promo.
  // A follow box: that link beside the site's social links ("Recibe el boletín de Internacional" / Facebook / Twitter).
  if (f.followBox && !f.blocker && !f.nav && !f.footer) return ['link:pitch', 'links:social'];
  // A button that says the whole pitch under a line of the box's own ("Get a global view on podcasting with our daily
  // news briefing" / [Subscribe to our daily newsletter by email, free]) is a promo wherever the button leads.
  const titledButton = f.pitchButton && f.prose.split(' ').length >= HEADED_BOX_PROSE_WORDS;
  if ((marked || (f.pitchButton && (f.signUpLink || titledButton))) && f.pitchLink && !f.blocker && !f.nav && (!f.footer || f.pitchButton))
    return [marked ? 'markup:newsletter' : f.signUpLink ? 'link:sign-up-page' : 'text:title', 'link:pitch'];
  // Promos whose form lives elsewhere (an iframe, a dialog a button opens): the pitch in the box's own
  // words, not in a menu link, with sign-up markup or a sign-up button.
  if (pitch && !f.blocker && f.size <= 600) {
    // In the page's footer, one line that is all pitch ("Recevez nos newsletters") is one of the site's links.
    if (marked && !(f.footer && f.size <= RULES.limits.labelMaxChars)) return ['markup:newsletter', 'text:pitch'];
    if (f.action && f.size <= 400) return ['text:pitch', 'action:sign-up'];
    // The label of an entry field a script builds (`<label for>` naming no element yet) under the pitch.
    if (f.fields > 0 && f.size <= 400) return ['text:pitch', 'field'];
    // A form a mailing-list service's script builds beside the pitch ("Subscribe to our monthly newsletter ..." over
    // hbspt.forms.create(...)).
    if (f.formService && f.size <= 400) return ['text:pitch', 'form:service'];
  }
  return null;
}

/** A disclosure note: its sentence plus markup, note styling, a place outside the article or affiliate terms. */
function affiliateDisclosure(f: BoxFacts, kind: ClutterKind): string[] | null {
  // The footer's legal block holds the disclosure among the copyright and terms: the block is the note.
  // A disclosure is as long as its words: an ad slot's scripts beside it add none.
  // Outside the article (the footer's legal block, a side rail's widget) it may be longer: it hides no article text.
  if (Math.min(f.size, f.text.length) > (f.footer || !f.inRegion ? DISCLOSURE_FOOTER_MAX_CHARS : RULES.kinds[kind].maxChars)) return null;
  // A commerce box headed by its disclosure ("Example Media may get a commission") and linking out.
  if (f.commissionLabel && f.external > 0) return ['label:commission', 'links:external'];
  // A box that is all link ("Read our affiliate link policy") points to the disclosure; it is not one.
  if (!f.prose) return null;
  if (!isDisclosureText(f.text)) return null;
  const second = f.markup.has(kind)
    ? 'markup:disclosure'
    : f.noted
      ? 'note-style'
      : !f.inRegion
        ? 'outside-article'
        : EXPLICIT_AFFILIATE.test(f.text) && disclosureShare(f.text) >= 0.6
          ? 'text:affiliate-terms'
          : EDITORS_NOTE.test(f.markupText)
            ? 'markup:editors-note'
            : null;
  return second ? ['text:disclosure', second] : null;
}

/** Words a sponsor box uses about itself; what is left once they go is what it holds. */
const SPONSOR_SELF_WORDS =
  /\b((related |latest |more )?stories|powered by|advertis(er|ing|ement)|sponsor(ed|s)?( by)?|(content|stories|posts?|links) from|from our|paid|partners?)\b/gi;

/** Characters of prose a sponsor box holds beyond its label, heading and attribution when it has no linked title. */
const SHELL_PROSE_CHARS = 40;

/**
 * An ad slot whose items a script would fill: labels ("X is sponsored by", "From our sponsor / Advertiser Content
 * From") and headings, but no linked title and no prose of its own. Hiding it hides nothing a reader would miss,
 * and it is often a section's sponsor credit.
 */
export function sponsorShell(f: Pick<BoxFacts, 'itemLink' | 'prose'>): boolean {
  return !f.itemLink && f.prose.replace(SPONSOR_SELF_WORDS, '').replace(/\s+/g, ' ').trim().length < SHELL_PROSE_CHARS;
}

/** A marked sign-up box with a button and a link to the newsletters' page is this long at most. */
const SIGN_UP_BOX_MAX_CHARS = 400;

/** An ad slot in a menu holds this many links at most (its sponsor's topics). */
const NAV_AD_LINKS = 3;

/** Paid content in the publisher's layout: a label or sponsor words, plus sponsor markup or paid links. */
function sponsored(f: BoxFacts, kind: ClutterKind): string[] | null {
  // A menu item that says "Sponsored" links to a section. An ad slot among the menu's items is an ad: ad markup, its
  // label beside (not in) its links, and every link marked paid ("Anzeige: <a rel=nofollow>Die Zukunft der Arbeit</a>").
  const navAd = f.nav && f.ad && f.labels.has(kind) && f.textLinks > 0 && f.textLinks <= NAV_AD_LINKS && f.relPaid >= f.textLinks;
  if (navAd) return ['label:sponsored', 'markup:ad', 'links:rel-paid'];
  if (f.nav) return null;
  // A paid story in a stream of story tiles: its label beside or in its headline's link (finder.ts sponsoredTile). Its
  // headline is its content, however few its words ("Anzeige / Städtereisen / Kunststadt Köln").
  if (f.streamTile) return ['label:sponsored', 'tile:stream'];
  if (!f.hasContent || sponsorShell(f)) return null;
  // A bare sponsor credit over a box with no linked title and no paid link credits a tool or a section (a weather
  // bar, a market-data box "Sponsored by: <logo>"): the box is the site's own, not paid content.
  // A credit over an advertiser's card is the card's label: its pitch in words of its own, its one way out a link to the
  // advertiser ("Brought to you by" / "Payments for Modern Businesses" / a blurb / "Learn More").
  if (f.sponsorCredit && f.offerOut) return ['label:credit', 'links:offer-out'];
  if (f.sponsorCredit && !f.itemLink && !f.paidHeadline && f.relSponsored === 0) return null;
  // A recommendation vendor's widget whose items all stay on the site is the site's own list ("More from <site>"),
  // whatever the vendor's own disclosure links in it say ("Sponsored Links" to its what-is page).
  if (f.markup.has('promoted-widget') && !f.paidHeadline) return null;
  const said = f.labels.has(kind)
    ? 'label:sponsored'
    : f.bracketed
      ? 'label:title'
      : wordingOf(kind, 'text')?.test(f.text)
        ? 'text:sponsored'
        : null;
  const marked = f.markup.has(kind)
    ? 'markup:sponsored'
    : f.relSponsored > 0
      ? 'links:rel-sponsored'
      : f.ad && f.labels.has(kind)
        ? 'markup:ad'
        : null;
  if (said && marked) return [said, marked];
  // A story tile marked as sponsored content whose kicker is a link to the paid section ("Werbung | Anzeige" over the
  // headline): a menu item names the section alone, the tile holds a story's linked title too.
  if (f.linkLabels.has(kind) && f.markup.has(kind) && f.itemLink && f.size <= TILE_MAX_CHARS) return ['label:kicker', 'markup:sponsored'];
  // A list of links under a heading that says they are paid ("Health Solutions From Our Sponsors"): the sponsors'
  // articles, wherever they are hosted. The heading is the box's own (never a link to a section), so a menu or a
  // footer column with a "Sponsored Content" item is no such list.
  if (f.listLabels.has(kind)) return ['label:heading', 'links:list'];
  // One ad under a heading that says it is paid ("Sponsored Links" over a headline, a blurb and "Show me ...!", all one
  // address): an ad unit, wherever it links. A menu's "Sponsored" heading sits over links to several sections.
  if (f.headedOffer.has(kind)) return ['label:heading', 'links:one-offer'];
  if (f.markup.has(kind) && f.relSponsored > 0) return ['markup:sponsored', 'links:rel-sponsored'];
  // A stream tile: a title that links to the advertiser and a "Sponsored" label (often itself a link to an ad notice).
  // A tile links to the advertiser and to the ad notice, not to the site's sections: a footer list with a "From our
  // partners" link and one link out is no tile.
  if (
    (f.labels.has(kind) || f.linkLabels.has(kind)) &&
    f.paidHeadline &&
    f.size <= TILE_MAX_CHARS &&
    f.textLinks - Math.max(f.external, f.relPaid) <= TILE_OWN_LINKS
  )
    return ['label:sponsored', 'links:paid-headline'];
  return null;
}

/** The ways of judging a box, by the name a kind's `evidence` gives. */
export const EVIDENCE: Readonly<Record<string, Evidence>> = {
  'promoted-widget': promotedWidget,
  newsletter,
  'affiliate-disclosure': affiliateDisclosure,
  sponsored,
};
