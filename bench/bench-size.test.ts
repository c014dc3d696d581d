import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentScriptFiles, framePageFiles, importsOf } from './bench-size.ts';

describe('content-script size: following a build from the manifest', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads static, bare, dynamic and runtime.getURL imports relative to the right folder', () => {
    const code =
      'import{a as b}from"./chunk-A.js";import"../x/side.js";const m=await import(/* @vite-ignore */"./lazy.js");' +
      'import(chrome.runtime.getURL("assets/index.ts-123.js"))';
    expect(importsOf(code, 'assets/loader.js')).toEqual(['assets/chunk-A.js', 'x/side.js', 'assets/lazy.js', 'assets/index.ts-123.js']);
  });

  it('collects the loader, the chunk it loads and that chunk’s shared imports, each once', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ content_scripts: [{ js: ['assets/loader.js'] }] }));
    writeFileSync(join(dir, 'assets/loader.js'), '(async()=>{await import(chrome.runtime.getURL("assets/main.js"))})()');
    writeFileSync(join(dir, 'assets/main.js'), 'import{x}from"./shared.js";import{y}from"./shared.js";');
    writeFileSync(join(dir, 'assets/shared.js'), 'export const x=1,y=2;');
    writeFileSync(join(dir, 'assets/background.js'), 'import"./shared.js"');
    expect(contentScriptFiles(dir)).toEqual(['assets/loader.js', 'assets/main.js', 'assets/shared.js']);
  });

  it('lists each framed page with the scripts it loads, apart from the content script', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'card'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        content_scripts: [{ js: ['assets/loader.js'] }],
        web_accessible_resources: [{ resources: ['card/frame.html', 'assets/shared.js'] }],
      }),
    );
    writeFileSync(join(dir, 'assets/loader.js'), 'import"./shared.js"');
    writeFileSync(join(dir, 'assets/shared.js'), 'export const x=1;');
    writeFileSync(join(dir, 'card/frame.html'), '<script type="module" crossorigin src="/assets/card.js"></script>');
    writeFileSync(join(dir, 'assets/card.js'), 'import"./preact.js";import"./shared.js"');
    writeFileSync(join(dir, 'assets/preact.js'), 'export{}');
    expect(framePageFiles(dir)).toEqual([{ page: 'card/frame.html', files: ['assets/card.js', 'assets/preact.js', 'assets/shared.js'] }]);
    expect(contentScriptFiles(dir)).toEqual(['assets/loader.js', 'assets/shared.js']);
  });
});
