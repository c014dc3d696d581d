// `clearfolio analyze [--json] [--url URL] FILE...` (the README's contract, "The command line"). Exit 0 when every file was
// analysed, 1 when some file could not be read or parsed (the others are still printed), 2 on usage errors.
import { analyzeFile, type AnalyzeReport } from './analyze.ts';

const USAGE = `Usage: clearfolio analyze [--json] [--url URL] FILE...

  --json      one line of JSON per file (JSON Lines), in input order
  --url URL   the page's address (otherwise <link rel=canonical> or og:url when present)
  -h, --help  this text`;

interface Args {
  json: boolean;
  url: string | null;
  files: string[];
}

export function parseArgs(argv: string[]): Args | { help: true } | string {
  const [command, ...rest] = argv;
  if (argv.includes('-h') || argv.includes('--help')) return { help: true };
  if (command !== 'analyze') return command ? `unknown command: ${command}\n\n${USAGE}` : USAGE;
  const args: Args = { json: false, url: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') {
      const v = rest[++i];
      if (!v) return '--url needs a value';
      try {
        new URL(v);
      } catch {
        return `--url is not a URL: ${v}`;
      }
      args.url = v;
    } else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a.startsWith('-') && a !== '-') return `unknown option: ${a}\n\n${USAGE}`;
    else args.files.push(a);
  }
  if (!args.files.length) return `no FILE given\n\n${USAGE}`;
  return args;
}

function summary(r: AnalyzeReport): string {
  const lines = [`${r.file}: ${r.isArticle ? 'article' : 'not an article'}${r.url ? ` (${r.url})` : ''}`];
  if (r.removed.length) {
    lines.push(`  hidden ${r.removed.length} block(s):`);
    for (const b of r.removed) lines.push(`    [${b.kind}] ${b.text.length > 90 ? `${b.text.slice(0, 87)}...` : b.text}`);
  }
  if (r.tickers.length) {
    lines.push(`  ${r.tickers.length} ticker mention(s):`);
    for (const t of r.tickers) {
      const who = t.resolved
        ? `${t.resolved.name} (${t.resolved.symbol}, ${t.resolved.mic})${t.resolved.formerSymbol ? ` formerly ${t.resolved.formerSymbol}` : ''}`
        : 'unverified';
      lines.push(`    ${t.text} -> ${who}`);
    }
  }
  lines.push(`  ${r.timingsMs.total.toFixed(1)} ms`);
  return lines.join('\n');
}

interface Sink {
  write(s: string): unknown;
}

export async function main(argv: string[], out: Sink = process.stdout, err: Sink = process.stderr): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    err.write(`clearfolio: ${args}\n`);
    return 2;
  }
  if ('help' in args) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  let failed = false;
  for (const file of args.files) {
    try {
      const report = await analyzeFile(file, args.url);
      out.write(args.json ? `${JSON.stringify(report)}\n` : `${summary(report)}\n`);
    } catch (e) {
      failed = true;
      err.write(`clearfolio: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}
