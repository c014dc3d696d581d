// Builds bench/entry.ts (pipeline + Readability + floor) into one IIFE with vite's library mode, so it can be
// injected into any page with a single <script>. Minified like the real content script, so both sides of
// the comparison run production code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export interface BundleOptions {
  repo: string;
  outDir: string;
  /**
   * Development aid while the core is unfinished: replace missing core modules with no-op stubs so the
   * harness can run. Results are then flagged as partial; never use it for reported figures.
   */
  stubMissing?: boolean;
  /** Keep names readable for CPU profiles (bench/bench-profile.ts); figures always use the minified build. */
  minify?: boolean;
}

export interface Bundle {
  file: string;
  bytes: number;
  stubbed: string[];
}

const STUBS: Record<string, string> = {
  'core/clutter/find.ts': 'export function findClutter() { return []; }',
  'core/tickers/find.ts': 'export async function findTickers() { return []; }',
  'content/hide.ts': 'export function hideBlocks() {} export function unhideAll() {}',
  'content/highlight.ts': 'export function wrapMentions() { return []; } export function unwrapAll() {}',
};

function stubMissingModules(repo: string, stubbed: string[]): Plugin {
  const src = join(repo, 'src');
  return {
    name: 'clearfolio-bench-stubs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const file = resolve(dirname(importer), source);
      if (existsSync(file) || !file.startsWith(src)) return null;
      const key = file
        .slice(src.length + 1)
        .split('\\')
        .join('/');
      if (!(key in STUBS)) return null;
      stubbed.push(key);
      return `\0bench-stub:${key}`;
    },
    load(id) {
      return id.startsWith('\0bench-stub:') ? STUBS[id.slice('\0bench-stub:'.length)] : null;
    },
  };
}

export async function buildBenchBundle(opts: BundleOptions): Promise<Bundle> {
  const stubbed: string[] = [];
  await build({
    configFile: false,
    root: opts.repo,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: opts.stubMissing ? [stubMissingModules(opts.repo, stubbed)] : [],
    build: {
      outDir: opts.outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: opts.minify ?? true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: join(opts.repo, 'bench/entry.ts'),
        formats: ['iife'],
        name: '__clearfolioBenchLib',
        fileName: () => 'bench.js',
      },
    },
  });
  const file = join(opts.outDir, 'bench.js');
  return { file, bytes: readFileSync(file).length, stubbed: [...new Set(stubbed)] };
}
