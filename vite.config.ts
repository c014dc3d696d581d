import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild, transformSync } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { QUOTE_PROVIDERS } from './src/core/quote-providers.ts';
import { datasetAssets } from './scripts/data/vite-assets.ts';

// One manifest source, two builds. CLEARFOLIO_TARGET picks the browser; `npm run build` runs both.
// crxjs does not convert the manifest for Firefox, so the Firefox-only differences live here. The version
// has one source, package.json: manifest.json carries none, and a release tag must match it (scripts/release.ts).
type Target = 'chrome' | 'firefox';
const target: Target = process.env.CLEARFOLIO_TARGET === 'firefox' ? 'firefox' : 'chrome';

export const GECKO_ID = 'clearfolio@clearfolio.app';

export function manifestFor(target: Target): ManifestV3Export {
  const manifest = { ...structuredClone(baseManifest), version: pkg.version } as Record<string, unknown>;
  // Each quote provider's hosts, asked for only when the user picks it: from the registry, so a new provider
  // is not also a manifest edit (src/core/manifest.test.ts pins the resulting list).
  manifest.optional_host_permissions = Object.values(QUOTE_PROVIDERS).flatMap((p) => p.origins);
  if (target === 'firefox') {
    const background = manifest.background as { service_worker: string };
    manifest.background = { scripts: [background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Nothing is collected unless the user turns quotes on: then the symbols of the tickers they open
        // (text of the pages they read) go to the chosen quote provider.
        data_collection_permissions: { required: ['none'], optional: ['websiteContent'] },
      },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * The early stylesheet's script (src/content/early.ts), at document_start: it must run before the page's first
 * paint, so it is a plain script the browser runs at once, not a module behind crxjs's loader (whose dynamic
 * import lands after the first frames of a small page). The build adds it to the manifest after crxjs.
 */
export const EARLY_CONTENT_SCRIPT = {
  matches: ['http://*/*', 'https://*/*'],
  js: ['early.js'],
  run_at: 'document_start',
  all_frames: false,
};

/** `value` without its `$comment` keys, at any depth. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== '$comment')
      .map(([k, v]) => [k, withoutComments(v)]),
  );
}

/** A data file of src/ imported as JSON (not `?raw` or `?url`). */
const SRC_JSON = /[\\/]src[\\/][^?]*\.json$/;

/** The JSON file's text without its `$comment` keys. */
function withoutCommentsJson(file: string): string {
  return JSON.stringify(withoutComments(JSON.parse(readFileSync(file, 'utf8'))));
}

/**
 * The rules' `$comment` prose documents the data for its readers; no browser needs it. Stripped before vite's JSON
 * plugin reads a data file of src/, as the early script's build does (~0.8 KB gzipped of the content script's static
 * graph, which every page loads).
 */
function stripJsonComments(): Plugin {
  return {
    name: 'clearfolio-strip-json-comments',
    enforce: 'pre',
    load(id) {
      return SRC_JSON.test(id) ? withoutCommentsJson(id) : null;
    },
  };
}

function earlyScript(): Plugin {
  let outDir = '';
  return {
    name: 'clearfolio-early-script',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every other plugin wrote its files: crxjs writes manifest.json late.
    async closeBundle() {
      const out = await esbuild({
        entryPoints: [fileURLToPath(new URL('src/content/early.ts', import.meta.url))],
        bundle: true,
        write: false,
        format: 'iife',
        minify: true,
        target: 'es2022',
        // The rules' words in other scripts as they are, not as \u escapes (vite's own chunks are built so too): six
        // characters for each Japanese one (about 0.1 KB gzipped of a script every page compiles).
        charset: 'utf8',
        plugins: [
          {
            // The rules' `$comment` prose documents the data for its readers; no browser needs it (~0.8 KB gzipped
            // of a script every page compiles).
            name: 'strip-json-comments',
            setup(b) {
              b.onLoad({ filter: SRC_JSON }, (a) => ({ contents: withoutCommentsJson(a.path), loader: 'json' }));
            },
          },
          {
            name: 'inline-css',
            setup(b) {
              b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: join(a.resolveDir, a.path.replace(/\?inline$/, '')) }));
              // Minified as vite minifies the page's other stylesheets: the generated sheet's header comment and
              // layout are for its readers (~0.1 KB gzipped of a script every page compiles).
              b.onLoad({ filter: /\.css$/ }, (a) => ({
                contents: transformSync(readFileSync(a.path, 'utf8'), { loader: 'css', minify: true }).code,
                loader: 'text',
              }));
            },
          },
        ],
      });
      writeFileSync(join(outDir, EARLY_CONTENT_SCRIPT.js[0]!), out.outputFiles[0]!.text);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts?: unknown[] };
      manifest.content_scripts = [...(manifest.content_scripts ?? []), EARLY_CONTENT_SCRIPT];
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}

export default defineConfig({
  publicDir: 'src/public',
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the package: they would ship a second copy of the code to every user (the content
    // script's size is budgeted) and the browsers' store reviews read the built files anyway.
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    // Vite's preload helper would add <link rel="modulepreload" href="chrome-extension://..."> to the PAGE
    // when the card or reader chunk loads: a non-clearfolio element left in the page and a fingerprint.
    modulePreload: false,
    // The card and reader run as extension pages framed into the page (web_accessible_resources in the
    // manifest); crxjs copies such files as they are, so vite has to build them as pages of their own.
    rollupOptions: {
      input: {
        'card-frame': 'src/pages/card/frame.html',
        'reader-frame': 'src/pages/reader/frame.html',
        // The first-run page is opened by the background only, so no manifest entry names it.
        welcome: 'src/pages/welcome/index.html',
      },
    },
  },
  plugins: [
    stripJsonComments(),
    crx({ manifest: manifestFor(target), browser: target }),
    datasetAssets(import.meta.dirname),
    earlyScript(),
  ],
});
