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
  /** Text beside the box that the hidden block must not take (a menu next to it). */
  excludes?: string[];
}

export const CLUTTER_EXAMPLES: ClutterExample[] = [
  {
    // A page builder's text block, styled by a sheet of its own inside it: the sheet is not the box's words.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="td_block_wrap td_block_text_with_title tdi_79"><style>.tdi_79{margin-top:-30px!important;margin-bottom:10px!important}.td_block_text_with_title{margin-bottom:44px;-webkit-transform:translateZ(0);transform:translateZ(0)}.td_block_text_with_title p:last-child{margin-bottom:0}.tdi_79,.tdi_79 p{font-family:Helvetica Neue,Helvetica,Arial,sans-serif!important;font-size:13px!important;line-height:1.5!important}.tdi_79 h2{font-family:DM Serif Display!important}.tdi_79{color:#000000}.tdi_79 a{color:#000;text-decoration:underline}.tdi_79 .td-block-title-wrap{display:none}</style><div class="td_mod_wrap"><h2>Sign up for Newsletters</h2><p>Make sure you stay in the loop on everything happening in the county with our collection of newsletters that are filled with the latest information on food, things to do and travel.</p></div></div>',
    contains: ['Sign up for Newsletters', 'things to do and travel'],
  },
  {
    // A promo bar that names the newsletters and closes on its ask after a dash ("... breaking news – subscribe here!").
    kind: 'newsletter',
    place: 'rail',
    html: '<section class="bar"><div class="bar-in"><p><b><a href="https://www.example.com/newsletter/">Example Security newsletters</a></b>: Daily and weekly news, security jobs, open source projects, breaking news – <b><a href="https://www.example.com/newsletter/">subscribe here!</a></b></p></div></section>',
    contains: ['Example Security newsletters', 'subscribe here!'],
  },
  {
    // A closing line whose link is the ask, to the e-mail sign-up page, promising updates (no "newsletter" in it).
    kind: 'newsletter',
    place: 'body',
    html: '<p id="article_caption_follow"><a target="_blank" href="https://news.example.bb/email-subscription/">Sign up</a> and stay up to date with the island\'s <b>FREE</b> latest news.</p>',
    contains: ['Sign up', 'latest news'],
  },
  {
    // The article's closing line: the newsletter link, then where else to follow the paper (news apps and social sites).
    kind: 'newsletter',
    place: 'body',
    html: '<p><i><b><a href="https://www.example.com/city/NewsletterSignup/Page">Subscribe to Example Times newsletters</a>.<br><br>Follow us: <a href="https://news.google.com/publications/CAAiEBaz">Google News</a> | <a href="https://www.newsbreak.com/@c/1599766">NewsBreak</a> | <a href="https://www.reddit.com/r/ExampleTimes/">Reddit</a> | <a href="https://instagram.com/exampletimes">Instagram</a> | <a href="https://www.facebook.com/exampletimes">Facebook</a></b></i></p>',
    contains: ['Subscribe to Example Times newsletters', 'Facebook'],
  },
  {
    // A paragraph-long box that names the newsletter and closes on its ask, the link to the sign-up page in it.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="Infobox"><h2>Example-Kompakt</h2>Unser täglicher Newsletter <strong>Example-Kompakt</strong> bringt Ordnung in den Nachrichtenwahnsinn. Sie erhalten jeden Tag einen Überblick zu den spannendsten Geschichten aus der <strong>Redaktion</strong> - und das jeden Abend schon um 19.30 Uhr. <a href="https://www.example.de/newsletter/">Hier das kostenlose Abo holen.</a></div>',
    contains: ['Example-Kompakt', 'Abo holen'],
  },
  {
    // A content exchange under a partner label: other publishers' stories, each credited to its site.
    kind: 'promoted-widget',
    place: 'rail',
    html: '<div class="pane pane-links"><h2 class="pane-title">From our Partners</h2><div class="view-content"><div class="views-row"><a href="http://celebsisters.example/2011/12/05/star-to-undergo-double-surgery/" target="_blank">Star to Undergo Double Surgery After Diagnosis</a> <span>from Celeb Sisters</span></div><div class="views-row"><a href="http://shine.example.com/parenting/temper-tantrums-what-your-toddler-is-saying.html" target="_blank">Temper Tantrums: What Your Toddler Is Trying To Tell You</a> <span>from Shine</span></div><div class="views-row"><a href="http://www.tecca.example/columns/how-to-choose-the-right-smartphone/" target="_blank">How to Choose the Right Smartphone for You</a> <span>from Tecca</span></div></div></div>',
    contains: ['From our Partners', 'from Tecca'],
  },
  {
    // A closing plug in the article that speaks to the reader formally ("Abonnieren Sie"): its link is the sign-up page.
    kind: 'newsletter',
    place: 'body',
    html: '<p><em>Keine Neuigkeiten aus der Medien-Branche mehr verpassen:&nbsp;<strong><a href="https://www.example.de/newsletter-anmeldung/">Abonnieren Sie kostenlos die Example-Newsletter</a></strong>&nbsp;und bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden.</em></p>',
    contains: ['Keine Neuigkeiten', 'auf dem Laufenden'],
  },
  {
    // A plug that opens with its newsletter's name in quotation marks: the quotation holds no pitch, so no one is quoted.
    kind: 'newsletter',
    place: 'body',
    html: '<p><em>&quot;Hier ist Example&quot;: Der Example-Newsletter informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste vom Tag, direkt in Ihrem privaten Postfach. </em><a href="https://www.example.de/nachrichten/newsletter-anmeldung"><em>Hier geht&#x27;s zur Anmeldung!</em></a></p>',
    contains: ['Hier ist Example', 'zur Anmeldung'],
  },
  {
    // A blog's plug in the familiar "du" ("hol dir jetzt meinen gratis Newsletter"), its link opening a pop-up.
    kind: 'newsletter',
    place: 'body',
    html: '<div class="code-block"><p><strong>Wenn du keinen Artikel mehr zu Bahnreisen verpassen willst, dann hol dir jetzt meinen <a href="#" class="popup-newsletter">gratis Newsletter</a>! Du kannst mir auch auf <a href="https://www.facebook.com/example">Facebook</a> und <a href="https://www.twitter.com/example">Twitter</a> folgen.</strong></p></div>',
    contains: ['Wenn du keinen Artikel', 'Twitter folgen'],
  },
  {
    // A story tile marked as sponsored content: a bracketed label opens its headline, its kicker links to the paid section.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="module"><article class="post category-sponsored-post"><div class="thumb"><a href="/2019/09/anzeige-frueherkennung-urintest/"><img src="u.jpg" alt=""></a></div><div class="entry-header"><span class="meta-category"><a href="/category/gesundheit/">Gesundheit</a> <span>•</span> <a href="/category/sponsored-post/">Werbung | Anzeige</a></span><h2 class="entry-title"><a href="/2019/09/anzeige-frueherkennung-urintest/">[Anzeige] Früherkennung einer Blasenentzündung durch einfachen Urintest zur Selbstanwendung</a></h2><div class="entry-meta"><span class="updated">vor 5 Monaten</span></div></div></article></div>',
    contains: ['[Anzeige] Früherkennung', 'vor 5 Monaten'],
  },
  {
    // A newsletter box whose form holds only a submit button posting to the sign-up page ("Newslettern": German plural).
    kind: 'newsletter',
    place: 'body',
    html: '<div class="box newsletter-box"><p class="headline"><span>Zu unseren</span> Newslettern <span>anmelden</span></p><div class="newsletter-box__content"><p>Das Wichtigste immer im Blick: Mit unseren beiden Newslettern verpassen Sie keine News mehr aus der Technikwelt.</p><form action="https://www.example.de/newsletter/" method="post"><input type="submit" value="Jetzt anmelden"></form></div></div>',
    contains: ['Zu unseren', 'Das Wichtigste immer im Blick'],
  },
  {
    // A short note that says the post holds affiliate links, in so many words.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p><em>Dieser Artikel enthält Affiliate-Links und/oder werbende Inhalte.</em></p>',
    contains: ['enthält Affiliate-Links'],
  },
  {
    // A product box's note: "the links are affiliate links".
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p class="product-disclaimer">Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API</p>',
    contains: ['Bei den Verlinkungen handelt es sich um Affiliate Links'],
  },
  {
    // A paid post in a ticker of the latest stories: its headline closes with its label in brackets.
    kind: 'sponsored',
    place: 'rail',
    html: '<ul class="ticker"><li class="ticker-item"><a href="https://news.example.com/am-windows-server-einen-datentraeger-bereitstellen/"><span class="date">[ 26. Februar 2020 ]</span> <span class="title">Am Windows Server einen neuen Datenträger bereitstellen</span> <span class="cat">Windows</span></a></li><li class="ticker-item"><a href="https://news.example.com/das-potential-des-streckenhandels-sponsored-post/"><span class="date">[ 20. Februar 2020 ]</span> <span class="title">Das Potential des Streckenhandels – diese Vorteile bietet das Geschäftsmodell [Sponsored Post]</span> <span class="cat">Allgemeines</span></a></li><li class="ticker-item"><a href="https://news.example.com/virtualisieren-unter-windows-mit-hyper-v/"><span class="date">[ 19. Februar 2020 ]</span> <span class="title">Virtualisieren unter Windows mit der Hyper-V Schnellerstellung</span> <span class="cat">Virtualisierung</span></a></li></ul>',
    contains: ['Das Potential des Streckenhandels', '[Sponsored Post]'],
    excludes: ['Virtualisieren'],
  },
  {
    // A paid tile beside its linked headline in a rail of story tiles: its headline is short (too few words to be a
    // box's content on its own), its address a short slug, its picture says it is a story.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="content-loop"><article class="tile"><a href="/musicals-hamburg/"><figure><img src="a.jpg" alt=""></figure></a><a href="/musicals-hamburg/" class="tile-content"><span>Städtereisen</span><h2>Musicalstadt Hamburg</h2></a></article><article class="tile"><span class="tile-notice">Anzeige</span><a href="/kunststadt-koeln/"><figure><img src="b.jpg" alt=""></figure></a><a href="/kunststadt-koeln/" class="tile-content"><span>Städtereisen</span><h2>Kunststadt Köln</h2></a></article><article class="tile"><a href="/architekturstadt-duisburg/"><figure><img src="c.jpg" alt=""></figure></a><a href="/architekturstadt-duisburg/" class="tile-content"><span>Städtereisen</span><h2>Architekturstadt Duisburg</h2></a></article></div>',
    contains: ['Anzeige', 'Kunststadt Köln'],
    excludes: ['Musicalstadt Hamburg'],
  },
  {
    // A paid tile in a wrapper of its own (its label after the link) among the list's bare headline links.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="most-popular"><a href="/artykul/zus-sprawdzi-warunki-pracy-w-tvn" class="item">ZUS sprawdzi warunki pracy w TVN i w innych stacjach</a><a href="/artykul/antena-hd-ma-udzialy-w-rynku" class="item">Antena HD ma 0,36 proc. udziału w rynku telewizyjnym</a><div class="partner-news-wrapper"><a href="/artykul/radio-supernova-jak-odbierac-ramowka" class="item partner-news">Rusza radio SuperNova</a><label class="partner-news-label">Materiał partnerski</label></div></div>',
    contains: ['Rusza radio SuperNova', 'Materiał partnerski'],
    excludes: ['ZUS sprawdzi'],
  },
  {
    // A story tile whose kicker, label and sponsor's credit sit around its headline: the whole tile.
    kind: 'sponsored',
    place: 'body',
    html: '<div class="teasers"><article class="teaser"><a href="/bauen/trennwand-bauen-12345"><img src="t.jpg" alt=""></a><div class="kicker"><a href="/bauen">Bauen</a></div><div class="headline"><a href="/bauen/trennwand-bauen-12345">Trennwand bauen: Diese Möglichkeiten gibt es</a></div></article><article class="teaser teaser--campaign"><a href="/modernisieren/fassadendaemmung-29374"><img src="f.jpg" alt=""></a><section><div class="kicker"><a href="/modernisieren/sanieren">Sanieren</a></div><div class="campaign">Anzeige</div></section><div class="headline"><a href="/modernisieren/fassadendaemmung-29374">Fassadendämmung: Möglichkeiten, Vor- und Nachteile und Kosten</a></div><div class="campaign-block"><div class="campaign-block__title">Präsentiert von</div><img src="logo.jpg" alt=""></div></article><article class="teaser"><a href="/bauen/gipskarton-26715"><img src="g.jpg" alt=""></a><div class="kicker"><a href="/bauen">Bauen</a></div><div class="headline"><a href="/bauen/gipskarton-26715">Gipskartonplatten zur Wandsanierung nutzen</a></div></article></div>',
    contains: ['Sanieren', 'Anzeige', 'Fassadendämmung', 'Präsentiert von'],
    excludes: ['Trennwand bauen', 'Gipskartonplatten'],
  },
  {
    // A footer widget headed by the newsletter's name, its one link a sentence to the mailing service's sign-up page.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="footer-widget"><h2 class="footer-title">BOLETÍN DIARIO</h2><div class="textwidget"><hr><p><a href="https://mailchi.mp/example.com.ni/boletin-diario">Suscribite y recibí cada día las noticias más importantes.</a></p></div></div>',
    contains: ['BOLETÍN DIARIO', 'Suscribite y recibí'],
  },
  {
    // A card whose title line is a plain div over the pitch and the form.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="card"><div class="card-header">Abonnez-vous à notre infolettre matinale</div><div class="card-content"><p>Du lundi au samedi, découvrez l’essentiel de l’actualité.</p><form action="/infolettres/inscription"><input type="email" name="courriel" placeholder="Votre courriel"><button type="submit">Je m’abonne</button></form></div></div>',
    contains: ['Abonnez-vous à notre infolettre', 'Du lundi au samedi'],
  },
  {
    // A newsletter box whose name is a logo: a title of its own over a sign-up button to the sign-up page.
    kind: 'newsletter',
    place: 'body',
    html: '<div class="newsletterblock"><h2 class="newsletterblock_title">Mehr Musik im<img src="letter.png" alt="kulturnews.letter"></h2><p><a class="newsletterblock_button" href="/newsletter-abonnieren/">Jetzt kostenlos abonnieren</a></p></div>',
    contains: ['Mehr Musik im', 'Jetzt kostenlos abonnieren'],
  },
  {
    // Rioplatense Spanish: "Suscribite a nuestro newsletter", a button-link to the sign-up page in a marked box.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="subscription-newsletter-button"><a class="subscribe-link" href="https://www.example.com.ar/contenidos/suscripcion-newsletter.html" rel="nofollow"><span class="subscription-legend">Suscribite a nuestro newsletter</span></a></div>',
    contains: ['Suscribite a nuestro newsletter'],
  },
  {
    // A German note: "ggf." inside the sentence does not end it.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div class="affiliate-info"><span class="affiliate-info-text">Für Links auf dieser Seite erhält example.de ggf. eine Provision vom Händler, z.B. für mit grüner Unterstreichung gekennzeichnete.</span></div>',
    contains: ['Für Links auf dieser Seite erhält'],
  },
  {
    // A sponsor's credit over an advertiser's card: its heading and blurb, its one link out to the advertiser.
    kind: 'sponsored',
    place: 'body',
    html: '<section class="cta-block"><div class="cta-block-note">Brought to you by</div><img class="cta-block-logo" src="logo.png" alt=""><div class="cta-block-heading">Payments for Modern Businesses</div><div class="cta-block-desc">Move money at the speed of your business. Example Pay helps companies send fast, efficient payments and keep operations running without delays.</div><a href="https://pay.example.org/business" class="cta-block-button button">Learn More</a></section>',
    contains: ['Brought to you by', 'Payments for Modern Businesses', 'Learn More'],
  },
  {
    // A sign-up form inside a footer region that also holds the site's link lists: the form's box, not the region.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="subscribe-letter"><div class="subscribe-letter__meta"><span>Get early access to exclusive deals and new launches</span><div class="subscribe-input"><input type="email" placeholder="Your email address"><button>Subscribe</button></div></div><ul><li><a href="/about-us">About Us</a></li><li><a href="/community-submissions">Pitch a Story</a></li><li><a href="/quiz">Quiz</a></li></ul><ul><li><a href="https://example-group.com/partner-with-us">Partnerships</a></li><li><a href="https://example-group.com/careers">Work for Us</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></div>',
    contains: ['Get early access to exclusive deals', 'Subscribe'],
    excludes: ['About Us', 'Partnerships'],
  },
  {
    // "eNewsletters": the newsletter word with its e- prefix, in a marked box with its button.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="ebm-web-subscribe"><div class="web-subscribe-content"><div class="web-subscribe-header">Sign up for our eNewsletters <div class="web-subscribe-subtext">Get the latest news and updates</div></div><button type="button" class="ebm-button"><span>Sign Up</span></button></div></div>',
    contains: ['Sign up for our eNewsletters', 'Get the latest news and updates', 'Sign Up'],
  },
  {
    // A disclosure set apart as an editor's note at the head of the story.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div class="ParagraphEditorsNote" data-element-type="ParagraphEditorsNote">While each product featured is independently selected by our editors, we may include paid promotion. If you buy something through our links, we may earn commission. <a href="/product-review-policy">Read more about our Product Review Policy.</a></div>',
    contains: ['independently selected by our editors', 'we may earn commission'],
  },
  {
    // A line of the box's own over a button that says the whole pitch, wherever the button leads.
    kind: 'newsletter',
    place: 'rail',
    html: '<section class="break belowfold"><h3>Get a global view on podcasting and on-demand with our daily news briefing</h3><div class="center"><a href="/" class="button">Subscribe to our daily newsletter by email, free</a></div></section>',
    contains: ['Get a global view on podcasting', 'Subscribe to our daily newsletter by email, free'],
  },
  {
    // A sidebar widget: its heading, a marked sign-up button in a wrapper of its own, and the fine print.
    kind: 'newsletter',
    place: 'rail',
    html: '<section class="widget widget_cta"><h4 class="widget-title">Get Your Free Copy And Join 15,000 Others</h4><div class="widget-image"><img src="book.png" alt=""></div><div class="widget-button"><a href="/join" class="button manual-optin-trigger popup">Sign me up</a></div><div class="widget-text"><p>No spam, ever. Unsubscribe anytime.</p></div></section>',
    contains: ['Get Your Free Copy', 'Sign me up', 'Unsubscribe anytime'],
  },
  {
    // A sign-up form marked as a newsletter's grows to the headings over it, as a bare form does.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="footer-signup"><h4 class="subheadline">STAY UPDATED</h4><h5>Choose which free Example newsletters to sign up for <a href="/newsletter/sign-up">here</a>, or get them all below:</h5><form id="newsletter_submit_form"><label><b>Morning Brief</b> every morning</label> <input type="email" placeholder="Your email address"><button type="submit">SIGN UP</button></form></div>',
    contains: ['STAY UPDATED', 'Choose which free Example newsletters', 'Morning Brief'],
  },
  {
    // A sign-up box under its widget's heading, which says nothing of newsletters, and a line beside it.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="contact"><div class="section-title"><h3>stay updated</h3></div><div class="box"><div class="subscribe">Subscribe to our Daily Newsletter</div><form action="/alerts/prel-alerts.php"><input name="email_newsletter" placeholder="Enter Email address" type="text"><button>submit</button></form></div><div class="daily-news"><span>Get Daily News on your Browser</span> <button>Enable</button></div></div>',
    contains: ['stay updated', 'Subscribe to our Daily Newsletter', 'Get Daily News on your Browser'],
  },
  {
    // A pitch line over a link that says the whole pitch, drawn as a button by its inline style.
    kind: 'newsletter',
    place: 'rail',
    html: '<div id="under_nllink" class="section" style="margin: 15px 0; padding: 20px 30px; background-color: #f0f0f0"><p>Example Tech の記事を毎朝メールでまとめ読み(登録無料)</p><div><a href="https://example.jp/newsletter/" style="display: inline-block; color: #fff; background-color: #b00b00; padding: 10px 20px">メールマガジン購読のお申し込み</a></div></div>',
    contains: ['毎朝メールでまとめ読み', 'メールマガジン購読のお申し込み'],
  },
  {
    // A plug whose pitch is "our free weekly newsletter", its link on the newsletter's name.
    kind: 'newsletter',
    place: 'body',
    html: '<p><strong>Related: Our free </strong><a href="https://example.org/proofpoints/"><strong>weekly newsletter</strong></a><strong> alerts you to what research says about schools and classrooms.</strong></p>',
    contains: ['Our free', 'alerts you to what research says'],
  },
  {
    // A label drawn as a title line (no heading element) over a list of the site's sponsored stories.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="story-footer"><div class="story-footer-header"><p class="story-footer-title">Sponsored Content</p></div><div class="row"><div class="item"><a href="/sponsored/arid-41761163.html"><img src="a.jpg" alt=""></a><a href="/sponsored/arid-41761163.html">Water matters: protecting our most precious resource</a><script type="speculationrules">{"prefetch": [{"source": "list", "urls": ["/sponsored/arid-41761163.html"]}]}</script></div><div class="item"><a href="/sponsored/arid-41758391.html">Turning AI ambition into action: a chipmaker leads the way</a></div><div class="item"><a href="/sponsored/arid-41757143.html">Delicious desserts and exclusive pours, perfect for the season</a></div></div></div>',
    contains: ['Sponsored Content', 'Water matters', 'Delicious desserts'],
  },
  {
    // A label over one story tile: its linked title and a long teaser.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="post-list"><div class="post-item"><div class="copy"><div class="sponsored"><h5 class="categories">Sponsored Content</h5></div><h3 class="title"><a href="/how-to-enhance-your-wellness-on-the-road/">How To Enhance Your Wellness on the Road</a></h3><p>Business travel opens doors to professional growth, but a demanding schedule and time away from home can affect how travellers feel. Below are practical ways to stay balanced during business trips.</p></div></div><div class="post-item"><div class="copy"><h5 class="categories">Hotels</h5><h3 class="title"><a href="/best-new-hotels-of-the-year/">The best new hotels of the year</a></h3><p>Our editors picked ten openings.</p></div></div></div>',
    contains: ['Sponsored Content', 'How To Enhance Your Wellness', 'practical ways'],
    excludes: ['best new hotels'],
  },
  {
    // A label over offers whose links are all marked rel="sponsored", and one link of the site's own under them.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="top-partner-offers"><p class="tpo-block-heading">Top Partner Offers</p><div class="offer"><p><a href="/go/card-a/" rel="sponsored nofollow">The Example Platinum Card</a></p><a href="/go/card-a/" rel="sponsored nofollow">Apply Now</a> <span>(at the issuer’s secure site)</span><div>Earn 150,000 points after you spend $20,000 on purchases in your first 3 months of card membership</div></div><div class="offer"><p><a href="/go/card-b/" rel="sponsored nofollow">Example Sapphire Card</a></p><a href="/go/card-b/" rel="sponsored nofollow">Apply Now</a><div>Earn 60,000 bonus points</div></div><div class="see-best"><a href="/credit-cards/best/">See Best Credit Cards</a></div></div>',
    contains: ['Top Partner Offers', 'The Example Platinum Card', 'Earn 60,000'],
  },
  {
    // A sponsor's tile: "provided by our sponsor" in its note, sponsor markup on the tile.
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="m-promo m-promo__sponsor"><div class="a-tooltip"><div class="a-tooltip__content">This content is provided by our sponsor. It is not written by and does not necessarily reflect the views of the editorial staff.</div><span class="a-sponsor__title">Sponsor</span></div><a class="m-promo__title" href="/products/whitepaper/how-a-district-improved-literacy">How a District Improved Literacy for Thousands of Students</a><div class="m-promo__sponsors">Content provided by <span>Example Learning</span></div></div>',
    contains: ['provided by our sponsor', 'How a District Improved Literacy', 'Example Learning'],
  },
  {
    // A newsletter box in Japanese: "mail magazine" names the newsletter, its sign-up ask is the link.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="newsletter-band"><p>Example Japan の記事を毎朝メールでまとめ読み（無料）</p><a href="https://japan.example.com/mailmag/">メールマガジン購読のお申し込み</a></div>',
    contains: ['毎朝メールでまとめ読み', 'メールマガジン購読のお申し込み'],
  },
  {
    // A Finnish newsletter box: "Subscribe to our newsletters! The best straight to your e-mail!" over its link.
    kind: 'newsletter',
    place: 'body',
    html: '<div class="newsletter-banner"><h2>Tilaa uutiskirjeitämme!</h2><p>Saat parhaat sisällöt suoraan sähköpostiisi! Tilaa niin monta kirjettä kuin haluat!</p><a href="https://kirjeet.example.fi">Siirry tilaamaan</a></div>',
    contains: ['Tilaa uutiskirjeitämme', 'suoraan sähköpostiisi', 'Siirry tilaamaan'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: '<p class="note">紹介した商品/サービスを購入、契約した場合に、売上の一部が弊社サイトに還元されることがあります。</p>',
    contains: ['売上の一部'],
  },
  {
    // A paragraph-long plug under its title: one link, to the sign-up page; the pitch is the link's words.
    kind: 'newsletter',
    place: 'body',
    html: '<section class="catcher"><div class="catcher__title">Pour ne rien manquer de l\'actualité économique</div><div class="catcher__desc"><p>Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes abonné, <a href="https://www.example.fr/account/newsletters">vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien</a>. Chaque jour à 12 h 30, vous y retrouverez les informations de la rédaction et son regard sur l\'actualité économique, à travers notamment la chronique du jour.</p></div></section>',
    contains: ['Pour ne rien manquer', 'Chaque jour à 12 h 30'],
  },
  {
    // A newsletter module whose stylesheet sits inside it: the CSS is no part of the box's size.
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="mod-newsletter2"><div class="form-container"><label>Recibe las noticias por e-mail</label><button type="submit" class="btn trigger_popup">CONFIGURAR BOLETINES</button></div><span class="mod-tit">Newsletter</span><style>.mod-newsletter2 { background-color: black; padding: 38px 0; position: relative; margin-bottom: 20px; } .mod-newsletter2 label { max-width: 393px; color: white; text-transform: uppercase; font-weight: bold; font-size: 36px; line-height: 44px; margin-bottom: 35px; display: block; padding: 0 0 0 80px; float: left; } .mod-newsletter2 .mod-tit { left: 98px; right: initial; max-width: initial; font-weight: 900; font-size: 120px; color: #222; position: absolute; bottom: 0; }</style></div>',
    contains: ['Recibe las noticias por e-mail', 'CONFIGURAR BOLETINES'],
  },
  {
    // A paid post in a stream of the site's latest stories: its kicker, beside the headline, is the label.
    kind: 'sponsored',
    place: 'rail',
    html: '<ul class="latest"><li><span class="kicker"><span>09:02</span> Lances abertos</span> <a href="/cidades/leilao-tem-31-veiculos-que-podem-voltar">Leilão do Tribunal tem 31 veículos que podem voltar às ruas</a></li><li><span class="kicker"><span>09:00</span> Post Patrocinado</span> <a href="/conteudo-patrocinado/tecnica-deixa-sobrancelha-perfeita">Em alta, técnica deixa sobrancelha perfeita naturalmente</a></li><li><span class="kicker"><span>08:51</span> Na avenida</span> <a href="/cidades/motorista-denunciado-por-homicidio">Motorista envolvido em racha é denunciado por homicídio</a></li><li><span class="kicker"><span>08:45</span> Sim ou não?</span> <a href="/enquete/prefeitura-deve-fechar-a-rua">Prefeitura deve fechar a rua aos domingos?</a></li></ul>',
    contains: ['Post Patrocinado', 'sobrancelha perfeita'],
    excludes: ['Lances abertos', 'Na avenida'],
  },
  {
    // A partner's tile: its label ("commercial collaboration") inside the one link to the advertiser's blog.
    kind: 'sponsored',
    place: 'rail',
    html: '<section class="partner-blogs"><a href="https://advertiser.example/blogit/hiilineutraalius"><div>Anna Example</div><div>Rohkeasti hyppy tuntemattomaan - hiilineutraaliuteen ilman vippaskonsteja</div><div><span>Kaupallinen yhteistyö</span></div></a></section>',
    contains: ['Kaupallinen yhteistyö', 'Rohkeasti hyppy'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: "<p><em>Cet article contient des liens d'affiliation, ce qui signifie qu'une commission peut être reversée à Example.</em></p>",
    contains: ["liens d'affiliation"],
  },
  {
    // A disclosure closing the byline line: its sentences alone go, the author and the date stay.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p class="entry-meta">By <span class="entry-author"><a href="/about/" rel="author">Ela</a></span> on <time datetime="2023-10-31">31 October 2023</time> | <span class="entry-comments-link"><a href="#comments">18 Comments</a></span>. This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</p>',
    contains: ['This post may contain affiliate links', 'qualifying purchases'],
    excludes: ['Ela', '31 October 2023', '18 Comments'],
  },
  {
    // The same between separators of a post's meta line, set in a note of its own at the end.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div class="post-meta">Published <time datetime="2024-01-05">Jan 5, 2024</time> by <a href="/author/sam" class="author">Sam Example</a> · <em>This post contains affiliate links, and we may earn a commission if you buy through them.</em></div>',
    contains: ['This post contains affiliate links', 'earn a commission'],
    excludes: ['Sam Example', 'Jan 5, 2024'],
  },
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
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p>Our team rounds up the best deals we found this week, with prices checked this morning.<em> Example Media has affiliate relationships with certain retailers and may receive a share of any sale; we only get commission on items you buy and keep.</em></p>',
    contains: ['has affiliate relationships', 'items you buy and keep'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: '<div class="footer-block"><h2>Amazon Affiliate</h2><div class="smalltext">Example Site® as an Amazon Associate earns from qualifying purchases.</div></div>',
    contains: ['Amazon Affiliate', 'earns from qualifying purchases'],
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
    place: 'rail',
    html: `<div class="sponsor-box"><p>Sponsored by Example Insurance</p><h4>Insure your small business</h4><p>Our agents are small business owners too, so they know what it takes to protect yours.</p></div>`,
    contains: ['Sponsored by Example Insurance', 'Our agents are small business owners too'],
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
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="newsletter-promo"><h4>Markets Daily</h4><p>Get the day's biggest market stories delivered to your inbox.</p><button>Sign up</button></div>`,
    contains: ['Markets Daily', 'delivered to your inbox'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<section><h4>Before the bell</h4><p>Sign up for our morning newsletter and start the day ahead of the market.</p><a class="btn" href="/newsletters/signup">Subscribe</a></section>`,
    contains: ['Before the bell', 'morning newsletter'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div class="commerce-inset"><div>Example Media may get a commission</div><a href="https://shop.example/deal">Noise-cancelling headphones, 30% off</a><p>A pair our reviewers liked, now at its lowest price this year at the retailer.</p></div>',
    contains: ['may get a commission', 'lowest price this year'],
  },
  {
    kind: 'sponsored',
    place: 'body',
    html: `<div class="ad-slot"><div>Sponsored by Example Bank</div><a href="https://bank.example/savings">Grow your savings</a><p>Our savings account pays one of the highest rates in the country, with no fees and no minimum balance to open an account today.</p></div>`,
    contains: ['Sponsored by Example Bank', 'no minimum balance'],
  },
  {
    kind: 'promoted-widget',
    place: 'rail',
    html: `<section class="recirc"><h3>From the Web</h3><ul><li><a href="https://one.example/a">Why this city is the cheapest place to retire</a></li><li><a href="https://two.example/b">The car everyone is talking about this year</a></li><li><a href="https://three.example/c">Ten gadgets that pay for themselves</a></li></ul></section>`,
    contains: ['From the Web', 'cheapest place to retire'],
  },
  {
    // A stream tile whose "Sponsored" is itself a link (to the ad notice), its title a paid link out.
    kind: 'sponsored',
    place: 'body',
    html: `<div class="stream-item"><div class="thumb"></div><h3><a href="https://ads.example/click?id=1" rel="nofollow noopener">This strategy game will keep you up all night</a></h3>
      <div><a href="https://ads.example/click?id=1">Stormfall: Age of War</a><a href="https://help.example/ad-notice">Sponsored</a></div></div>`,
    contains: ['This strategy game', 'Stormfall', 'Sponsored'],
  },
  {
    // A tile's label sits above the tile's linked headline: the one heading is the tile's own, not another box's.
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="post"><figure><div><a href="/guide"><img alt=""></a><span class="category cat-sponsored">Sponsored</span></div>
      <figcaption><h3><a href="/guides/spring-games">The spring games guide from our partner</a></h3></figcaption></figure></div>`,
    contains: ['Sponsored', 'spring games guide'],
  },
  {
    // Heading and pitch in sign-up markup, the Subscribe button just outside it.
    kind: 'newsletter',
    place: 'body',
    html: `<div class="signup-rail"><div class="sidebar__newsletter"><h3>Newsletter</h3><p><em>Get Example Magazine delivered to your inbox</em></p></div>
      <div><a href="/newsletter"><button>Subscribe now</button></a></div></div>`,
    contains: ['Newsletter', 'delivered to your inbox', 'Subscribe now'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="social-connect"><p class="head">Example <span>Connect</span></p><div class="icons"><a href="https://facebook.example/news" title="Facebook"></a><a href="https://video.example/news" title="Videos"></a></div>
      <div class="signup"><p><span>Sign Up</span> For Our Newsletter</p><form action="/newsletter-signup/"><input type="text" name="email" placeholder="email address"><input type="submit" value="Submit"></form></div></div>`,
    contains: ['Example Connect', 'Sign Up For Our Newsletter'],
  },
  {
    // A pitch that never says "newsletter": news by e-mail is what "sign up to receive news" offers.
    kind: 'newsletter',
    place: 'rail',
    html: `<section class="module module--newsletter"><h4>Get connected with the Bureau</h4><div class="newsletter__text"><p>Be the first to know. Sign up to receive news about our programs, standards and events!</p></div>
      <a class="btn" href="https://portal.example.org/form?id=1">Sign up now</a></section>`,
    contains: ['Get connected', 'Sign up to receive news', 'Sign up now'],
  },
  {
    // A sign-up box in a footer menu: its own pitch and button, not a menu item that names newsletters.
    kind: 'newsletter',
    place: 'rail',
    html: `<nav class="footer-nav"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/store">Store</a></li></ul>
      <section class="footer-signup"><h3><a href="/newsletters/">Newsletter Signup</a></h3><p>Join our mailing list to get weekly updates delivered to your inbox.</p><a class="button" href="/newsletters/">Sign me up</a></section></nav>`,
    contains: ['Newsletter Signup', 'delivered to your inbox', 'Sign me up'],
  },
  {
    // An e-mail form in a header flyout marked as navigation.
    kind: 'newsletter',
    place: 'rail',
    html: `<div role="navigation"><a href="/">Home</a><div class="flyout-section"><h2>Email Updates</h2><form action="/mailing_list"><label for="flyout-email">Email address:</label><input id="flyout-email" name="email" type="email"><input type="submit" value="Sign up"></form></div></div>`,
    contains: ['Email Updates', 'Email address:'],
  },
  {
    // A sign-up form box whose pitch is a full paragraph inside the article: the form's, not the story's.
    kind: 'newsletter',
    place: 'body',
    html: `<div class="more-box"><div class="more-head"><p>Love this? Want more?</p><p>Sign up for our newsletter and never miss out on the best stories about markets!</p></div>
      <div class="entry"><input type="text" placeholder="Email address..." name="input"><input type="submit" value="Sign up!"></div></div>`,
    contains: ['Want more?', 'never miss out on the best stories'],
  },
  {
    // An exchange list under its label: more than 400 characters of headlines that all leave the site.
    kind: 'promoted-widget',
    place: 'rail',
    html: `<div class="web-widget"><h3 class="widget-header">Around The Web</h3><div class="headlines-row"><div class="headlines"><a href="https://one.example/"><img alt=""></a><ul><li><a href="https://one.example/0" rel="nofollow">Singer says her farewell tour will be the very last one</a></li><li><a href="https://one.example/1" rel="nofollow">Reality star welcomes her first child, a baby girl</a></li><li><a href="https://one.example/2" rel="nofollow">Talent show judge speaks out after being let go</a></li></ul></div><div class="headlines"><a href="https://two.example/"><img alt=""></a><ul><li><a href="https://two.example/3" rel="nofollow">Ten films so bad that they are good, ranked by our critics</a></li><li><a href="https://two.example/4" rel="nofollow">The fighting game's newest finishing move is its grisliest</a></li><li><a href="https://two.example/5" rel="nofollow">What happens when you get bored on a long plane ride</a></li></ul></div><div class="headlines"><a href="https://three.example/"><img alt=""></a><ul><li><a href="https://three.example/6" rel="nofollow">College basketball's best players and a shot at a prize</a></li><li><a href="https://three.example/7" rel="nofollow">Couple caught on tape arguing outside a restaurant</a></li><li><a href="https://three.example/8" rel="nofollow">Pop star spotted driving a new sports car around town</a></li></ul></div></div></div>`,
    contains: ['Around The Web', 'Singer says', 'new sports car'],
  },
  {
    // A widget heading split over two text nodes and itself a link to the widget's page, over headlines that leave the site.
    kind: 'promoted-widget',
    place: 'rail',
    html: `<div class="the-most"><div class="module-header"><a href="/themost">The Most <span class="section">Popular All Over</span></a></div><ul><li><a href="https://one.example/a"><img alt=""></a><a href="https://one.example/"><div class="feedname">One Example</div></a><a href="https://one.example/a"><div class="headline">Twelve dogs who are smothering the cat with love</div></a></li><li><a href="https://two.example/b"><div class="headline">Why a city bus driver went back to school at sixty</div></a></li><li><a href="https://three.example/c"><div class="headline">The forgotten island where time seems to stand still</div></a></li></ul></div>`,
    contains: ['The Most Popular All Over', 'smothering the cat', 'time seems to stand still'],
  },
  {
    // A heading that says the links under it are paid, over the sponsors' articles hosted on the site itself, with a
    // smaller house list tucked under it: the heading's box.
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="footer-top"><h3>Health Solutions <span>From Our Sponsors</span></h3><div class="cols"><ul><li><a href="/heart/video-sponsored-heart">Controlling Heart Disease</a></li><li><a href="/allergy/sponsored-relief">Allergy Relief</a></li></ul><ul><li><a href="/copd/alpha-kit">COPD and Alpha-1</a></li><li><a href="/knee/new-treatment">Knee Pain Relief</a></li></ul></div><div class="more"><h5>More From Example:</h5><a href="/ra/slideshow">RA Basics</a>|<a href="/diabetes/myths">Diabetes Diet Myths</a></div></div>`,
    contains: ['From Our Sponsors', 'Controlling Heart Disease', 'Knee Pain Relief'],
  },
  {
    // A sign-up form with a country drop-down of 250 options: a reader sees one of them, so the box stays small.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="subscribe-wrapper"><form class="billboard" action="/newsletter/" method="post"><h3>Get Example news</h3><input name="email" type="email" placeholder="YOUR EMAIL HERE"><select name="country">${Array.from({ length: 250 }, (_, i) => `<option value="c${i}">Country number ${i}</option>`).join('')}</select><label><input type="checkbox" name="privacy"> I'm okay with Example handling my info as explained in this Privacy Policy</label><button type="submit">Sign up now</button></form></div>`,
    contains: ['Get Example news', 'Privacy Policy'],
  },
  {
    // A sign-up promo inside the article whose e-mail field a script builds: only the field's label is in the page.
    kind: 'newsletter',
    place: 'body',
    html: `<div class="promo-box"><div class="promo-head">Get Even More From Example — Sign Up For The Newsletter</div><div><label for="email-signup">From market moves to money advice, our daily newsletter has everything you need to start the day.</label></div></div>`,
    contains: ['Sign Up For The Newsletter', 'our daily newsletter'],
  },
  {
    // One tile of a story stream whose link holds "Sponsored" beside its headline; its siblings are the site's own
    // stories. In the article body: the tile's headline is no article paragraph.
    kind: 'sponsored',
    place: 'body',
    html: `<div class="read-more"><h3>Read More</h3><div class="tiles">
      <div class="tile"><a href="/markets/central-bank-holds-rates-b1155387.html"><div class="thumb"></div><p class="tile-text">Central bank holds rates as inflation cools again in May</p></a></div>
      <div class="tile"><a href="/markets/oil-slips-demand-outlook-b1155384.html"><div class="thumb"></div><p class="tile-text">Oil slips as traders weigh the demand outlook for summer</p></a></div>
      <div class="tile"><a href="/homes/new-riverside-homes-for-sale-b1128477.html"><div class="thumb"><div class="badge">Sponsored</div></div><p class="tile-text">First look at exceptional new riverside homes for sale this year</p></a></div></div></div>`,
    contains: ['Sponsored', 'riverside homes'],
  },
  {
    // A brand post among story cards: "Sponsored by <Brand>" and the headline inside one whole-card link.
    kind: 'sponsored',
    place: 'rail',
    html: `<section class="suggested"><div class="items">
      <div class="item"><a href="/article/4052001/ai-budgets-grow.html"><div class="card"><div class="card__header"><span>news</span></div><h3>AI budgets grow as boards ask for returns</h3></div></a></div>
      <div class="item"><a href="/article/4052002/plan-for-outages.html"><div class="card"><div class="card__header"><span>feature</span></div><h3>How technology chiefs plan for the next outage</h3></div></a></div>
      <div class="item"><a href="/article/4052371/ransomware-is-not-what-it-was.html"><div class="card"><div class="card__header"><span>brandpost</span> <span>Sponsored by Example Cloud</span></div><h3>Ransomware is not what it used to be</h3><div><span>By A. Writer, Example Cloud</span></div></div></a></div></div></section>`,
    contains: ['Sponsored by Example Cloud', 'Ransomware is not what it used to be'],
  },
  {
    // A sign-up promo whose form is a click away, with a log-in button for readers who have an account already.
    kind: 'newsletter',
    place: 'body',
    html: `<div class="newsletter-component"><h4>Inside politics newsletter</h4><h4>The latest news from parliament and beyond, direct to your inbox every weekday</h4><div><a class="register-btn" href="/register?newsletter=politics">Sign up</a><p>Already have an account? <button>Log in here</button></p></div></div>`,
    contains: ['Inside politics newsletter', 'direct to your inbox', 'Log in here'],
  },
  {
    // The page footer's legal block, the disclosure sentence among the copyright and terms (over 500 characters).
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<footer class="site-footer"><div class="legal">© 2024 Example Media. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our <a href="/user-agreement/">User Agreement</a> and <a href="/privacy-policy/">Privacy Policy and Cookie Statement</a> and <a href="/addendum/">Example News Addendum</a> and <a href="/privacy-policy/#california">Your California Privacy Rights</a>. Example News may earn compensation on sales from links on this site. <a href="/affiliate-link-policy/">Read our affiliate link policy</a>. The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Example Media. <a href="https://ads.example/">Ad Choices</a></div></footer>`,
    contains: ['may earn compensation on sales from links', 'Read our affiliate link policy'],
  },
  {
    // An Italian disclosure: a purchase through a link in the text earns the site a commission.
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<div class="widget-tooltip"><span>Example.it sceglie e raccomanda in maniera indipendente prodotti e servizi. Ogni volta che viene fatto un acquisto attraverso uno dei link presenti nel testo, Example.it riceve una commissione senza alcuna variazione del prezzo finale.</span></div>`,
    contains: ['riceve una commissione'],
  },
  {
    // A German one, set as a note in the article body.
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<p><small>Hinweis: Wir erhalten eine Provision, wenn Sie über einen der mit * markierten Links einkaufen. Für Sie ändert sich der Preis nicht.</small></p>`,
    contains: ['Wir erhalten eine Provision'],
  },
  {
    // The publisher's own "Sponsored Links" box (sponsor markup, no recommendation vendor's): sponsored, not a widget.
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="sponsored-links"><p class="sponsored-links__title">Sponsored Links</p><ul><li><a href="https://adclick.example/clk?id=1">Reimagine tomorrow with a future-ready consulting partner.</a></li><li><a href="https://adclick.example/clk?id=2">The fastest laptops with multi-day battery life for business.</a></li></ul></div>`,
    contains: ['Sponsored Links', 'multi-day battery life'],
  },
  {
    // A one-sentence plug under a list of links: a sentence with its sign-up link, in words of its own.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="link-stack-footer"><div><p><a href="/newsletter/daily">Sign up</a> for our daily newsletter to receive the best stories from <em>Example Magazine</em>.</p></div></div>`,
    contains: ['Sign up', 'best stories from Example Magazine'],
  },
  {
    // A one-sentence plug inside the article's column (Readability keeps it): its sign-up link, its own words.
    kind: 'newsletter',
    place: 'body',
    html: `<p><em>[What you need to know to start the day: <a href="/newsletters/today">Get Example Today in your inbox</a>.]</em></p>`,
    contains: ['Get Example Today in your inbox'],
  },
  {
    // A pitch beside its sign-up button in the article's column (the button opens the form).
    kind: 'newsletter',
    place: 'body',
    html: `<div class="cta"><p>Want more stories like this? Subscribe to our free weekly newsletter.</p><button type="button" data-target="#nl">Subscribe</button></div>`,
    contains: ['Want more stories like this', 'Subscribe'],
  },
  {
    // A French plug with its link to the sign-up page.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="bloc-nl"><p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.</p><a href="/newsletters">Je m'inscris</a></div>`,
    contains: ['Inscrivez-vous à notre newsletter'],
  },
  {
    // A footer sign-up box: its heading and pitch say "newsletter" without the word; the form is the box's.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="footer-col"><h4>Stay in the know</h4><p>Our editors' picks, twice a week.</p><form action="/s"><input type="email" placeholder="Email address"><button>Join</button></form></div>`,
    contains: ['Stay in the know', "editors' picks"],
  },
  {
    // The same box whose button asks ("Sign up"): the box is the heading's too, not the form alone.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="footer-col"><h4>The Evening Wrap</h4><p>Markets, in five minutes, every weekday at six.</p><form action="/s"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>`,
    contains: ['The Evening Wrap', 'every weekday at six'],
  },
  {
    // A promo tile in a row of the site's own tiles: one link, its name and its pitch on lines of their own.
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="promo-row"><a href="/apps"><div>Example Apps</div><div>Read us on the go, wherever you are</div></a><a href="/newsletter_manage"><div><div>Example Newsletters</div><div>Our Best Stories in Your <span>Inbox</span></div></div></a><a href="/podcasts"><div>Example Podcasts</div><div>Listen to our shows each week</div></a></div>`,
    contains: ['Example Newsletters', 'Our Best Stories in Your Inbox'],
  },
  {
    // A sign-up box whose form a script builds: its markup, its heading and its pitch.
    kind: 'newsletter',
    place: 'body',
    html: `<div class="newsletter-signup-container"><h2><span>Example Daily</span></h2><p>Keep up with the latest daily buzz with the Example Daily newsletter!</p></div>`,
    contains: ['Example Daily', 'Keep up with the latest daily buzz'],
  },
  {
    // A Japanese sponsor banner: "- PR -" after the link's words, in a box marked as a sponsor's.
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="header-sponsor"><a class="header-sponsor__banner" href="/top/living/example/"><div class="header-sponsor__img"></div><p class="header-sponsor__text">Ｅｘａｍｐｌｅの関連記事はこちらから<i>- PR -</i></p></a></div>`,
    contains: ['関連記事', '- PR -'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p class="commission-disclaimer-message">Example content and product recommendations are editorially independent. We may make money when you click on links to our partners.</p>',
    contains: ['editorially independent', 'We may make money'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p class="disclaimer-text_revenue">Things you buy through our links may earn Example Magazine a commission.</p>',
    contains: ['may earn Example Magazine a commission'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: '<section class="widget"><h4>Amazon Associates Disclosure</h4><div>This website is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for sites to earn advertising fees by advertising and linking to amazon.com.</div></section>',
    contains: ['Amazon Associates Disclosure', 'earn advertising fees'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="c-sponsored-article"><h3>Content from our partners</h3>
      <div><a href="https://partner-one.example.org/ai-hybrid-cloud">When AI meets hybrid cloud in the data centre</a></div>
      <div><a href="https://partner-two.example.org/prize">A prize to reward AI innovations for the public good</a></div>
      <div><a href="https://partner-three.example.org/insurers">Insurers can enhance customer experience with generative AI</a></div></div>`,
    contains: ['Content from our partners', 'When AI meets hybrid cloud', 'Insurers can enhance'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="sponsored-post"><span>Sponsored by</span><img src="/brand-logo.png" alt="">
      <a href="https://brand.example.org/offer">How one retailer cut its delivery times in half this year</a>
      <p>A look at the logistics behind next-day shipping, from the warehouse to the van.</p></div>`,
    contains: ['Sponsored by', 'How one retailer cut its delivery times'],
  },
  // A box under a heading that names a newsletter, with its way to sign up: a link to the sign-up page, a frame, a
  // button; its paragraphs are the box's, not the article's.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="factbox"><span><h3>Sign up for the Example newsletter</h3></span><div><p>Never miss the latest news by signing up to our newsletter today!</p>
      <p>Simply pop your email <a href="https://news.example.com/news/sign-up-newsletter-123">into the box at the top of this article</a> and get all the latest news direct to you.</p>
      <p>You can unsubscribe from this service at any time, and your data will not be shared with any other party.</p></div></div>`,
    contains: ['Sign up for the Example newsletter', 'unsubscribe from this service'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="signup"><h4>Sign up for our Daily Briefing</h4><iframe src="https://examplenews.substack.com/embed" width="480" height="150"></iframe></div>`,
    contains: ['Sign up for our Daily Briefing'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="box"><h3>The Daily Brief</h3><p>The day's top business stories, every weekday morning.</p><a class="btn" href="/newsletters/daily-brief">Subscribe</a></div>`,
    contains: ['The Daily Brief', 'every weekday morning', 'Subscribe'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="box"><h3>Join our mailing list</h3><p>The week's best stories, every Friday.</p><form><input type="text" name="email" placeholder="Email"><button>Join</button></form></div>`,
    contains: ['Join our mailing list', 'every Friday'],
  },
  // A form whose only words are its button's climbs to the pitch above it.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="panel"><div class="panel-body"><p>Stay savvy. Get the latest in markets by subscribing to Market Today.</p><ul class="search"><li>
      <form action="/process/newsletters.php"><input type="email" name="email" placeholder="Your email here."><button type="submit">SUBSCRIBE</button></form></li></ul></div></div>`,
    contains: ['Stay savvy', 'SUBSCRIBE'],
  },
  // A promo bar: one link holding the pitch and its call to action.
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="promo-bar"><a href="https://news.example.com/exclusive-newsletter/"><strong>Get VIP Access: Political Hack, the best-read political newsletter, now for just $5/month.</strong> <span class="cta-link">SIGN UP NOW &gt;&gt;</span></a></div>`,
    contains: ['Get VIP Access', 'SIGN UP NOW'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="box"><div>PAID POST</div><a href="https://brand.example.com/story"><h3>What the future of flying looks like</h3></a><p>From the people who build the engines.</p></div>`,
    contains: ['PAID POST', 'What the future of flying looks like'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="widget"><h3>From our advertisers</h3><ul><li><a href="https://a.example.org/1">The card experts use for travel rewards</a></li>
      <li><a href="https://b.example.org/2">Why homeowners are switching insurers this year</a></li><li><a href="https://c.example.org/3">A simple way to consolidate your debt</a></li></ul></div>`,
    contains: ['From our advertisers', 'consolidate your debt'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<section class="offers"><h3>Partner offers</h3><div><a href="https://cards.example.net/a">Earn 60,000 bonus points with this card</a></div><div><a href="https://cards.example.net/b">0% intro APR until 2026</a></div></section>`,
    contains: ['Partner offers', '0% intro APR'],
  },
  // A paid tile in a stream of the site's stories, its label inside the tile's link.
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<ul class="stream"><li><a href="/2024/05/01/markets-slide-on-rate-fears-again">Markets slide on rate fears as yields climb</a></li>
      <li><a href="https://brand.example.com/go"><span class="tag">Sponsored</span> Six ways to cut your energy bill this winter</a></li>
      <li><a href="/2024/05/01/oil-steadies-after-opec-meeting">Oil steadies after OPEC meeting in Vienna</a></li><li><a href="/2024/05/01/banks-rally-on-earnings-beat">Banks rally on earnings beat across the sector</a></li></ul>`,
    contains: ['Six ways to cut your energy bill'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<p><em>Example Post may receive a share from purchases made via links on this page. Every item is independently selected by our editors.</em></p>`,
    contains: ['may receive a share from purchases'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<div><p>If you buy something through a link in this article, we may get a small share of the sale.</p></div>`,
    contains: ['small share of the sale'],
  },
  // A short note that discloses over several sentences, in German: the links are affiliate links; "we" get a commission.
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<i>In diesem Artikel sind Affiliate-Links enthalten. Durch einen Klick darauf gelangen Sie direkt zum Anbieter. Sollten Sie sich dort für einen Kauf entscheiden, erhalten wir eine kleine Provision.</i>`,
    contains: ['Affiliate-Links enthalten', 'kleine Provision'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<div class="affiliate_info">Die gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision. <a href="/affiliate">Mehr Infos</a></div>`,
    contains: ['Affiliate-Links', 'Mehr Infos'],
  },
  // A heading and a pitch whose form a script builds (nothing to click in the saved page).
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="cta"><h3>Want to subscribe to the Example Weekly newsletter?</h3><p>I write a weekly-ish newsletter on markets called <a href="/weekly">Example Weekly</a>.</p><p>You can sign up via email below.</p><div class="form-mount"></div></div>`,
    contains: ['Want to subscribe', 'sign up via email below'],
  },
  // A sign-up box with its button and consent fine print, whatever its pitch says.
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="sign-up-box"><h3><a href="/newsletters/morning-money">Morning Money</a></h3><p>Delivered daily by 8 a.m., the latest news in finance, politics and policy.</p>
      <p class="form-policy">By signing up you agree to allow Example to collect your user information and send you email newsletters or updates. You further agree to our <a href="/privacy">privacy policy</a> and <a href="/terms">terms of service</a>. You can unsubscribe at any time.</p>
      <button type="submit">Sign Up</button></div>`,
    contains: ['Morning Money', 'unsubscribe at any time', 'Sign Up'],
  },
  // A sidebar box marked as a sign-up whose one link is the whole pitch.
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="sidebar__widget newsletter-first"><div class="widget__newsletter-cta"><a class="widget__newsletter-cta__link" href="#"><span>Hier unseren Newsletter kostenlos abonnieren</span></a></div></div>`,
    contains: ['Newsletter kostenlos abonnieren'],
  },
  // A sidebar widget headed by a sponsor label over teasers whose titles are linked headings of their own.
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<aside class="widget widget_featured_posts"><h3 class="widget-title"><span>Sponsored Posts</span></h3>
      <div class="single-article"><span class="cat-links"><a href="/category/software/">Software</a> <a href="/category/sponsored-post/">sponsored-post</a></span><h3 class="entry-title"><a href="/new-open-platform-strategy-for-retailers/">New open platform strategy for retailers</a></h3><p>Online marketplaces drive growth.</p></div>
      <div class="single-article"><span class="cat-links"><a href="/category/software/">Software</a></span><h3 class="entry-title"><a href="/master-data-quality-in-wholesale-trade/">Master data quality in wholesale trade</a></h3></div>
      <div class="single-article"><span class="cat-links"><a href="/category/cloud/">Cloud</a></span><h3 class="entry-title"><a href="/cloud-erp-for-mid-sized-companies/">Cloud ERP for mid-sized companies</a></h3></div></aside>`,
    contains: ['Sponsored Posts', 'Cloud ERP for mid-sized companies'],
  },
  // German: "Anzeige" (advertisement) over a paid tile that links out.
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="teaser"><span class="label">Anzeige</span><a href="https://partner.example.de/angebot"><h3>So sparen Familien beim Strom wirklich Geld</h3></a><p>Tipps vom Energieversorger.</p></div>`,
    contains: ['Anzeige', 'So sparen Familien'],
  },
  // The Amazon Associates boilerplate, and the finance sites' advertiser disclosure ("... from which X receives compensation").
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<aside class="widget"><h2 class="widget-title">Amazon Associates Program</h2><div class="textwidget"><p>Example.com is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for sites to earn advertising fees by advertising and linking to amazon.com.</p></div></aside>`,
    contains: ['Amazon Associates Program', 'earn advertising fees'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<section class="disclosure-note"><p><em>The credit card offers that appear on the website are from credit card companies from which ExamplePoints.com receives compensation. This compensation may impact how and where products appear on this site.</em></p></section>`,
    contains: ['from which ExamplePoints.com receives compensation'],
  },
  // A sign-up box marked as one whose form is served in a frame.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="article__content-sign-up"><div class="article__content-sign-up-topic">Unlock the Editor's Digest for free</div><p>Our editor selects her favourite stories in this weekly newsletter.</p><iframe src="https://signup.example.com/widget" height="120"></iframe></div>`,
    contains: ["Editor's Digest", 'weekly newsletter'],
  },
  // A paragraph that is all one link to the sign-up page, and a plug whose link's call to action follows its sentence.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<p class="standout"><a href="https://news.example.com/mailing-list/"><strong>Sign up for the free daily Example newsletter for more airline news!</strong></a></p>`,
    contains: ['Sign up for the free daily Example newsletter'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="post-boilerplate"><p><em>Join our daily and weekly newsletters for the latest updates and exclusive content on industry-leading AI coverage. <a href="/newsletters/?utm_source=site">Learn More</a></em></p></div>`,
    contains: ['Join our daily and weekly newsletters', 'Learn More'],
  },
  // A sign-up form takes the one paragraph beside it that says what it signs up for.
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div><div><p><strong>Food &amp; Drink: </strong>A weekly newsletter featuring new writing by our critic and the latest restaurant reviews. Hot off the grill every Friday.</p>
      <div class="wp-block-mailchimp"><form><p><input type="email" name="email" placeholder="Your email"></p><button type="submit">Sign up for Food &amp; Drink emails</button></form></div></div></div>`,
    contains: ['A weekly newsletter featuring new writing', 'Sign up for Food & Drink emails'],
  },
  // A plug whose ask comes after other sentences ("Fight disinformation. ... Sign up for the free X newsletter.").
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="text-cta"><p>Fight disinformation. Get a daily recap of the facts that matter. <a href="/newsletters/?src=cta">Sign up for the free Example newsletter.</a></p></div>`,
    contains: ['Fight disinformation', 'Sign up for the free Example newsletter'],
  },
  // A bold line closing a story that is one link to the sign-up page.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="story-end"><p>The restaurant is open Tuesday to Sunday from noon, and reservations are recommended on weekends.</p><b><a href="/city/Newsletters/Page">Subscribe to Example Times newsletters.</a></b></div>`,
    contains: ['Subscribe to Example Times newsletters.'],
  },
  // A styled line that asks the reader to sign up in its own words, closing on its pitch, its link anywhere.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<p>The park opens at nine, and the queues are shortest in the first hour after that, staff said.</p><p><b><b><i>Check out</i></b> <a href="https://data.example.net/231902977" rel="nofollow"><b><i>more of the Example Star’s latest travel stories</i></b></a> <b><i>by signing up to our free weekly newsletter</i></b></b></p>`,
    contains: ['Check out', 'by signing up to our free weekly newsletter'],
  },
  // A box marked as a sign-up whose form a script builds: its heading and a line saying how often it comes.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div data-testid="NewsletterSubscribeFormWrapper" class="newsletter-subscribe-form"><div class="hed-dek"><h3>Get 10 to Hear</h3><div class="dek">Catch up every Saturday with 10 of our best-reviewed albums of the week, picked by our critics</div></div><div class="inputs"></div></div>`,
    contains: ['Get 10 to Hear', 'Catch up every Saturday'],
  },
  // A plug that closes with the blogger's social links: they do not make it a link list.
  {
    kind: 'newsletter',
    place: 'body',
    html: `<p><strong>Wish to learn more about home cooking? </strong>Sign up for our <strong>free </strong><a href="https://blog.example.com/subscribe/">newsletter</a> to receive cooking tips &amp; recipe updates! And stay in touch with me on <a href="https://www.facebook.com/example">Facebook</a>, <a href="https://www.pinterest.com/example/">Pinterest</a>, <a href="https://www.youtube.com/user/example">YouTube</a>, and <a href="https://www.instagram.com/example/">Instagram</a>.</p>`,
    contains: ['Sign up for our', 'Instagram'],
  },
  // A one-person blog's disclosure, in the post and in the sidebar ("I earn"), with the sentence that reassures.
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<p class="has-small-font-size">This post contains affiliate links. I may earn commission from qualifying purchases at no additional cost to you. I will never recommend a product I don’t use or trust.</p>`,
    contains: ['This post contains affiliate links', 'never recommend a product'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<section class="widget widget_block"><p>DISCLAIMER: As an Amazon Associate, I earn a commission from qualifying purchases at no added cost to you.</p></section>`,
    contains: ['DISCLAIMER: As an Amazon Associate'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: `<div class="legal"><p>Example Housekeeping participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites.</p></div>`,
    contains: ['participates in various affiliate marketing programs'],
  },
  // A sign-up form that ships its stylesheet inside it, under a kicker and a title with style blocks between them.
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="col"><style>.kt-h1{color:#f76a0c;padding:0}</style><h6>FREE EMAIL SERIES!</h6><style>.kt-h2{font-style:normal;color:#f76a0c;padding-top:0;padding-right:0;padding-bottom:0;padding-left:0}</style><h3>25 recipes to FALL for this season</h3><p>Get ready to fall in love with chilly weather and shorter days with fresh new recipes for autumn!</p><form action="https://app.example.com/forms/1/subscriptions"><input type="email" name="email_address" placeholder="Email Address"><button>SUBSCRIBE</button><style>${'.formkit-form[data-uid="a4c"] .formkit-input{width:100%;border:1px solid #e3e3e3;border-radius:4px;padding:12px}'.repeat(40)}</style></form></div>`,
    contains: ['25 recipes to FALL', 'SUBSCRIBE'],
  },
  // A paragraph that is one link to the newsletters page, its pitch with "subscribing".
  {
    kind: 'newsletter',
    place: 'body',
    html: `<p><strong><a href="https://www.example.com/Newsletters/">KEEP UPDATED on the latest news by subscribing to our FREE newsletter.</a></strong></p>`,
    contains: ['by subscribing to our FREE newsletter'],
  },
  // A sign-up bar: a short ask and one link marked as the sign-up button (beside a flag that switches language).
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="widget-wrap"><div class="textwidget"><p>Never miss a delicious recipe! <a class="subscribe-button" href="https://view.example.com/pages/6113">Sign up</a> <a class="site-switcher" href="https://blog.example.com/de/"><img src="/flag-de.png" alt="" width="24" height="24"></a></p></div></div>`,
    contains: ['Never miss a delicious recipe!', 'Sign up'],
  },
  // A post's own sponsorship note, its sponsor's link marked paid.
  {
    kind: 'sponsored',
    place: 'body',
    html: `<p class="has-text-align-center"><em>This post about pickling vegetables at home was sponsored by <a rel="noopener sponsored" href="https://sponsor.example.com/x">Anova</a>, and all opinions expressed in my post are my own.</em></p>`,
    contains: ['was sponsored by'],
  },
  // A story tile credited to its sponsor below its title ("Brought to you by <a rel=sponsored>X</a>").
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<ul class="list"><li><a class="title" href="/recipe/quick/raspberry-blondies-25925/">White chocolate, raspberry and macadamia blondies</a><div class="card-sponsor"><span>Brought to you by</span> <a href="https://www.nuts.example.org/consumer/" rel="sponsored external">Example Macadamias</a></div></li><li><a class="title" href="/recipe/dinner/beef-lasagne-2131/">Beef, spinach and ricotta lasagne</a></li><li><a class="title" href="/recipe/dinner/pumpkin-soup-2214/">Roast pumpkin soup with sage butter</a></li></ul>`,
    contains: ['White chocolate, raspberry', 'Brought to you by'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<p><strong>Abonnieren Sie unseren kostenlosen <a href="/newsletter">Wirtschafts-Newsletter</a> und erhalten Sie jeden Morgen die wichtigsten Meldungen.</strong></p>',
    contains: ['Abonnieren Sie unseren', 'wichtigsten Meldungen'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<div class="nl-teaser"><p>Sie möchten keine Nachrichten mehr verpassen? Melden Sie sich jetzt für unseren Newsletter an.</p><a class="btn" href="/newsletter/anmeldung">Zur Anmeldung</a></div>',
    contains: ['keine Nachrichten mehr verpassen', 'Zur Anmeldung'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: '<div class="teaser teaser--newsletter"><span class="teaser__kicker">Newsletter</span><a href="/newsletter" class="teaser__link"><h3>Der Tag im Überblick</h3><p>Jeden Abend die wichtigsten Nachrichten direkt in Ihr Postfach</p></a></div>',
    contains: ['Newsletter', 'direkt in Ihr Postfach'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="footer-row"><ul class="links"><li><a href="/newsletters">Newsletters</a></li><li><a href="/podcasts">Podcasts</a></li><li><a href="/events">Events</a></li></ul>
      <div class="signup"><p>Get our daily newsletter</p><form><input type="email"><button>Go</button></form></div></div>`,
    contains: ['Get our daily newsletter'],
    excludes: ['Podcasts'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<div class="inline-newsletter"><a href="/newsletters" class="inline-newsletter__link">Newsletter sign-up &gt;</a></div>',
    contains: ['Newsletter sign-up'],
  },
  {
    kind: 'sponsored',
    place: 'body',
    html: '<div class="anzeige"><span class="label">Anzeige</span><a href="https://shop.example/angebot" rel="sponsored"><h4>Jetzt 30 Prozent sparen: Laptops im Angebot</h4><p>Nur für kurze Zeit bei Shop.example</p></a></div>',
    contains: ['Anzeige', 'Nur für kurze Zeit'],
  },
  {
    kind: 'sponsored',
    place: 'body',
    html: `<section class="from-partners"><h2>From Our Partners</h2><div class="card"><a href="https://partner.example/a"><h3>The smartest way to refinance right now</h3></a><span>LendingCo</span></div>
      <div class="card"><a href="https://partner.example/b"><h3>Top-rated credit cards with 0% intro APR</h3></a><span>CardCompare</span></div></section>`,
    contains: ['From Our Partners', 'CardCompare'],
  },
  {
    kind: 'promoted-widget',
    place: 'body',
    html: `<div class="promoted-links"><h3>Promoted Stories</h3><div class="item"><a href="https://ads.example/1"><img src="1.jpg" alt=""><span>Retirees Are Loving This New Card</span></a></div>
      <div class="item"><a href="https://ads.example/2"><img src="2.jpg" alt=""><span>Genius Trick To Lower Your Bills</span></a></div>
      <div class="item"><a href="https://ads.example/3"><img src="3.jpg" alt=""><span>The Car Brand With The Fewest Repairs</span></a></div></div>`,
    contains: ['Promoted Stories', 'Fewest Repairs'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<div class="disclosure">Editorial Disclosure: Opinions, reviews, analyses &amp; recommendations are the author\'s alone. This site may be compensated through the bank advertiser Affiliate Program.</div>',
    contains: ['Editorial Disclosure', 'Affiliate Program'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<ul><li>Die Zeitung auch als <strong>App</strong> – für <a href="https://play.example/app">Android</a> und <a href="https://apps.example/app">iOS</a>.</li>
      <li>Die Zeitung auch bei <strong>Social Media</strong> – ob <a href="https://instagram.example/z">Instagram</a> oder <a href="https://facebook.example/z">Facebook</a>.</li>
      <li>Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen <strong>Beispiel-Newsletter</strong> richtig – <a href="/newsletter/der-taegliche-newsletter.html">hier entlang</a>.</li></ul>`,
    contains: ['Sie mögen den Tag kompakt', 'hier entlang'],
    excludes: ['Social Media'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: `<div class="it-ad"><b>PODCAST #169: Neue Folge | <a href="/podcast/">Alle Folgen</a></b><hr>Links auf Online-Shops in Artikeln können sogenannte Affiliate-Links sein. Wenn ihr über diesen Link einkauft, erhält BEISPIEL.de vom Anbieter eine Provision. Für euch verändert sich der Preis nicht.<hr>
      <script>(adsbygoogle = window.adsbygoogle || []).push({ slot: 'after-content', format: 'autorelaxed', layout: 'in-article', client: 'ca-pub-0000000000000000' });</script>
      <script>(adsbygoogle = window.adsbygoogle || []).push({ slot: 'after-content-2', format: 'fluid', layout: 'in-article', client: 'ca-pub-0000000000000000' });</script>
      <script>(adsbygoogle = window.adsbygoogle || []).push({ slot: 'after-content-3', format: 'fluid', layout: 'in-article', client: 'ca-pub-0000000000000000' });</script></div>`,
    contains: ['sogenannte Affiliate-Links', 'eine Provision'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'body',
    html: '<p>Viele Händler haben immer wieder interessante Sonderaktionen, die wir hier sammeln. Die folgenden Angebote sind mit Affiliate-Links versehen. Bei einem Kauf über einen dieser Links bekommen wir eine Prämie. <strong>Am Preis des Produkts für Euch ändert sich dadurch nichts.</strong> Viel Spaß beim Stöbern!</p>',
    contains: ['Affiliate-Links versehen', 'Viel Spaß beim Stöbern'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<footer class="site-footer"><section class="widget widget_block"><div class="wp-block-buttons"><div class="wp-block-button">
      <a class="wp-block-button__link" href="/email-newsletters-signup/">Get our free newsletters</a></div></div></section><p>© 2024 Example Reader</p></footer>`,
    contains: ['Get our free newsletters'],
    excludes: ['© 2024'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<div class="body-paragraph"><em>Example News will soon launch Market Wrap, a weekly newsletter bringing you the week in stocks and what moved them. Sign up </em><a href="https://news.example/specials/market-wrap"><em>here</em></a><em>.</em></div>',
    contains: ['Market Wrap, a weekly newsletter', 'Sign up'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<div class="newsletter-wrapper"><p>Sign up for <b>Deal Flow</b>, a paid weekly newsletter from our markets editor about the deals behind the headlines. <b>Your first month is free!</b></p>
      <div><div><h2>Monthly</h2><p>$7/month</p><p>A flexible plan you can cancel anytime.</p><a href="https://subs.example.com/checkout?plan=1"><button>SUBSCRIBE</button></a></div>
      <div><h2>Annual</h2><p>$70/year</p><p>A discounted plan to keep you up to date all year.</p><a href="https://subs.example.com/checkout?plan=2"><button>SUBSCRIBE</button></a></div>
      <div><h2>Corporate</h2><p>$60/person/year</p><p>Keep your whole team informed on the deals behind the headlines.</p><a href="https://subs.example.com/checkout?plan=3"><button>SUBSCRIBE</button></a></div></div>
      <p>We accept credit card, Apple Pay and Google Pay.</p></div>`,
    contains: ['a paid weekly newsletter', 'Annual', 'We accept credit card'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="promoBox"><h3 class="boxTop">Sponsored Links</h3><div><span><a href="/ecap/growth-picks/?aid=84&amp;source=sitlbd"><b>Leaked: The Chip Inside Every New Car</b></a><br><b>(It may surprise you)</b><br>
      Analysts expect 400 million of these chips to ship a year, and one small supplier stands to gain the most. <a href="/ecap/growth-picks/?aid=84&amp;source=sitlbd">Show me the company!</a></span></div></div>`,
    contains: ['Sponsored Links', 'Leaked: The Chip', 'Show me the company'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<div class="post partner-module"><div class="thumbnail"><a href="https://partner.example.org/2011/08/dolphin-tail"><img src="/d.jpg" alt=""></a></div>
      <div class="meta"><h4><a href="#">From Our Partners</a></h4></div>
      <h1><a href="https://partner.example.org/2011/08/dolphin-tail">Dolphin With Prosthetic Tail Gets Ready For Its Debut</a><span class="credit">Partner Weird News</span></h1>
      <ul><li><h5><a href="https://partner.example.org/2011/08/clothing-line">Singer Plans A Clothing Line Next Year</a><span class="credit">Partner Post</span></h5></li>
      <li><h5><a href="https://other.example.net/2011/08/boxing-match">Reality Star Wins Celebrity Boxing Match</a><span class="credit">Other News</span></h5></li></ul></div>`,
    contains: ['From Our Partners', 'Dolphin With Prosthetic Tail', 'Celebrity Boxing Match'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<section class="bg-primary"><div class="row"><div class="col-md-3"><h3 class="heading-newsletter">Subscribe to<br>our newsletter</h3></div>
      <div class="col-md-9"><form class="single-line ajax-form" data-model="Subscriber"><input type="text" name="Subscriber[name]" placeholder="Your name"><label>Name</label>
      <input type="email" name="Subscriber[email]" placeholder="name@example.com"><label>Email address</label>
      <div class="col-4 d-none"><textarea name="Subscriber[location]"></textarea></div><button type="button" class="btn">Subscribe</button>
      <div class="form-check"><input type="checkbox" name="Subscriber[agree]"><label>I've read and agree to the <a href="/terms">Terms and Conditions</a></label></div></form></div></div></section>`,
    contains: ['Subscribe to', 'our newsletter', 'agree to the Terms'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="dc-card"><div class="card-header"><span class="kicker">MARKET NEWS</span><h2 class="title">YOUR INBOX</h2></div><div class="popup-desc"><p>Subscribe to our monthly newsletter and get top-performing articles delivered right to your inbox.</p></div>
      <div class="hbs-form"><script src="//js.hsforms.net/forms/v2.js"></script><script>hbspt.forms.create({region:"na1",portalId:"1",formId:"x"})</script>
      <p class="privacy"><span>Your data is managed in accordance with our</span> <a href="/privacy/">privacy policy</a></p></div></div>`,
    contains: ['MARKET NEWS', 'YOUR INBOX', 'Subscribe to our monthly newsletter', 'privacy policy'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<p><strong>Consider inviting your friends</strong> and colleagues to join us. <em>Was this email forwarded to you?</em> <em><a href="https://link.example.com/join/markets-signup?utm_source=forwarded_email">Sign up here</a>.</em></p>',
    contains: ['Consider inviting your friends', 'Was this email forwarded to you?'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: '<div id="top-bar-content"><span><span><strong>Subscribe</strong> to receive a free eCookbook! </span> <a href="https://www.subscribepage.com/example-kitchen" class="theme-button">Sign Up!</a></span></div>',
    contains: ['to receive a free eCookbook', 'Sign Up!'],
  },
  {
    kind: 'affiliate-disclosure',
    place: 'rail',
    html: '<div class="footer"><div class="footer_in"><p>Example Posts is designed to provide quality information on many topics through guest posts submitted by writers. In some of these articles and guest posts there are links to products and services, which Example Posts or the author of the content, can earn a commission if you make a purchase. We thank you in advance for your support.</p></div></div>',
    contains: ['designed to provide quality information', 'can earn a commission if you make a purchase', 'thank you in advance'],
  },
  {
    kind: 'sponsored',
    place: 'body',
    html: '<h2><a href="https://monitor.example.net/?utm_source=Advertisement">Simplify Monitoring of Your Containers</a></h2><p>Enhance visibility into containers and their orchestration with Example Monitor. Track containerized services automatically and receive smarter alerts that stay calm as customers scale down. Start your free trial today! <span class="pill-sponsored">Sponsored</span></p>',
    contains: ['Enhance visibility into containers', 'Start your free trial today!', 'Sponsored'],
  },
  {
    kind: 'newsletter',
    place: 'rail',
    html: `<div class="sitemap__col"><div class="sitemap__group"><span class="title">Newsletter</span><div>Ich möchte gerne Nachrichten und redaktionelle Artikel von Example Nachrichten per E-Mail erhalten.</div>
      <div class="sitemap__newsletter form"><input type="text" name="email" placeholder="E-Mail Adresse eingeben"><button type="submit" class="button">Abonnieren</button></div></div></div>`,
    contains: ['Newsletter', 'per E-Mail erhalten', 'Abonnieren'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<aside class="ad-microsites"><span class="wrbg-note">Anzeige</span><ul class="ad-microsites__list">
      <li><a href="https://ads.example.net/clk?id=1" rel="nofollow"><span>Wie gut kennen Sie Ihre Schwachstellen?</span></a></li>
      <li><a href="https://ads.example.net/clk?id=2" rel="nofollow"><span>Virtueller Rundgang durch die Stadt von morgen</span></a></li>
      <li><a href="https://ads.example.net/clk?id=3" rel="nofollow"><span>Wohin mit den Daten: neue Aufgaben für den Mittelstand</span></a></li></ul></aside>`,
    contains: ['Anzeige', 'Schwachstellen', 'Mittelstand'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: `<nav class="top-topics"><span>Topthemen:</span><a href="/thema/ki">Künstliche Intelligenz</a> <a href="/thema/windows">Windows</a> <a href="/thema/energie">Energie</a>
      <div class="top-topics__section top-topics__ad"><span class="top-topics__label">Anzeige:</span> <a href="https://brand.example.de/zukunft-der-arbeit/" rel="nofollow">Die Zukunft der Arbeit</a> <a href="https://brand.example.de/hybrid-work/" rel="nofollow">KI + Hybrid Work</a></div></nav>`,
    contains: ['Anzeige:', 'Die Zukunft der Arbeit'],
    excludes: ['Künstliche Intelligenz'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: `<figure class="teaser"><a href="https://www.example.de/service/newsletter-gerne-draussen" class="teaser--article"><div class="teaser__content"><div class="teaser__overline">Newsletter abonnieren</div>
      <h3 class="teaser__title">Gerne draußen!</h3><p class="teaser__summary">Land und Leute rund um die Stadt erkunden: Jeden Donnerstag mit den besten Freizeittipps fürs Wochenende. Kostenlos anmelden.</p></div></a></figure>`,
    contains: ['Newsletter abonnieren', 'Gerne draußen!', 'Kostenlos anmelden'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<aside><a href="https://background.example.de/energie-klima" class="promo-link"><span class="promo-title">Tägliches Entscheider-Briefing</span> Der Newsletter zu Energie &amp; Klima für Experten aus Wirtschaft, Politik, Verbänden und Wissenschaft. Hier geht es zur Anmeldung. </a></aside>',
    contains: ['Entscheider-Briefing', 'Hier geht es zur Anmeldung'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<aside class="w w-fid"><div class="w-fid_t"><a href="https://plus.example.es/newsletters/internacional/">Recibe el boletín de Internacional</a></div><div class="w-fid_s"><a href="https://www.facebook.com/example"><svg><title>Facebook</title></svg></a> <a href="https://www.instagram.com/example/"><svg><title>Instagram</title></svg></a> <a href="https://twitter.com/example"><svg><title>Twitter</title></svg></a></div></aside>',
    contains: ['Recibe el boletín de Internacional'],
  },
  {
    kind: 'newsletter',
    place: 'body',
    html: '<section class="NewsletterBox_root"><span class="NewsletterBox_indicator">Newsletter</span><span class="NewsletterBox_wrapper"><span class="NewsletterBox_description"><div class="NewsletterBox_title">Der Morgen</div><span>Der perfekte Start in den Tag mit News und Geschichten aus der Schweiz und der Welt.</span><p><a href="/newsletter-uebersicht">Weitere Newsletter</a></p></span><span><button class="NewsletterButton">Einloggen</button></span></span></section>',
    contains: ['Der Morgen', 'Der perfekte Start', 'Einloggen'],
  },
  {
    kind: 'sponsored',
    place: 'rail',
    html: '<div class="row ad-coupon-links"><div class="subheader coupon_heading">Annonsørinnhold</div><ul><li class="button"><a href="/forbrukslan/refinansiering/">OMSTARTSLÅN</a></li><li class="button"><a href="/mobilabonnement/">Mobilabonnement</a></li><li class="button"><a href="/kredittkort/">Kredittkort</a></li><li class="button"><a href="/forbrukslan/">BILLIGSTE FORBRUKSLÅN</a></li><li class="button"><a href="/strom/">Billigste strøm</a></li></ul></div>',
    contains: ['Annonsørinnhold', 'OMSTARTSLÅN', 'Billigste strøm'],
  },
];

/**
 * Blocks that name a kind but are not clutter: menu and footer items, widgets whose items are absent, labels
 * with nothing under them, and pop-ups the page keeps closed. Each is placed in the side rail of an article page.
 */
export const NOT_CLUTTER_EXAMPLES: { why: string; html: string }[] = [
  {
    why: "a reading list of other publishers' stories under a plain heading (no partner or promoted label)",
    html: '<div class="further-reading"><h3>Elsewhere</h3><ul><li><a href="https://paper-one.example/2024/06/03/central-bank-holds-rates-steady/">Central bank holds rates steady as inflation cools</a> <span>Paper One</span></li><li><a href="https://paper-two.example/markets/oil-slips-as-traders-weigh-demand-outlook">Oil slips as traders weigh the demand outlook</a> <span>Paper Two</span></li><li><a href="https://paper-three.example/2024/06/gold-steadies-near-record-high">Gold steadies near a record high in Asian trading</a> <span>Paper Three</span></li></ul></div>',
  },
  {
    why: 'a footer menu item naming the paid section, marked as such, without a story beside it',
    html: '<ul class="footer-menu"><li class="menu-item cat-sponsored-post"><a href="/category/sponsored-post/">Werbung | Anzeige</a></li><li class="menu-item"><a href="/impressum/">Impressum</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul>',
  },
  {
    why: 'a search form that posts to a page whose address says "subscriptions" (no newsletter words, no sign-up markup)',
    html: '<div class="search-box"><form action="/search/subscriptions-and-billing"><input type="search" name="q"><button type="submit">Search</button></form></div>',
  },
  {
    why: 'a story stream whose headline holds a label word in brackets inside it ("Ipswich Town (promoted) sign ...")',
    html: '<ul class="stream"><li><a href="/2024/06/ipswich-town-promoted-sign-striker">Ipswich Town (promoted) sign a striker from the Bundesliga</a></li><li><a href="/2024/06/central-bank-holds-rates">Central bank holds rates as inflation cools again</a></li><li><a href="/2024/06/oil-slips-on-demand-outlook">Oil slips as traders weigh the demand outlook</a></li></ul>',
  },
  {
    why: "a header bar's newsletter button whose form is a pop-over the page hides (only the button is drawn)",
    html: '<section class="header-tools"><a href="javascript:void(0)" id="search-toggle">Szukaj</a><div class="popover-box" style="display:none"><form class="search-form"><input type="text" name="query"></form></div><span class="newsletter-popover"><a href="javascript:void(0)" id="pop-newsletter">Newsletter</a><div class="popover-box" style="display:none"><div class="newsletter-lead">Newsletter Example w Twojej skrzynce mailowej.</div><form class="newsletter-form" action="/newsletter/zapisz"><input type="email" name="email"><button type="submit">Wyślij</button></form></div></span><span>dołącz do nas</span></section>',
  },
  {
    why: 'a lone story tile whose kicker reads as a label ("Anzeige" is also a police report) and no stream of tiles beside it',
    html: '<div class="feature"><article class="tile"><span class="kicker">Anzeige</span><a href="/polizei-sucht-zeugen/"><img src="p.jpg" alt=""></a><a href="/polizei-sucht-zeugen/"><h2>Polizei sucht Zeugen</h2></a></article></div>',
  },
  {
    why: 'a marked subscription box (paid subscriptions\' "subscribe" markup) with a title and a subscribe button',
    html: '<div class="subscribe-box"><h3>Unlimited digital access</h3><a class="subscribe-button" href="/subscribe/offer">Subscribe now</a></div>',
  },
  {
    why: "a sponsor's credit over the site's own tool (its links stay on the site)",
    html: '<div class="weather-bar"><span>Brought to you by</span> <a href="https://bank.example.org"><img src="bank.png" alt=""></a><div>New York 72°F, sunny with a light breeze through the afternoon, cooler tonight</div><a href="/weather/new-york">Full forecast</a></div>',
  },
  {
    why: 'a footer link that opens the sign-up dialog, drawn as a link (its tracking data says "Signup CTA")',
    html: '<footer id="footer_1-0"><div class="footer__primary"><span>Example Finance</span><div class="newsletter-link-wrapper"><a href="#" role="button" data-tracking-subtype="Signup CTA" class="newsletter-dialog-link link"><span>Newsletter Sign Up</span></a></div><span>Follow Us</span></div></footer>',
  },
  {
    why: "the site's header: a Newsletter button and a search field beside the primary navigation",
    html: '<header id="header"><div class="header-main"><a class="newsletter-signup-link btn-newsletter" data-eloqua-form="newsletter">Newsletter</a><form action="/search/content"><p class="label">Search Example Business</p><input name="searchterm" type="text" placeholder="Search…"><button>Search</button></form><a href="/membership/" class="btn-subscribe">Subscribe</a></div><div id="eloqua-form" style="display:none"><iframe src="https://pages.example.com/LP=186"></iframe></div><nav><a href="/operations">Operations</a> <a href="/financing">Financing</a> <a href="/marketing">Marketing</a> <a href="/newsletters">Newsletters</a></nav></header>',
  },
  {
    why: 'an account sign-up box that lists newsletters among what an account gives',
    html: '<section class="m-signup-banner"><h2>Sign Up &amp; Sign In</h2><p>Create a free account to save your favorite articles, follow important topics, sign up for email newsletters, and more.</p><a href="/register" class="btn">Create Account</a></section>',
  },
  {
    why: "a band selling the paper's ePaper app",
    html: '<div class="epaper-band"><span>Subscribe to</span> <img src="logo.svg" alt=""> <a href="/subscribe" class="btn">Sign up</a> <span>Download your ePaper app on</span> <a href="https://apps.apple.com/app/example"><img src="appstore.svg" alt=""></a></div>',
  },
  {
    why: "a band selling the paper's premium content, its button to the subscription page",
    html: '<div class="app-band"><div class="footer-title">subscribe to</div><div class="footer-title bold">The Example Times</div><div class="footer-text">Stay connected with The Example Times premium content on your favourite platforms</div><div>CALL 6388 3838</div><a href="/subscribe" class="btn">SUBSCRIBE NOW</a></div>',
  },
  {
    why: 'a menu whose "Conteúdo Patrocinado" item links to the paid posts\' section',
    html: '<nav class="menu"><a href="/cidades">Cidades</a> <a href="/esportes">Esportes</a> <a href="/conteudo-patrocinado">Conteúdo Patrocinado</a> <a href="/economia">Economia</a></nav>',
  },
  {
    why: 'a menu whose "Anzeigen" item links to the classifieds section (a label in a menu, its link not marked paid)',
    html: '<nav class="top-topics"><a href="/thema/ki">Künstliche Intelligenz</a> <a href="/thema/energie">Energie</a> <div class="top-topics__section top-topics__ad"><span class="top-topics__label">Anzeige:</span> <a href="/kleinanzeigen">Kleinanzeigen aufgeben</a></div></nav>',
  },
  {
    why: "a footer's follow box: its newsletter link and social links are among the site's links",
    html: '<footer class="site-footer"><div class="follow"><a href="/newsletters/">Recibe nuestros boletines</a> <a href="https://www.facebook.com/example">Facebook</a> <a href="https://twitter.com/example">Twitter</a></div><p>© 2024 Example</p></footer>',
  },
  {
    why: 'a footer list of the newsletter pages, each item a link (a menu, not a promo tile)',
    html: '<div class="footer-links"><ul><li><a href="/newsletter/morgen">Der Newsletter am Morgen: jetzt anmelden</a></li><li><a href="/newsletter/abend">Der Newsletter am Abend: jetzt anmelden</a></li><li><a href="/newsletter/sport">Der Sport-Newsletter: jetzt anmelden</a></li></ul></div>',
  },
  {
    why: "a header's call to subscribe to the paper itself, its button to the subscription page (an offer, not a newsletter)",
    html: '<div class="header-cta"><span>Support independent journalism.</span> <a class="btn" href="/subscribe">Subscribe</a></div><div class="header-cta"><span>Subscribe to keep reading: just $1 a week.</span> <a class="btn" href="/subscribe?offer=1">Subscribe</a></div>',
  },
  {
    why: "a rail's about box beside a mailing-list service's tracking script (no pitch: the script builds no box of words)",
    html: '<div class="about-box"><h3>About us</h3><p>We cover markets, companies and the economy from our newsroom in London.</p><script src="https://static.klaviyo.com/onsite/js/klaviyo.js"></script></div>',
  },
  {
    why: 'a comment form whose textarea shows from tablet width up (d-none d-md-block), with a "subscribe to replies" box',
    html: '<div id="respond"><h3>Leave a comment</h3><form><input type="email" name="email" placeholder="Email"><div class="d-none d-md-block"><textarea name="comment"></textarea></div><label><input type="checkbox"> Subscribe to our newsletter too</label><button>Post comment</button></form></div>',
  },
  {
    why: 'a menu whose "Partner Content" toggle is a link to nowhere over the partner sections (the site\'s links)',
    html: '<div class="menu-dropdown"><h4><a href="#">Partner Content</a></h4><ul><li><a href="/partners/banking-guide">Banking guide from our partner bank</a></li><li><a href="/partners/travel-guide">Travel guide from our partner airline</a></li><li><a href="/partners/energy-guide">Energy guide from our partner utility</a></li></ul></div>',
  },
  {
    why: 'a footer column headed "Sponsored Content" with one link to the section and a line about it (a site link, no ad)',
    html: '<div class="footer-col"><h4>Sponsored Content</h4><a href="/sponsored-content">Stories from our partners</a></div>',
  },
  {
    why: 'a "Sponsored Links" heading over links to several sections of the site (a menu, not one offer)',
    html: '<div class="sidebar-box"><h3>Sponsored Links</h3><p>Our partners help pay for free journalism on this site.</p><a href="/partners/banking">Banking partners and their offers</a> <a href="/partners/insurance">Insurance partners and their offers</a></div>',
  },
  {
    why: 'a lone "Subscribe to our newsletter" link marked as a sign-up in the page footer (one of the site\'s links)',
    html: '<footer class="site-footer"><div class="newsletter"><a href="/newsletters" class="footer-link">Subscribe to our newsletter</a></div><p>© 2024 Example News</p></footer>',
  },
  {
    why: 'two links to the site\'s own sections under a "From our partners" heading (no offer leaves the site)',
    html: '<section><h2>From Our Partners</h2><a href="/partners/events">Our events with the city museum this autumn</a> <a href="/partners/awards">The small-business awards, with our partners</a></section>',
  },
  {
    why: 'an empty ad slot labelled "Anzeige" (nothing of its own to hide)',
    html: `<div class="ad-slot"><span>Anzeige</span><div id="div-gpt-ad-1"></div></div>`,
  },
  {
    why: 'a rail box headed "Newsletters" over a list of issues (links, no sign-up words of its own)',
    html: `<div class="box"><h3>Newsletters</h3><ul><li><a href="/newsletters/daily/2024-05-01">Daily Brief: rates, oil and banks</a></li><li><a href="/newsletters/daily/2024-04-30">Daily Brief: earnings week</a></li><li><a href="/newsletters/daily/2024-04-29">Daily Brief: the Fed decides</a></li></ul></div>`,
  },
  {
    why: 'a menu item marked as the newsletter entry, one of a list of links',
    html: `<ul class="menu"><li><a href="/markets">Markets</a></li><li class="menu-item-newsletter"><a href="/newsletters">Sign up for our free newsletters</a></li><li><a href="/opinion">Opinion</a></li></ul>`,
  },
  {
    why: 'an account form headed "Sign In or Create an Account", whatever its markup says',
    html: `<div class="identity"><h2>Sign In or Create an Account</h2><form id="signInOrSignUpForm"><label for="e">Email Address</label><input type="email" id="e"><button>Continue</button></form></div>`,
  },
  {
    why: 'a footer tile that is one link, all pitch ("subscribe to our newsletter" over an icon)',
    html: `<div class="footer-boxes"><div class="box"><a href="/subscription"><span class="icon"></span><h4>subscribe to our newsletter</h4></a></div><div class="box"><a href="/membership"><span class="icon"></span><h4>Become a member</h4></a></div></div>`,
  },
  {
    why: 'a footer column headed "Newsletters" over a list of newsletter links',
    html: `<div class="site-footer"><div class="col"><h4>Newsletters</h4><ul><li><a href="/newsletters/daily">Daily Brief</a></li><li><a href="/newsletters/weekly">Weekly Digest</a></li><li><a href="/newsletters">All newsletters</a></li></ul></div></div>`,
  },
  {
    why: 'a box marked as a subscription whose line says how often and what it costs (a paywall offer a script fills)',
    html: `<div class="subscription-offer"><h3>Subscribe to Example News</h3><div>Unlimited digital access, every week, for just $1 a week.</div><div class="slot"></div></div>`,
  },
  {
    why: "a comment thread's subscription form (notify of new replies), marked as a subscription",
    html: `<div class="wpdiscuz-subscribe-bar"><form id="wpdiscuz-subscribe-form"><div>Notify of </div><select name="type"><option value="all_comment">new replies to my comments</option></select><input type="email" name="email" placeholder="Email"><input type="submit" value="›"></form></div>`,
  },
  {
    why: "a magazine's subscription offer that throws in a subscriber newsletter",
    html: `<div class="subscribe-banner"><h2>Subscribe &amp; receive 6 issues of The Weekly and 6 BONUS issues of Home Gardens</h2><p><em>Plus, receive exclusive content via our monthly subscriber newsletter</em></p><a class="button" href="https://shop.example.com/p/BW24">Subscribe</a></div>`,
  },
  {
    why: "an unfilled native-ad template whose sponsor credit points nowhere, in a list of the site's stories",
    html: `<ul class="list"><li><a href="/recipe/dinner/beef-lasagne-2131/">Beef, spinach and ricotta lasagne</a></li><li><a href="/recipe/dinner/pumpkin-soup-2214/">Roast pumpkin soup with sage butter</a></li><li class="unfilled--native"><a href="https://www.example.com">Native ad body.</a><div class="card-sponsor"><span>Sponsored by</span> <a href="http://%%sponsor_url%%" rel="sponsored external">%%sponsor_name%%</a></div></li></ul>`,
  },
  {
    why: 'a subscription bar that asks the reader with a price (a paywall offer, not a newsletter)',
    html: `<div class="bar"><p>Never miss a story: just $1 a week for your first year. <a class="subscribe-button" href="https://www.example.com/subscribe/offer">Subscribe</a></p></div>`,
  },
  {
    why: 'a bar that asks the reader to sign up for an account to comment',
    html: `<div class="login-bar"><p>Sign up to comment and more <a class="signup-button" href="https://www.example.com/register/">Sign up</a></p></div>`,
  },
  {
    why: 'a subscription offer (a paywall, not a newsletter)',
    html: `<div class="offer"><h3>Subscribe to Example News</h3><p>Unlimited digital access for just $1 a week. Cancel anytime.</p><a class="button" href="/subscribe/offer">Subscribe</a></div>`,
  },
  {
    why: 'a menu of sections that name sponsors and newsletters, without a nav element',
    html: `<div class="sections"><ul><li><a href="/markets">Markets</a></li><li><a href="/newsletters">Newsletters</a></li><li><a href="/sponsored">Sponsored</a></li><li><a href="/partner-content">Partner Content</a></li></ul></div>`,
  },
  {
    why: "a vendor's class on the site's own story list (house links)",
    html: `<div class="OUTBRAIN"><h3>More from Example News</h3><ul><li><a href="/2024/05/markets-slide-on-rate-fears">Markets slide on rate fears</a></li><li><a href="/2024/05/oil-steadies">Oil steadies after OPEC meeting</a></li><li><a href="/2024/05/banks-rally">Banks rally on earnings</a></li></ul></div>`,
  },
  {
    why: 'a two-box rail: a heading of its own over each, the form belongs to the second only',
    html: `<div class="rail"><h3>Most read</h3><ul><li><a href="/a/1">Markets slide</a></li><li><a href="/a/2">Oil steadies</a></li><li><a href="/a/3">Banks rally</a></li></ul><h3>Contact the newsroom</h3><form action="/tips"><input type="email" placeholder="Your email"><textarea name="tip"></textarea><button>Send</button></form></div>`,
  },
  {
    why: 'a sponsor-marked box whose "- PR -" stands alone (no words of its own beside the label)',
    html: `<div class="sponsor-slot"><span>- PR -</span></div>`,
  },

  {
    why: 'a header bar of a skip link, a newsletters link and Subscribe and Menu buttons (no sentence)',
    html: `<div class="top-bar"><a href="#main">Skip to content</a><div class="tracker"><a href="/newsletters">Newsletters</a></div><button>Subscribe</button><button>Menu</button></div>`,
  },
  {
    why: 'footer menu links that pitch newsletters (bare links, one line each)',
    html: `<div class="footer-menu"><ul><li><a href="/about">About us</a></li><li><a href="/newsletters">Sign up for Our Newsletters</a></li><li><a href="/newsletters/daily">Get the best stories in your inbox.</a></li><li><a href="/contact">Contact</a></li></ul></div>`,
  },
  {
    why: 'a menu item that links to newsletters with a one-line blurb beside it (an item of a link list)',
    html: `<ul class="menu"><li><a href="/markets">Markets</a> news from every exchange.</li><li><a href="/newsletters">Newsletters</a> for our best stories in your inbox.</li><li><a href="/podcasts">Podcasts</a> to listen to on the go.</li></ul>`,
  },

  {
    why: 'a log-in form that e-mails a link or one-time pin (its submit button logs in)',
    html: `<form class="mail-login"><h3>News is better when you are signed in...</h3><p>No account yet? Signing up takes a minute.</p><label for="login-email">Enter your email below and we will send you a link or one-time pin to log in</label><input type="email" id="login-email" name="email"><button type="submit">Send email to login</button><p>Didn't get the code? Check your email, then <button class="resend">Resend email</button></p></form>`,
  },
  {
    why: 'a registration wall: its e-mail field opens an account (it throws in a newsletter)',
    html: `<div class="signup-overlay"><h3>To keep reading, please enter your email address.</h3><div class="blurb subscription-message">You'll also receive from Example News: <ul><li>A free 6-week digital subscription</li><li>Our daily newsletter in your inbox</li></ul></div><div class="subscribe-group"><input type="text" name="email" placeholder="Enter your email address"><input type="submit" value="Go"></div><p>Already a subscriber? <a href="/login">Sign in</a></p></div>`,
  },

  {
    why: 'a mega-menu of section links with blurbs, one of them the sponsored section (a section address, not a story)',
    html: `<div class="mega-menu"><ul><li><a href="/markets"><span>Markets</span><small>Stocks, bonds and currencies today</small></a></li><li><a href="/technology"><span>Technology</span><small>Chips, software and the people behind them</small></a></li><li><a href="/partner-content"><span>Partner Content</span><small>Stories from our brand partners, written with their sponsors</small></a></li></ul></div>`,
  },
  {
    why: 'a story stream whose headline opens with "Sponsored by" (a sentence, not a label beside it)',
    html: `<div class="stream"><div class="tile"><a href="/2024/06/state-training-plan-places-workers"><p>Sponsored by the state, a training plan places 2,000 workers</p></a></div><div class="tile"><a href="/2024/06/central-bank-holds-rates"><p>Central bank holds rates as inflation cools again</p></a></div><div class="tile"><a href="/2024/06/oil-slips-on-demand-outlook"><p>Oil slips as traders weigh the demand outlook</p></a></div></div>`,
  },
  {
    why: 'a lone story card whose link says "Sponsored by" (one signal: no stream of ordinary stories beside it)',
    html: `<div class="feature-card"><a href="/2024/06/the-future-of-payments-explained"><span>Sponsored by Example Bank</span><h3>The future of payments, explained by the people building it</h3></a></div>`,
  },
  {
    why: 'a navigation menu with sponsor and newsletter items',
    html: `<nav class="site-menu"><ul><li><a href="/markets">Markets</a></li><li><a href="/sponsored">Sponsored Content</a></li><li><a href="/newsletters">Sign up for our newsletters</a></li><li><a href="/partner">Partner content</a></li></ul></nav>`,
  },
  {
    why: 'a footer link list naming sponsored posts',
    html: `<div class="footer-links"><a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/sponsored-posts">Sponsored Posts</a> <a href="/privacy">Privacy</a></div>`,
  },
  {
    why: "a split widget heading that links to a section, over the site's own stories",
    html: `<div class="the-most"><div class="module-header"><a href="/themost">The Most <span class="section">Popular All Over</span></a></div><ul><li><a href="/2024/06/markets-wrap-stocks-edge-higher">Markets wrap: stocks edge higher on rate hopes</a></li><li><a href="/2024/06/fed-holds-rates">The Fed holds rates and signals one cut this year</a></li><li><a href="/2024/06/oil-slides">Oil slides as supply worries ease across markets</a></li></ul></div>`,
  },
  {
    why: 'a footer list with a split "From <b>our partners</b>" link among the site\'s own links',
    html: `<div class="footer-links"><a href="/partners">From <b>our partners</b></a> <a href="/about">About us</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a></div>`,
  },
  {
    why: 'a footer list with a "From our partners" link and one link out among the site\'s own links',
    html: `<div class="footer-links"><a href="/partners">From our partners</a> <a href="/about">About us</a> <a href="/contact">Contact</a> <a href="https://social.example/news">Follow us on Social Example</a> <a href="/privacy">Privacy</a></div>`,
  },
  {
    why: 'a recommendation widget whose items a script would load',
    html: `<div class="zergnet-widget"><div class="zergnet-title">Around the Web</div><div id="zergnet-widget-1"></div></div>`,
  },
  {
    why: 'a sponsor label with no content under it',
    html: `<div class="container--sponsored"><h3>Partner Content</h3></div>`,
  },
  {
    why: 'a section sponsor credit whose ad slot a script would fill',
    html: `<span class="index-title"><span class="sponsor_index_title">US &amp; Canada</span><a class="sponsor_text" href="https://news.example.com/faqs/adverts">is sponsored by</a></span><div class="sponsor_section_slot ad-slot"><a class="sponsor_text" href="https://news.example.com/faqs/adverts">is sponsored by</a></div>`,
  },
  {
    why: 'a native-ad tile template with its labels but no title yet',
    html: `<div class="native-ad-tile" data-native-ad-id="tile"><span>From our sponsor</span><h3><a data-native-ad-id="title" href="https://news.example.com"></a></h3><a href="https://news.example.com"><span data-native-ad-id="preamble">Advertiser Content From</span><img alt="Sponsor logo" src="/logo.png"></a></div>`,
  },
  {
    why: 'sponsored-story headings over empty vendor lists',
    html: `<div id="recommendations-footer"><div class="sponsored-recommendations"><h3>Sponsored Stories</h3><a href="https://vendor.example/what-is">Powered by</a><ul class="recs"></ul></div><div class="latest"><h3>Today on Example</h3><ul></ul></div></div>`,
  },
  {
    why: 'a closed newsletter pop-up (hidden by the page)',
    html: `<div class="newsletter-modal" style="display: none"><h3>Get our daily newsletter</h3><form><input type="email" name="email"><button>Sign up</button></form></div>`,
  },
  {
    why: 'a newsletter dialog that is not open',
    html: `<dialog class="signup"><p>Get our daily newsletter in your inbox.</p><form><input type="email" name="email"><button>Subscribe</button></form></dialog>`,
  },
  {
    why: 'a box the page stylesheet hides',
    html: `<style>.signup-later { display: none; }</style><div class="signup-later"><p>Get the weekly newsletter straight to your inbox.</p><form><input type="email" name="email"><button>Join</button></form></div>`,
  },
  {
    why: 'a teaser of the site’s own story next to a link to its sponsored section',
    html: `<div class="teaser"><h3><a href="/2024/06/markets-wrap-stocks-edge-higher">Markets wrap: stocks edge higher as bonds rally</a></h3><a href="/sponsored">Sponsored</a></div>`,
  },
  {
    why: 'a rail of boxes under a sponsor label: the label must not take over the other boxes',
    html: `<div class="rail-group"><span>Sponsored</span><div><h3>Most read</h3><a href="https://other.example/a" rel="nofollow">A long headline that leaves the site for another</a></div><div><h3>Video</h3><a href="/video/1">Watch the interview with the chief executive</a></div></div>`,
  },
  {
    why: "a house list of the site's own links under an ordinary heading",
    html: `<div class="footer-top"><h3>Health Topics</h3><ul><li><a href="/heart">Controlling Heart Disease</a></li><li><a href="/allergy">Allergy Relief</a></li><li><a href="/copd">COPD and Alpha-1</a></li><li><a href="/knee">Knee Pain Relief</a></li></ul></div>`,
  },
  {
    why: 'footer columns side by side, the first headed "Sponsored Content": the label heads its column, not the footer',
    html: `<div class="footer-columns"><div><h4>Sponsored Content</h4><ul><li><a href="/partner/a">A guide to saving for college</a></li></ul></div><div><h4>About</h4><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers at Example</a></li></ul></div></div>`,
  },
  {
    why: 'a menu heading that links to the sponsored section, over the site’s own sections',
    html: `<div class="menu-block"><h3><a href="/sponsored">Sponsored Content</a></h3><ul><li><a href="/markets">Markets</a></li><li><a href="/tech">Technology</a></li><li><a href="/opinion">Opinion</a></li></ul></div>`,
  },
  {
    why: 'a jump-menu drop-down whose options name newsletters and sponsored content (no field, no pitch)',
    html: `<div class="section-jump"><select name="section"><option selected>Sections</option><option>Markets</option><option>Newsletters</option><option>Sponsored Content</option><option>Subscribe</option></select></div>`,
  },
  {
    why: 'a form label that names a newsletter but whose field is in the page (a preferences form, no pitch)',
    html: `<div class="prefs"><label for="pref-news">Newsletter preferences</label><input type="checkbox" id="pref-news"><label for="pref-alerts">Breaking alerts</label><input type="checkbox" id="pref-alerts"></div>`,
  },
  {
    why: 'a wrapper whose subscription and sign-up banners the page keeps closed (nothing of it is drawn)',
    html: `<div class="page-subscription"><div class="offer-banner" style="display: none"><p>Every story. Every insight. Yours for as low as 99¢!</p><a class="subscribe" href="https://subscribe.news.example.com/offer">Subscribe</a></div><div class="signup-banner" style="display: none"><form><input type="email" name="email"><input type="submit" value="Sign up"></form></div></div>`,
  },
  {
    why: 'a sign-up form shell whose headline and tagline a script writes (its only words are its error text)',
    html: `<div class="page-newsletter"><div id="newsletter-signup-box"><p class="headline" id="newsletter-headline"></p><p class="title" id="newsletter-tagline"></p><form method="post" action="https://link.news.example.com/s"><input type="text" name="email" class="newsletter-field" placeholder="E-mail address"><input type="submit" value="Add"></form><p class="error-msg">Please enter a valid email address</p></div></div>`,
  },
  {
    why: 'a footer link to the affiliate link policy (a pointer to the disclosure, not one)',
    html: `<div class="site-info"><a href="/terms">Terms of use</a> <a href="/affiliate-link-policy/">Read our affiliate link policy</a></div>`,
  },
  {
    why: 'a recommendation vendor’s widget of the site’s own stories, with the vendor’s “Sponsored Links” what-is links',
    html: `<div class="trc_related_container taboola-widget"><div class="trc_rbox_header">More from Example News</div><a href="/2024/06/rates-hold">Central bank holds rates as inflation cools</a><a href="/2024/06/oil-slips">Oil slips as traders weigh the demand outlook</a><div class="logoDiv link-disclosure attribution-disclosure-link-sponsored"><a rel="nofollow" href="https://popup.vendor.example/what-is"><span>Sponsored Links</span></a></div><a rel="nofollow" href="https://popup.vendor.example/what-is">by Taboola</a></div>`,
  },
  {
    why: 'a follow box: a heading over social icons, with a bare e-mail field beside them',
    html: `<div class="follow-widget"><h3>Follow Example News</h3><ul><li><a href="https://facebook.example/news"></a></li><li><a href="https://twitter.example/news"></a></li><li><a href="https://feeds.example/news"></a></li></ul><form class="newsletterSignup" action="/newsletter/subscribe/"><input placeholder="Email Address" name="contact[email]"><input type="submit" value="Subscribe"></form></div>`,
  },
  {
    why: 'a page stylesheet rule a box overrides with its own inline display (drawn), holding no clutter',
    html: `<style>.tab-panel { display: none; }</style><div class="tab-panel" style="display: block"><h3>Latest</h3><a href="/2024/06/a">Our latest story about rates</a></div>`,
  },
  {
    why: 'a footer menu whose item reads "Content from our partners" (a link to a section)',
    html: `<nav class="footer-menu"><ul><li><a href="/partners">Content from our partners</a></li><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></nav>`,
  },
  {
    why: 'a market-data box credited "Sponsored by:" beside a logo (a sponsor credit over the site\'s own tool, no paid item)',
    html: `<div class="market-box sponsor-box"><h4>Today's Market</h4><span>Sponsored by:</span><img src="/logo.png" alt="">
      <table><tr><td>DOW</td><td>17,832.99</td><td>+9.92</td></tr><tr><td>S&amp;P 500</td><td>2,058.20</td><td>-0.70</td></tr>
      <tr><td>NASDAQ</td><td>4,726.81</td><td>-9.24</td></tr></table><a href="/markets">Markets</a></div>`,
  },
];

/** Article text that talks about sponsors, newsletters, commissions and promotions: never clutter. */
export const ARTICLE_TEXT_EXAMPLES: string[] = [
  '<p>Officials urged residents to <a href="https://city.example/email-alerts">sign up</a> for flood alerts on Monday as the river kept rising, and opened two shelters.</p>',
  '<p>„Hol dir den Newsletter nicht wegen der Rabatte“, sagte die Verbraucherschützerin am Montag über <a href="https://vz.example/studie">die Studie</a>, für die 2.000 Kunden befragt wurden.</p>',
  '<p>The regulator said the blog contains affiliate links that it failed to disclose to readers, and fined its owner $10,000 last week.</p>',
  '<p>同社は売上の一部を地域の学校に寄付すると発表し、対象となる商品の一覧をウェブサイトで公開した。</p>',
  '<p>A cég hírlevélben tájékoztatta az ügyfeleit az új díjakról, amelyek januártól érvényesek, közölte a szóvivő hétfőn.</p>',
  '<p>La banque a lancé l\'an dernier une newsletter pour ses clients fortunés, et un porte-parole affirme que 40 000 personnes s\'y sont inscrites. Ses critiques disent que ces lettres ressemblent à des publicités, et <a href="https://banque.example/communiques/2024-rapport">le rapport annuel</a> ne dit pas combien elle coûte.</p>',
  '<p>El ministro dijo que recibe las noticias por la radio cada mañana, y que no usa el correo electrónico desde hace años.</p>',
  '<p>La Commission européenne a publié mardi des liens vers ses rapports sur la concurrence, et nous les avons lus avec attention.</p>',
  // A byline's closing sentence that reports on commissions (no disclosure of the site's own) stays with its line.
  '<p class="byline">By <a href="/author/kim" rel="author">Kim Example</a>, <time datetime="2024-03-02">March 2, 2024</time>. Kim covers retail and how stores earn a commission on sales.</p>',
  '<p>Medietilsynet mener at annonsørinnhold må merkes tydeligere, og flere redaktører sier at leserne ofte ikke skiller mellom journalistikk og reklame når sakene ligner hverandre.</p>',
  '<p>The conference in Denver drew 3,000 people this year, up from 2,100, and its organisers said most sessions were full by noon on the first day. <span class="sponsor-note">Sponsored by Example Bank and two local utilities</span></p>',
  "<p>The regulator said influencers' posts carry links to products which Amazon may earn a commission on, and that their followers are rarely told so.</p>",
  '<p>Asked by the judge whether this email was forwarded to the board, the witness said no, and that she never signed up for the firm\'s <a href="https://firm.example/alerts">client alerts</a> either.</p>',
  '<p>The bank started a weekly newsletter for its wealth clients last year, and a spokesman said about 40,000 had signed up. Critics say the letters read like adverts. <a href="https://bank.example/press">The bank disagrees</a>.</p>',
  '<p>Its founder said the weekly newsletter now has 2 million readers, most of whom pay nothing. Anyone can sign up <a href="https://letter.example/about">on its website</a>, she said, and many do it twice.</p>',
  '<ul><li>Der Verein verschickt jeden Monat einen Newsletter an seine Mitglieder, sagte der Vorsitzende am Montag.</li><li>Die Kammer bietet <a href="https://kammer.example/newsletter">einen eigenen Newsletter</a> für Betriebe an, die ihre Lehrstellen melden wollen.</li><li>Beide wurden im Mai gestartet.</li></ul>',
  '<p>Der Händler Beispiel.de erhält nach eigenen Angaben eine Provision von fünf Prozent auf jeden Kauf über Partnerlinks, sagte ein Sprecher, und will das Modell ausbauen.</p>',
  '<p>Der Verband forderte seine Mitglieder auf, <a href="https://kammer.example/bericht">unseren Bericht</a> zu lesen und den Newsletter der Kammer zu abonnieren, der jeden Morgen erscheint.</p>',
  '<p>The council voted on Tuesday. <b><a href="https://council.example.org/newsletter">The council newsletter</a></b> will carry the minutes next week, a spokesman said.</p>',
  '<p><a href="https://rival.example.org/newsletter">The rival bank’s newsletter said on Monday that rates would rise again before the end of the year.</a></p>',
  '<p>Die Polizei nahm eine Anzeige wegen Körperverletzung auf, wie ein Sprecher am Montag mitteilte, und sucht nun nach Zeugen des Vorfalls.</p>',
  '<p>Amazon zahlt Partnern für Affiliate-Links eine Provision von bis zu zehn Prozent, sagte der Händler am Dienstag, und will das Programm ausweiten.</p>',
  '<h2>Why newsletters are booming</h2><p>Writers who sign up readers for paid newsletters now earn more than many staff columnists, and platforms are competing to host them with better tools.</p>',
  '<p>La banca riceve una commissione su ogni operazione, ha detto l’amministratore delegato, e i clienti pagano di più da gennaio.</p>',
  '<p>Der Makler erhält eine Provision für jeden Abschluss, sagte der Vorstand, und die Kunden zahlen seit Januar mehr.</p>',
  '<p>North Korea has been on the list of state sponsors of terrorism, and officials said the designation would stay for now.</p>',
  '<p>The league said sponsorship rates for next season would rise by 12%, as brands compete for shirt deals with the biggest clubs.</p>',
  '<p>Brokers used to earn a commission on every trade their clients placed through them, until zero-commission apps changed the business.</p>',
  '<p>The company launched a paid newsletter last year and said subscriber numbers had doubled; it plans to sign up advertisers next.</p>',
  '<p>Shares of the retailer were promoted heavily on social media, and the regulator said it was looking into who sponsored the posts.</p>',
  '<p>“We may earn more in commissions this year than last,” the broker’s chief executive told analysts on a call about new products and links with banks.</p>',
  '<p>Presented by the central bank’s governor, the report said inflation would fall to target next year as energy prices ease.</p>',
  '<p>Readers who subscribe to the company’s investor e-mail alerts will get the filing the moment it is published, the spokesperson said.</p>',
  '<p>The publisher said it would get more readers to sign up for its newsletters and inbox briefings, and that affiliate links now earn it a commission on some sales.</p>',
  '<p>The retailer, which joined as an Amazon Associate in 2019, said it earns from qualifying purchases made by members, not from ads.</p>',
  '<p>Analysts said the chain would earn a commission on every sale, and shoppers who buy through the app <em>will get points</em> on their cards.</p>',
  '<p>Investors can sign up to receive news about the fund on its website, the company said, and a newsletter will follow.</p>',
  '<p>Sponsored by the state, the programme paid for the training of 2,000 workers, who were placed with employers across the region within a year.</p>',
  '<p>Our members make money when readers click the links in their posts, the platform said, and it takes a cut of every sale.</p>',
  '<p>The broker told us the sale would earn the firm a fee of about $40,000 for its services, well below the usual rate.</p>',
  '<p>Content from our partners at the university shows that the trial, which linked 40 hospitals, cut waiting times by a third.</p>',
  '<p>Residents were told to stay informed through the county’s alerts and to sign up for evacuation notices, officials said.</p>',
  '<p>The bank told clients to <a href="https://bank.example/alerts">sign up for its e-mail alerts</a> and said the weekly newsletter would tell them of any change.</p>',
  '<p>More than 40,000 readers now get the <a href="https://rival.example/newsletter">rival’s newsletter</a> in their inbox, the founder said, up from 9,000 a year ago.</p>',
  '<p><b>The club <a href="https://club.example/news">told its fans</a> to sign up for its free weekly newsletter</b></p>',
  '<p>“As a broker, I earn a commission on every trade, and my clients know it,” she said, adding that fees would fall at no extra cost to savers.</p>',
  '<p>The festival, which was sponsored by three local banks, drew 40,000 visitors; this year’s edition was presented by the city council.</p>',
];
