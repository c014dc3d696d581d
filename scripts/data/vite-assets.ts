// The dataset as the extension ships it, made at build time from the committed files in src/data (which stay the
// one source, readable in a data refresh's diff):
//   data/dataset/              listings and symbol history in the compact text the background searches in place,
//                              in shards by symbol (src/core/resolve/compact.ts): a lookup reads only its symbols';
//   data/summaries/NN.json.gz  the descriptions, gzipped (8.3 -> 2.5 MB): the background inflates one shard with
//                              DecompressionStream when a card opens.
// Both are deterministic (gzip level 9, no file name or time in the header), so the source archive rebuilds the
// same package byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { encodeCompact, shardFile } from '../../src/core/resolve/compact.ts';
import type { HistoryFile, ListingsFile } from '../../src/core/resolve/data-format.ts';

export function datasetAssets(repo: string): Plugin {
  const dataDir = join(repo, 'src/data');
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  return {
    name: 'clearfolio-dataset-assets',
    apply: 'build',
    generateBundle() {
      const { header, shards } = encodeCompact(read<ListingsFile>('listings.json'), read<HistoryFile>('history.json'));
      this.emitFile({ type: 'asset', fileName: 'data/dataset/header.json', source: header });
      shards.forEach((text, n) => this.emitFile({ type: 'asset', fileName: `data/dataset/${shardFile(n)}`, source: text }));
      const summaries = join(dataDir, 'summaries');
      for (const file of readdirSync(summaries)
        .filter((f) => f.endsWith('.json'))
        .sort())
        this.emitFile({
          type: 'asset',
          fileName: `data/summaries/${file}.gz`,
          source: gzipSync(readFileSync(join(summaries, file)), { level: 9 }),
        });
    },
  };
}
