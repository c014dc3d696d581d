// What every tab pays to load the content script: the manifest's content-script files plus every chunk
// they import (statically, dynamically, or through crxjs's runtime.getURL loader), gzipped one by one as
// they are stored. Also proves the dataset stayed in the background: known company names must not occur.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  gzipBytes: number;
  rawBytes: number;
  files: { file: string; bytes: number; gzipBytes: number }[];
  /** Dataset strings found in the content script's files (should be empty). */
  datasetLeaks: string[];
  checkedNames: string[];
  /**
   * Not part of the figure: the extension pages the content script frames on demand (card, reader), each with
   * everything its scripts import. They run in the extension's own process, isolated from the page.
   */
  framePages: { page: string; gzipBytes: number; files: number }[];
}

const IMPORT_PATTERNS = [
  /\bfrom\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  /\bimport\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g,
  /\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g,
];
const GET_URL = /getURL\(\s*["'`]\/?([^"'`]+\.js)["'`]\s*\)/g;

/** Files a built chunk loads, as paths relative to the build root. */
export function importsOf(code: string, file: string): string[] {
  const out: string[] = [];
  for (const re of IMPORT_PATTERNS) {
    for (const m of code.matchAll(re)) out.push(normalize(join(dirname(file), m[1] as string)));
  }
  for (const m of code.matchAll(GET_URL)) out.push(normalize(m[1] as string));
  return out;
}

export function contentScriptFiles(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const queue = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => normalize(f));
  if (!queue.length) throw new Error(`${buildDir}/manifest.json declares no content-script JS`);
  return withImports(buildDir, queue);
}

const MODULE_SRC = /<script\b[^>]*\bsrc="\/?([^"]+\.js)"/g;

/** The web-accessible HTML pages of the build (the frames) and the scripts each loads, all imports followed. */
export function framePageFiles(buildDir: string): { page: string; files: string[] }[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources?: string[] }[];
  };
  const pages = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []).filter((r) => r.endsWith('.html'));
  return pages.map((page) => {
    const html = readFileSync(join(buildDir, page), 'utf8');
    return {
      page,
      files: withImports(
        buildDir,
        [...html.matchAll(MODULE_SRC)].map((m) => normalize(m[1] as string)),
      ),
    };
  });
}

function withImports(buildDir: string, queue: string[]): string[] {
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const abs = join(buildDir, file);
    if (!existsSync(abs)) throw new Error(`${file} is imported but not in ${buildDir}`);
    seen.add(file);
    queue.push(...importsOf(readFileSync(abs, 'utf8'), file));
  }
  return [...seen];
}

/** A few long company names straight from the dataset, plus one the brief names, to look for in the chunks. */
export function datasetProbes(repo: string): string[] {
  const listings = JSON.parse(readFileSync(join(repo, 'src/data/listings.json'), 'utf8')) as { columns: { name: string[] } };
  const names = listings.columns.name;
  const picks = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => names[Math.floor(f * names.length)]).filter((n): n is string => !!n && n.length >= 12);
  return ['Sony Group', ...picks];
}

export function measureContentScript(repo: string, buildDir = join(repo, 'dist/chrome')): ContentScriptSize {
  const files = contentScriptFiles(buildDir).map((file) => {
    const body = readFileSync(join(buildDir, file));
    return {
      file: relative(buildDir, join(buildDir, file)),
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      text: body.toString('utf8'),
    };
  });
  const checkedNames = datasetProbes(repo);
  const datasetLeaks = checkedNames.filter((name) => files.some((f) => f.text.includes(name)));
  return {
    gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0),
    rawBytes: files.reduce((s, f) => s + f.bytes, 0),
    files: files.map(({ file, bytes, gzipBytes }) => ({ file, bytes, gzipBytes })),
    datasetLeaks,
    checkedNames,
    framePages: framePageFiles(buildDir).map(({ page, files }) => ({
      page,
      files: files.length,
      gzipBytes: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(buildDir, f)), { level: 9 }).length, 0),
    })),
  };
}
