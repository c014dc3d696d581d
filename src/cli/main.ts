// `clearfolio analyze [--json] [--summary] [--url URL] FILE...` (the README's contract, "The command line"). Exit 0 when
// every file was analysed, 1 when some file could not be read or parsed (the others are still printed), 2 on usage errors.
import { readFileSync } from 'node:fs';
import { analyzeFile, type AnalyzeReport } from './analyze.ts';
import { repoPath } from './node-dataset.ts';
import { groupLines, groupMentions } from './summary.ts';

const USAGE = `Usage: clearfolio analyze [--json] [--summary] [--url URL] FILE...
       clearfolio --version

  --json      one line of JSON per file (JSON Lines), in input order
  --summary   group repeated ticker mentions: symbol, count, company (with --json: a "summary" field)
  --url URL   the page's address (otherwise <link rel=canonical> or og:url when present)
  --version   the version of Clearfolio
  -h, --help  this text`;

interface Args {
  json: boolean;
  summary: boolean;
  url: string | null;
  files: string[];
}

export function version(): string {
  return (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;
}

export function parseArgs(argv: string[]): Args | { help: true } | { version: true } | string {
  const [command, ...rest] = argv;
  if (argv.includes('-h') || argv.includes('--help')) return { help: true };
  if (argv.includes('--version')) return { version: true };
  if (command !== 'analyze') return command ? `unknown command: ${command}\n\n${USAGE}` : USAGE;
  const args: Args = { json: false, summary: false, url: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--summary') args.summary = true;
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

function summary(r: AnalyzeReport, grouped: boolean): string {
  const lines = [`${r.file}: ${r.isArticle ? 'article' : 'not an article'}${r.url ? ` (${r.url})` : ''}`];
  if (r.removed.length) {
    lines.push(`  hidden ${r.removed.length} block(s):`);
    for (const b of r.removed) lines.push(`    [${b.kind}] ${b.text.length > 90 ? `${b.text.slice(0, 87)}...` : b.text}`);
  }
  if (r.tickers.length && grouped) {
    const groups = groupMentions(r.tickers);
    lines.push(`  ${r.tickers.length} ticker mention(s) of ${groups.length} listing(s):`, ...groupLines(groups));
  } else if (r.tickers.length) {
    lines.push(`  ${r.tickers.length} ticker mention(s):`);
    for (const t of r.tickers) {
      const who = t.resolved
        ? `${t.resolved.name} (${t.resolved.symbol}, ${t.resolved.mic})${t.resolved.formerSymbol ? ` formerly ${t.resolved.formerSymbol}` : ''}`
        : 'unverified';
      lines.push(`    ${t.text} -> ${who}`);
    }
  }
  for (const w of r.warnings ?? []) lines.push(`  warning: ${w}`);
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
  if ('version' in args) {
    out.write(`clearfolio ${version()}\n`);
    return 0;
  }
  let failed = false;
  for (const file of args.files) {
    try {
      const report = await analyzeFile(file, args.url);
      const line = args.json && args.summary ? { ...report, summary: groupMentions(report.tickers) } : report;
      out.write(args.json ? `${JSON.stringify(line)}\n` : `${summary(report, args.summary)}\n`);
    } catch (e) {
      failed = true;
      err.write(`clearfolio: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}
