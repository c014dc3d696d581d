// When the page was published, as a calendar date ("2015-03-12", or "2015-03" when only the month is known).
// Ticker symbols are recycled (S was Sprint until 2020, SentinelOne since 2021), so resolution needs the page's
// date. Sources in order of trust: what the publisher tells search engines (JSON-LD datePublished, then the meta
// tags of Open Graph, Parse.ly, Sailthru, Dublin Core and friends), a <time> element in the article, and last a
// date in the URL's path (/2015/03/12/). Pure: it reads the document, never the clock.

/** Meta names and properties that carry the publication time, lower-cased, most specific first. */
const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'article.published',
  'article_date_original',
  'date',
];
const META_RANK = new Map(META_KEYS.map((k, i) => [k, i]));

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

function date(year: number, month: number, day?: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? `${ym}-${String(day).padStart(2, '0')}` : null;
}

/**
 * The calendar date a publisher's date string names: ISO 8601 ("2015-03-12T09:30:00-04:00": the date as the
 * publisher wrote it, not moved to UTC), "20150312", "March 12, 2015", "12 March 2015", RFC 2822
 * ("Thu, 12 Mar 2015 13:30:00 GMT"), or a Unix time in seconds or milliseconds. Null when it is none of these.
 */
export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const d = new Date(Number(m[1]) * (m[1]!.length === 10 ? 1000 : 1));
    return date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthOf(m[1]!)) return date(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthOf(m[2]!)) return date(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  return null;
}

function monthOf(word: string): number {
  const w = word.toLowerCase();
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  const i = full.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTHS[w] ?? 0;
}

/** datePublished of the page's own article entity in JSON-LD (top level or @graph), else of any entity. */
function fromJsonLd(doc: Document): string | null {
  let fallback: string | null = null;
  const visit = (node: unknown, depth: number): string | null => {
    if (Array.isArray(node)) {
      for (const n of node) {
        const found = visit(n, depth);
        if (found) return found;
      }
      return null;
    }
    if (!node || typeof node !== 'object' || depth > 3) return null;
    const obj = node as Record<string, unknown>;
    const value = typeof obj.datePublished === 'string' ? parseDate(obj.datePublished) : null;
    if (value) {
      const types = [obj['@type']].flat().map((t) => String(t).toLowerCase());
      if (types.some((t) => /article|posting|report|pressrelease/.test(t))) return value;
      fallback ??= value;
    }
    return visit(obj['@graph'], depth + 1) ?? visit(obj.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some CMSs wrap the JSON in CDATA markers (for XHTML parsers).
      const json = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');
      const found = visit(JSON.parse(json), 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; other sources may still tell.
    }
  }
  return fallback;
}

function fromMeta(doc: Document): string | null {
  let best: { rank: number; value: string } | null = null;
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content') ?? '';
    let value: string | null = null;
    let rank = META_RANK.get(key);
    if (rank !== undefined) value = parseDate(content);
    else if (key === 'parsely-page') {
      // Parse.ly's older tag: a JSON object with pub_date.
      try {
        const pub = (JSON.parse(content) as { pub_date?: unknown }).pub_date;
        value = typeof pub === 'string' ? parseDate(pub) : null;
        rank = META_RANK.get('parsely-pub-date');
      } catch {
        value = null;
      }
    }
    if (value && rank !== undefined && (!best || rank < best.rank)) best = { rank, value };
  }
  return best?.value ?? null;
}

/** A <time> the page marks as the publication time, else the first dated <time> in the article. */
function fromTime(doc: Document, region: Element | null): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content], time[pubdate][datetime]');
  const markedValue = marked && parseDate(marked.getAttribute('datetime') ?? marked.getAttribute('content') ?? '');
  if (markedValue) return markedValue;
  for (const root of [region, doc.querySelector('article')]) {
    if (!root) continue;
    for (const t of Array.from(root.querySelectorAll('time[datetime]'))) {
      const value = parseDate(t.getAttribute('datetime') ?? '');
      if (value) return value;
    }
  }
  return null;
}

/** A date in the URL's path: /2015/03/12/, /2015-03-12/, /20150312/, or the month alone (/2015/03/). */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/)/.exec(path);
  return m ? date(Number(m[1]), Number(m[2])) : null;
}

/**
 * The page's publication date, or null when nothing on it says. `region` is the article element detection found,
 * where a bare <time> most likely dates the article rather than a sidebar item.
 */
export function publishedDate(doc: Document, url: string | null, region: Element | null = null): string | null {
  return fromJsonLd(doc) ?? fromMeta(doc) ?? fromTime(doc, region) ?? dateFromUrl(url);
}
