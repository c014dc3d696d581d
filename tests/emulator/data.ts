// Market data the emulator serves: a handful of real listings with plausible prices, and a deterministic
// month of daily bars per symbol (seeded by the symbol, anchored to the emulator's clock), so the same
// clock always gives the same answers and tests can compare providers against each other.

export interface Listing {
  symbol: string;
  name: string;
  currency: string;
  /** Yahoo's exchange code and display name. */
  exchangeName: string;
  fullExchangeName: string;
  timezone: string;
  timezoneShort: string;
  /** Seconds east of UTC; fixed (no DST), which is close enough for an emulator. */
  gmtoffset: number;
  /** Regular session in local minutes after midnight. */
  open: number;
  close: number;
  /** US venues have pre/post sessions; the others answer zero-length ones, as Yahoo does. */
  extended: boolean;
  /** Price level the random walk starts from. */
  level: number;
}

const NY = { timezone: 'America/New_York', timezoneShort: 'EST', gmtoffset: -18_000, open: 570, close: 960, extended: true };
const TYO = { timezone: 'Asia/Tokyo', timezoneShort: 'JST', gmtoffset: 32_400, open: 540, close: 930, extended: false };
const LON = { timezone: 'Europe/London', timezoneShort: 'GMT', gmtoffset: 0, open: 480, close: 990, extended: false };
const TOR = { timezone: 'America/Toronto', timezoneShort: 'EST', gmtoffset: -18_000, open: 570, close: 960, extended: false };

export const LISTINGS: Readonly<Record<string, Listing>> = Object.fromEntries(
  [
    { symbol: 'AAPL', name: 'Apple Inc.', currency: 'USD', exchangeName: 'NMS', fullExchangeName: 'NasdaqGS', level: 229.5, ...NY },
    {
      symbol: 'MSFT',
      name: 'Microsoft Corporation',
      currency: 'USD',
      exchangeName: 'NMS',
      fullExchangeName: 'NasdaqGS',
      level: 418.2,
      ...NY,
    },
    { symbol: 'NVDA', name: 'NVIDIA Corporation', currency: 'USD', exchangeName: 'NMS', fullExchangeName: 'NasdaqGS', level: 178.9, ...NY },
    { symbol: 'SONY', name: 'Sony Group Corporation', currency: 'USD', exchangeName: 'NYQ', fullExchangeName: 'NYSE', level: 24.3, ...NY },
    {
      symbol: '6758.T',
      name: 'Sony Group Corporation',
      currency: 'JPY',
      exchangeName: 'JPX',
      fullExchangeName: 'Tokyo',
      level: 3_560,
      ...TYO,
    },
    {
      symbol: '7203.T',
      name: 'Toyota Motor Corporation',
      currency: 'JPY',
      exchangeName: 'JPX',
      fullExchangeName: 'Tokyo',
      level: 2_710,
      ...TYO,
    },
    { symbol: 'BP.L', name: 'BP p.l.c.', currency: 'GBp', exchangeName: 'LSE', fullExchangeName: 'LSE', level: 431.6, ...LON },
    { symbol: 'SHEL.L', name: 'Shell plc', currency: 'GBp', exchangeName: 'LSE', fullExchangeName: 'LSE', level: 2_612, ...LON },
    {
      symbol: 'RY.TO',
      name: 'Royal Bank of Canada',
      currency: 'CAD',
      exchangeName: 'TOR',
      fullExchangeName: 'Toronto',
      level: 171.4,
      ...TOR,
    },
  ].map((l) => [l.symbol, l]),
);

export interface Bar {
  /** Session open, epoch seconds (Yahoo's daily bar timestamp). */
  t: number;
  /** YYYY-MM-DD in the exchange's local calendar. */
  date: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export interface Series {
  listing: Listing;
  bars: Bar[];
  price: number;
  previousClose: number;
  /** Epoch seconds of the last trade. */
  marketTime: number;
  /** The current local day's sessions (epoch seconds), as Yahoo's currentTradingPeriod. */
  periods: Record<'pre' | 'regular' | 'post', { start: number; end: number }>;
}

const DAY = 86_400;

function seedOf(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function roundPrice(v: number, level: number): number {
  const digits = level >= 1000 ? 1 : 2;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** A month of daily bars ending with the session in progress (or the last one that closed) at `nowMs`. */
export function seriesFor(listing: Listing, nowMs: number): Series {
  const now = Math.floor(nowMs / 1000);
  const localNow = now + listing.gmtoffset;
  const today = Math.floor(localNow / DAY);
  const minute = Math.floor((localNow % DAY) / 60);
  const weekday = (d: number) => ((d % 7) + 3) % 7 < 5; // day 0 (1970-01-01) was a Thursday; Monday maps to 0
  const sessionStart = (d: number) => d * DAY + listing.open * 60 - listing.gmtoffset;
  const sessionEnd = (d: number) => d * DAY + listing.close * 60 - listing.gmtoffset;
  const days: number[] = [];
  for (let d = today - 30; d <= today; d++) {
    if (!weekday(d)) continue;
    if (d === today && minute < listing.open) continue; // today's bar appears once the session opens
    days.push(d);
  }
  const rand = rng(seedOf(listing.symbol));
  let level = listing.level;
  const bars: Bar[] = days.map((d) => {
    const open = level * (1 + (rand() - 0.5) * 0.01);
    const close = open * (1 + (rand() - 0.5) * 0.03);
    const high = Math.max(open, close) * (1 + rand() * 0.008);
    const low = Math.min(open, close) * (1 - rand() * 0.008);
    level = close;
    return {
      t: sessionStart(d),
      date: new Date(d * DAY * 1000).toISOString().slice(0, 10),
      open: roundPrice(open, listing.level),
      high: roundPrice(high, listing.level),
      low: roundPrice(low, listing.level),
      close: roundPrice(close, listing.level),
      volume: Math.round(1e6 + rand() * 9e6),
    };
  });
  const last = bars[bars.length - 1]!;
  const prev = bars[bars.length - 2] ?? last;
  const lastDay = days[days.length - 1]!;
  const inSession = lastDay === today && minute < listing.close;
  const pre = listing.extended
    ? { start: sessionStart(today) - 330 * 60, end: sessionStart(today) }
    : { start: sessionStart(today), end: sessionStart(today) };
  const post = listing.extended
    ? { start: sessionEnd(today), end: sessionEnd(today) + 240 * 60 }
    : { start: sessionEnd(today), end: sessionEnd(today) };
  return {
    listing,
    bars,
    price: last.close,
    previousClose: prev.close,
    marketTime: inSession ? now - 7 : sessionEnd(lastDay),
    periods: { pre, regular: { start: sessionStart(today), end: sessionEnd(today) }, post },
  };
}
