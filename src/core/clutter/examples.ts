// Example blocks each rule must recognise, and article text no rule may touch. Kept beside the rules so a
// new rule comes with its examples; examples.test.ts runs every example against every rule.
import type { ClutterKind } from '../types.ts';

export interface ClutterExample {
  kind: ClutterKind;
  /** Where the block sits: inside the article body, or in the side rail. */
  place: 'body' | 'rail';
  html: string;
  /** Text the hidden block must contain (so the whole box is hidden, not one line of it). */
  contains: string[];
}

export const CLUTTER_EXAMPLES: ClutterExample[] = [
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p class="disclosure"><em>We may earn a commission when you buy through links on our site.</em></p>',
    contains: ['We may earn a commission'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div><small>Our site is reader-supported: if you open an account through a link in this article, we may be compensated. That does not change what we write.</small></div>',
    contains: ['reader-supported', 'does not change what we write'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: '<div>Some of the links on this page are affiliate links, and this site earns a commission on purchases.</div>',
    contains: ['affiliate links'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="inline-signup"><h3>The Morning Brief</h3><p>Markets news before the opening bell, in your inbox every weekday.</p>
      <form><input type="email" name="email" placeholder="you@example.com"><button>Sign up</button></form>
      <p><small>You can unsubscribe at any time.</small></p></div>`,
    contains: ['The Morning Brief', 'opening bell', 'unsubscribe at any time'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<section><h4>Get our free weekly digest</h4><form action="/subscribe"><label>E-mail <input type="text" name="EMAIL"></label><input type="submit" value="Subscribe"></form></section>`,
    contains: ['Get our free weekly digest'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div role="dialog" class="modal"><div class="modal__inner" data-component="newsletter-slidein"><p>Don't miss a story: get the daily newsletter.</p><input type="text" aria-label="Your email"><button>Join</button></div></div>`,
    contains: ['daily newsletter'],
  },
  {
    kind: 'sponsored',
    place: 'body',
    html: `<aside class="native-ad"><div class="label">Sponsored</div><h4><a href="https://advertiser.example/offer" rel="sponsored">Earn 5% on your savings today</a></h4><p>Terms apply.</p></aside>`,
    contains: ['Sponsored', 'Earn 5% on your savings today', 'Terms apply.'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="widget partner-content"><h3>Partner content</h3><ul><li><a href="https://brand.example/a" rel="sponsored nofollow">How one fund manager picks dividend stocks</a></li><li><a href="https://brand.example/b" rel="sponsored nofollow">Five questions to ask before you retire</a></li></ul></div>`,
    contains: ['Partner content', 'Five questions to ask'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="card" data-type="paid-post"><span>Presented by Example Bank</span><a href="https://bank.example/guide">A guide to mortgage rates in 2024</a></div>`,
    contains: ['Presented by Example Bank', 'mortgage rates'],
  },
  {
    kind: 'promoted-widget',
    place: 'body',
    html: `<div id="taboola-below-article" class="trc_related_container"><div class="trc_rbox_header">You May Like</div>
      <div class="videoCube"><a href="https://ads.example/1" rel="nofollow">Unsold sofas are being given away</a></div>
      <div class="videoCube"><a href="https://ads.example/2" rel="nofollow">Doctors stunned by this simple trick</a></div></div>`,
    contains: ['You May Like', 'Unsold sofas', 'Doctors stunned'],
  },
  {
    kind: 'promoted-widget',
    place: 'rail',
    html: `<div class="OUTBRAIN" data-widget-id="SB_1"><span class="ob_what">Promoted Stories</span><ul><li><a href="https://paid.example/1" rel="nofollow sponsored">This ring tracks your sleep</a></li><li><a href="https://paid.example/2" rel="nofollow sponsored">Retire early with this plan</a></li></ul></div>`,
    contains: ['Promoted Stories', 'Retire early'],
  },
  {
    kind: 'promoted-widget',
    place: 'body',
    html: `<section><h2>Around the Web</h2><ul><li><a href="https://x.example/1" rel="sponsored">Seniors are ditching this habit</a></li><li><a href="https://y.example/2" rel="sponsored">The cheapest flights of the year</a></li><li><a href="https://z.example/3" rel="sponsored">A trick airlines hate</a></li></ul></section>`,
    contains: ['Around the Web', 'cheapest flights'],
  },
];

/** Article text that talks about sponsors, newsletters, commissions and promotions: never clutter. */
export const ARTICLE_TEXT_EXAMPLES: string[] = [
  '<p>North Korea has been on the list of state sponsors of terrorism, and officials said the designation would stay for now.</p>',
  '<p>The league said sponsorship rates for next season would rise by 12%, as brands compete for shirt deals with the biggest clubs.</p>',
  '<p>Brokers used to earn a commission on every trade their clients placed through them, until zero-commission apps changed the business.</p>',
  '<p>The company launched a paid newsletter last year and said subscriber numbers had doubled; it plans to sign up advertisers next.</p>',
  '<p>Shares of the retailer were promoted heavily on social media, and the regulator said it was looking into who sponsored the posts.</p>',
  '<p>“We may earn more in commissions this year than last,” the broker’s chief executive told analysts on a call about new products and links with banks.</p>',
  '<p>Presented by the central bank’s governor, the report said inflation would fall to target next year as energy prices ease.</p>',
  '<p>Readers who subscribe to the company’s investor e-mail alerts will get the filing the moment it is published, the spokesperson said.</p>',
];
