import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { QUOTE_PROVIDERS } from './src/core/quote-providers.ts';

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
  plugins: [crx({ manifest: manifestFor(target), browser: target })],
});
