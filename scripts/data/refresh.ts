// `npm run data -- --refresh`: downloads the sources that have a stable address into a dated cache folder laid out
// like ../shared/data, so the ordinary build reads it unchanged. Files with no stable address (the derived history
// intervals, the SEC snapshots of earlier years, the exchange reference) are copied from ../shared/data as they are.
//
// The fetch is injected: tests serve recorded copies (scripts/data/samples/) and never reach the network.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FD_BORROW_ONLY, FD_MAIN, FD_US } from './financedatabase.ts';

export type Fetch = (
  url: string,
  init?: { headers?: Record<string, string> },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface RemoteSource {
  /** Path inside the data folder, as in ../shared/data (".gz" = stored gzip-compressed). */
  file: string;
  url: string;
  /** A cheap check that the reply is the file and not an error page: a header line or JSON. */
  looksRight: (text: string) => boolean;
}

const GITHUB = 'https://raw.githubusercontent.com';
const isJson = (text: string): boolean => {
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
};
const startsWith =
  (header: string) =>
  (text: string): boolean =>
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith(header);

/** Every source with a stable address (see ../shared/data/SOURCES.md and src/data/LICENSES.md). */
export function remoteSources(): RemoteSource[] {
  const fd = [...new Set([...Object.keys(FD_MAIN), ...FD_US, ...FD_BORROW_ONLY])].sort();
  return [
    { file: 'us/sec_company_tickers.json.gz', url: 'https://www.sec.gov/files/company_tickers.json', looksRight: isJson },
    { file: 'us/sec_company_tickers_exchange.json', url: 'https://www.sec.gov/files/company_tickers_exchange.json', looksRight: isJson },
    {
      file: 'us/nasdaqtrader_nasdaqlisted.txt',
      url: 'https://www.nasdaqtrader.com/dynamic/SymDir/nasdaqlisted.txt',
      looksRight: startsWith('Symbol|'),
    },
    {
      file: 'us/nasdaqtrader_otherlisted.txt',
      url: 'https://www.nasdaqtrader.com/dynamic/SymDir/otherlisted.txt',
      looksRight: startsWith('ACT Symbol|'),
    },
    ...['nasdaq', 'nyse', 'amex'].map((x) => ({
      file: `us/nasdaq_screener_${x}_full_tickers.json.gz`,
      url: `${GITHUB}/rreichel3/US-Stock-Symbols/main/${x}/${x}_full_tickers.json`,
      looksRight: isJson,
    })),
    ...fd.map((exch) => ({
      file: `international/financedatabase_equities/${exch}.csv.gz`,
      url: `${GITHUB}/JerBouma/FinanceDatabase/main/database/equities/${exch}.csv`,
      looksRight: startsWith('symbol,name,'),
    })),
    {
      file: 'international/jonfriesen_nasdaq_nyse_tsx_tsxv_symbol_list.csv.gz',
      url: `${GITHUB}/jonfriesen/symbol-list/main/web/static/data/daily-symbol-list.csv`,
      looksRight: startsWith('Symbol,Name,'),
    },
    ...['twse', 'tpex'].map((x) => ({
      file: `international/twstock_${x}_equities.csv.gz`,
      url: `${GITHUB}/mlouielu/twstock/master/twstock/codes/${x}_equities.csv`,
      looksRight: startsWith('type,code,'),
    })),
    {
      file: 'international/nse_india_EQUITY_L.csv',
      url: 'https://nsearchives.nseindia.com/content/equities/EQUITY_L.csv',
      looksRight: startsWith('SYMBOL,'),
    },
    {
      file: 'history/nse_india_symbolchange.csv',
      url: 'https://nsearchives.nseindia.com/content/equities/symbolchange.csv',
      looksRight: (t) => t.trim().split('\n')[0]!.split(',').length >= 4,
    },
  ];
}

/** The SEC asks automated clients to name themselves (https://www.sec.gov/os/accessing-edgar-data). */
const USER_AGENT = process.env.CLEARFOLIO_USER_AGENT ?? 'Clearfolio data refresh (https://github.com/clearfolio/clearfolio)';

export interface Manifest {
  /** The day of the download (YYYY-MM-DD): the version of every downloaded file. */
  date: string;
  sources: { file: string; url: string }[];
}

export const MANIFEST = 'refresh.json';

/**
 * Downloads every source into `dir` (created), then copies each other file of `shared` that was not downloaded.
 * Fails on the first source that cannot be fetched, naming it: a half-refreshed dataset would mix dates.
 */
export async function download(opts: {
  fetch: Fetch;
  dir: string;
  shared: string;
  date: string;
  sources?: RemoteSource[];
}): Promise<Manifest> {
  const sources = opts.sources ?? remoteSources();
  const got = new Map<string, string>();
  for (const src of sources) {
    let res: Awaited<ReturnType<Fetch>>;
    try {
      res = await opts.fetch(src.url, { headers: { 'User-Agent': USER_AGENT, Accept: '*/*' } });
    } catch (err) {
      throw new Error(
        `cannot download ${src.url} (${(err as Error).message}): no network? The refresh needs internet access; \`npm run data\` without --refresh rebuilds from ../shared/data offline.`,
        { cause: err },
      );
    }
    if (!res.ok) throw new Error(`download of ${src.url} failed: HTTP ${res.status}`);
    const text = await res.text();
    if (!src.looksRight(text))
      throw new Error(`download of ${src.url} does not look like ${src.file} (starts ${JSON.stringify(text.slice(0, 60))})`);
    got.set(src.file, text);
  }
  mkdirSync(opts.dir, { recursive: true });
  for (const [file, text] of got) {
    const path = join(opts.dir, file);
    mkdirSync(dirname(path), { recursive: true });
    // mtime 0 and no name in the header (like gzip -9n), so equal downloads give equal bytes.
    writeFileSync(path, file.endsWith('.gz') ? gzipSync(Buffer.from(text, 'utf8'), { level: 9 }) : text);
  }
  const replaced = new Set([...got.keys()].flatMap((f) => [f, f.replace(/\.gz$/, '')]));
  for (const file of filesUnder(opts.shared)) {
    if (replaced.has(file) || replaced.has(`${file}.gz`) || file === MANIFEST) continue;
    const to = join(opts.dir, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(opts.shared, file), to);
  }
  const manifest: Manifest = { date: opts.date, sources: sources.map(({ file, url }) => ({ file, url })) };
  writeFileSync(join(opts.dir, MANIFEST), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}
