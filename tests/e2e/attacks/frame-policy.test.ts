// Item 11 of the security review (#20): what the extension's frames and manifests allow. The card frame needs no
// network of its own (its data come from the background), so its policy forbids fetches and images; the
// Firefox manifest declares that quotes send symbols to a provider (optional data collection).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { articleReady, CARD_PAGE, openCardByUser, sleep, startAttackServer, type AttackServer } from './harness.ts';

describe.each<BrowserName>(['chromium', 'firefox'])('frame policy in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let page: TestPage;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await browser?.close();
    await server?.close();
  });

  it('item 11: the card frame can neither fetch nor load images from anywhere', async () => {
    await page.goto(`${server.url}/e2e/attack-article.html`);
    await articleReady(page, 3);
    await openCardByUser(page);
    server.log.length = 0;
    await page.frameEvaluate(
      CARD_PAGE,
      async (base: string) => {
        await fetch(`${base}/img/csp-fetch.png`).catch(() => null);
        const img = new Image();
        img.src = `${base}/img/csp-img.png`;
        document.body.append(img);
      },
      server.url,
    );
    await sleep(1000);
    expect(server.log.filter((r) => r.path.startsWith('/img/csp'))).toEqual([]);
  });

  it('item 11: the manifest declares what quotes send', () => {
    const manifest = JSON.parse(readFileSync(join(buildDir(name), 'manifest.json'), 'utf8'));
    if (name === 'firefox') {
      const dcp = manifest.browser_specific_settings.gecko.data_collection_permissions;
      expect(dcp.required).toEqual(['none']);
      expect(dcp.optional?.length).toBeGreaterThan(0);
    } else {
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
  });
});
