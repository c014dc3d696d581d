// One `clearfolio analyze` of FILE in this process, for bench-cli.ts: prints its time and the process's peak memory.
import { analyzeFile } from '../src/cli/analyze.ts';

const file = process.argv[2]!;
const t = performance.now();
const r = await analyzeFile(file, null);
const ms = performance.now() - t;
const peakMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
console.log(
  JSON.stringify({
    ms,
    peakMb,
    isArticle: r.isArticle,
    tickers: r.tickers.length,
    removed: r.removed.length,
    warnings: r.warnings?.length ?? 0,
  }),
);
