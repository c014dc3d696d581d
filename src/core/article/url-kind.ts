// What a page's address says about it. Publishers put page types in their paths (/quote/AAPL, /author/x,
// /search?q=), so the URL is the cheapest non-article signal there is. "strong" kinds decide on their own;
// a section-front guess is "weak": a short path like /markets/ can also be a blog post with a short slug, so
// page metadata may overrule it.

export type UrlKind = 'home' | 'section' | 'search' | 'login' | 'shop' | 'quote' | 'docs' | 'forum' | 'video' | 'profile' | 'listing';

export interface UrlVerdict {
  kind: UrlKind;
  strong: boolean;
}

// First path segment (or any segment, for `anywhere`) naming a non-article page type.
const FIRST_SEGMENT: Record<string, UrlKind> = {
  search: 'search',
  results: 'search',
  login: 'login',
  signin: 'login',
  'sign-in': 'login',
  signup: 'login',
  'sign-up': 'login',
  register: 'login',
  account: 'login',
  accounts: 'login',
  'my-account': 'login',
  auth: 'login',
  logout: 'login',
  shop: 'shop',
  store: 'shop',
  cart: 'shop',
  checkout: 'shop',
  basket: 'shop',
  product: 'shop',
  products: 'shop',
  docs: 'docs',
  documentation: 'docs',
  manual: 'docs',
  reference: 'docs',
  forum: 'forum',
  forums: 'forum',
  community: 'forum',
  discussions: 'forum',
  discussion: 'forum',
  threads: 'forum',
  thread: 'forum',
  board: 'forum',
  boards: 'forum',
  questions: 'forum',
  t: 'forum',
  video: 'video',
  videos: 'video',
  watch: 'video',
  tv: 'video',
};

// Segments that introduce a page about one thing, followed by at most one or two short segments.
const LEAD_SEGMENT: Record<string, UrlKind> = {
  quote: 'quote',
  quotes: 'quote',
  symbol: 'quote',
  symbols: 'quote',
  screener: 'quote',
  screeners: 'quote',
  'stock-screener': 'quote',
  chart: 'quote',
  charts: 'quote',
  author: 'profile',
  authors: 'profile',
  people: 'profile',
  profile: 'profile',
  profiles: 'profile',
  user: 'profile',
  users: 'profile',
  contributor: 'profile',
  contributors: 'profile',
  staff: 'profile',
  journalist: 'profile',
  journalists: 'profile',
  by: 'profile',
  u: 'profile',
  tag: 'listing',
  tags: 'listing',
  topic: 'listing',
  topics: 'listing',
  category: 'listing',
  categories: 'listing',
  section: 'listing',
  sections: 'listing',
  archive: 'listing',
  archives: 'listing',
  search: 'search',
  video: 'video',
  videos: 'video',
  forum: 'forum',
  forums: 'forum',
  // "/slideshow/76280131.cms": a gallery page named by its id, however much article metadata it carries.
  slideshow: 'listing',
  slideshows: 'listing',
  gallery: 'listing',
  galleries: 'listing',
  photogallery: 'listing',
};

const SUBDOMAIN: Record<string, UrlKind> = {
  docs: 'docs',
  developer: 'docs',
  developers: 'docs',
  help: 'docs',
  support: 'docs',
  forum: 'forum',
  forums: 'forum',
  community: 'forum',
  discuss: 'forum',
  // A site's video host (videos.gulflive.com, video.foxnews.com): pages of a player and its description.
  video: 'video',
  videos: 'video',
  shop: 'shop',
  store: 'shop',
  login: 'login',
  accounts: 'login',
  auth: 'login',
};

const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keyword', 'keywords'];
const ARTICLE_PARAMS = ['p', 'id', 'story', 'article', 'storyid', 'articleid', 'post'];
// "/quote/AAPL", "/stock/bp.l", "/author/jane-doe": the thing named after the lead segment is short.
const SHORT_NAME = /^[\w.^=%-]{1,40}$/;
const SECTION_WORD = /^[a-z]+(?:-[a-z]+)?$/;

export function classifyUrl(url: string | null): UrlVerdict | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  const segs = u.pathname.toLowerCase().split('/').filter(Boolean);
  // "/tag/x/page/2" is still the tag page.
  if (segs.length >= 2 && segs[segs.length - 2] === 'page' && /^\d+$/.test(segs[segs.length - 1] ?? '')) segs.splice(-2);
  const params = u.searchParams;
  const host = u.hostname.toLowerCase();
  const sub = host.split('.')[0] ?? '';

  if (/(^|\.)youtube\.com$/.test(host) && segs[0] === 'watch') return { kind: 'video', strong: true };
  if (/(^|\.)reddit\.com$/.test(host)) return { kind: 'forum', strong: true };
  const subKind = SUBDOMAIN[sub];
  if (subKind) return { kind: subKind, strong: true };

  const last = segs[segs.length - 1] ?? '';
  if (segs.length === 0 || (segs.length === 1 && /^(index|default|home)\.\w+$/.test(last))) {
    if (SEARCH_PARAMS.some((p) => params.has(p))) return { kind: 'search', strong: true };
    if (ARTICLE_PARAMS.some((p) => params.has(p))) return null;
    return { kind: 'home', strong: true };
  }
  const first = segs[0] ?? '';
  const firstKind = FIRST_SEGMENT[first];
  if (firstKind) return { kind: firstKind, strong: true };

  for (let i = 0; i < segs.length; i++) {
    const kind = LEAD_SEGMENT[segs[i] ?? ''];
    const rest = segs.slice(i + 1);
    if (kind && rest.length <= 2 && rest.every((s) => SHORT_NAME.test(s))) {
      // "/quote/AAPL/history": still the same page type.
      return { kind, strong: true };
    }
  }
  // "/investing/stock/aapl", "/stocks/bp.l": a symbol-sized last segment after stock(s).
  const prev = segs[segs.length - 2];
  if (
    (prev === 'stock' || prev === 'stocks' || prev === 'etf' || prev === 'fund' || prev === 'funds') &&
    /^[a-z0-9.^=-]{1,12}$/.test(last) &&
    !/-.*-/.test(last)
  ) {
    return { kind: 'quote', strong: true };
  }
  if (params.has('q') || params.has('query')) return { kind: 'search', strong: true };

  // A short path of plain words with no id, date or file name reads like a section front.
  if (segs.length <= 2 && segs.every((s) => SECTION_WORD.test(s))) return { kind: 'section', strong: false };
  return null;
}
