// The offline dataset. The build ships it as compact text in shards by symbol (data/dataset/, see
// src/core/resolve/compact.ts): a lookup fetches the small header once and then only the shards of the symbols
// it asks about, and searches them in place, so the first answer after the worker starts costs a few small
// fetches rather than parsing the whole dataset. Nothing loads at start-up, so waking the worker for other events
// stays cheap. The files are fetched from the extension itself and never reach a content script.
import type { Company, LookupQuery } from '../core/types.ts';
import type { SummariesShard } from '../core/resolve/data-format.ts';
import { compactTables, datasetShard, lookupLoading, shardFile, type CompactData } from '../core/resolve/compact.ts';
import { symbolKey } from '../core/resolve/symbols.ts';
import { datasetOver, summaryFile, type Dataset } from '../core/resolve/dataset.ts';

const DATASET_DIR = '/data/dataset/';

async function get(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

let opening: Promise<{ data: CompactData; dataset: Dataset }> | null = null;
const shardLoads = new Map<number, Promise<string>>();

function open(): Promise<{ data: CompactData; dataset: Dataset }> {
  opening ??= (async () => {
    const data = compactTables(await (await get(`${DATASET_DIR}header.json`)).text());
    return { data, dataset: datasetOver(data) };
  })().catch((e) => {
    opening = null; // a failed load is retried by the next lookup
    throw e;
  });
  return opening;
}

function loadShard(n: number): Promise<string> {
  let text = shardLoads.get(n);
  if (!text) {
    text = get(`${DATASET_DIR}${shardFile(n)}`).then((res) => res.text());
    text.catch(() => shardLoads.delete(n));
    shardLoads.set(n, text);
  }
  return text;
}

/** The companies `queries` name (null where none), as the whole dataset answers them. */
export async function lookupMany(queries: readonly LookupQuery[]): Promise<(Company | null)[]> {
  // The shards of the symbols as written start loading together with the header rather than after it (the
  // loading passes fetch any other shard a lookup needs: Hong Kong spellings, where a renamed symbol went).
  for (const q of queries) loadShard(datasetShard(symbolKey(q.symbol))).catch(() => undefined);
  const { data, dataset } = await open();
  return lookupLoading(dataset, data, queries, loadShard);
}

const shards = new Map<string, Promise<SummariesShard | null>>();

/** A shard of descriptions, shipped gzipped (the build's data/summaries/NN.json.gz). */
async function getShard(url: string): Promise<SummariesShard> {
  const body = (await get(url)).body;
  if (!body) throw new Error(`${url}: empty`);
  return (await new Response(body.pipeThrough(new DecompressionStream('gzip'))).json()) as SummariesShard;
}

/** A company's description, from its summaries shard (~80 KB gzipped, fetched when a card opens). */
export async function summaryFor(symbol: string, mic: string): Promise<string | null> {
  const file = summaryFile({ symbol, mic });
  let shard = shards.get(file);
  if (!shard) {
    shard = getShard(file).catch(() => null);
    shards.set(file, shard);
  }
  return (await shard)?.[`${mic}:${symbol}`] ?? null;
}
