// The offline dataset, loaded once per background lifetime on the first lookup (not at start-up, so
// waking the worker for other events stays cheap). The JSON files ship as build assets and are fetched
// from the extension itself; they never reach a content script.
import listingsUrl from '../data/listings.json?url';
import historyUrl from '../data/history.json?url';
import type { HistoryFile, ListingsFile, SummariesShard } from '../core/resolve/data-format.ts';
import { createDataset, summaryFile, type Dataset } from '../core/resolve/dataset.ts';

let loading: Promise<Dataset> | null = null;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export function getDataset(): Promise<Dataset> {
  loading ??= (async () => {
    const [listings, history] = await Promise.all([getJson<ListingsFile>(listingsUrl), getJson<HistoryFile>(historyUrl)]);
    return createDataset({ listings, history });
  })().catch((e) => {
    loading = null; // a failed load is retried by the next lookup
    throw e;
  });
  return loading;
}

const shards = new Map<string, Promise<SummariesShard | null>>();

/** A company's description, from its summaries shard (a few hundred KB, fetched when a card opens). */
export async function summaryFor(symbol: string, mic: string): Promise<string | null> {
  const file = summaryFile({ symbol, mic });
  let shard = shards.get(file);
  if (!shard) {
    shard = getJson<SummariesShard>(file).catch(() => null);
    shards.set(file, shard);
  }
  return (await shard)?.[`${mic}:${symbol}`] ?? null;
}
