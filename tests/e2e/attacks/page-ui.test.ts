// Items 3 and 5 of the security review (#20): what a page can do with Clearfolio's own on-page UI. Its script
// reaches into the note's shadow root, rewrites it, clicks its buttons (among them "Never clean this site",
// which wrote to synced settings), hides the note to clickjack it, clicks and keys tickers from script (with
// quotes on, every card asked the provider with the user's key), and closes the card with synthetic events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../browsers.ts';
import { openExtensionControl, type ExtensionControl } from '../ext-storage.ts';
import { articleReady, CARD_PAGE, openCardByUser, sleep, startAttackServer, type AttackServer } from './harness.ts';

const cardHost = () => [...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-card'));

describe.each<BrowserName>(['chromium', 'firefox'])('on-page UI vs a hostile page in %s', (name) => {
  let browser: TestBrowser;
  let server: AttackServer;
  let control: ExtensionControl;
  let page: TestPage;

  beforeAll(async () => {
    server = await startAttackServer();
    browser = await launch(name);
    control = await openExtensionControl(browser);
    await control.resetSettings();
  });
  afterAll(async () => {
    await control?.resetSettings().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  /** The seed article has hidden blocks (so the note shows); the attack article's tickers are not in links. */
  async function openArticle(withNote: boolean): Promise<void> {
    await page?.close().catch(() => undefined);
    page = await browser.newPage();
    await page.goto(withNote ? `${server.url}/fixtures/valuewalk-sony-hack.html` : `${server.url}/e2e/attack-article.html`);
    await articleReady(page, 3);
    if (withNote) await page.waitFor(() => !!document.querySelector('clearfolio-indicator'));
  }

  it('item 3: the note cannot be read, rewritten or clicked by the page, nor change settings', async () => {
    await openArticle(true);
    const before = await control.getSettings();
    const attack = await page.evaluate(async () => {
      const host = document.querySelector('clearfolio-indicator') as HTMLElement;
      const root = host.shadowRoot;
      const clicked: string[] = [];
      if (root) {
        for (const b of root.querySelectorAll('button')) {
          clicked.push(b.textContent ?? '');
          b.click();
          b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        }
        const label = root.querySelector('span');
        if (label) label.textContent = 'Clearfolio: this site is verified safe';
      }
      // Clickjacking: the note made invisible while it still takes real clicks.
      host.style.setProperty('opacity', '0', 'important');
      host.style.setProperty('pointer-events', 'auto', 'important');
      host.setAttribute('style', 'opacity: 0 !important');
      await new Promise((r) => setTimeout(r, 300));
      return { open: !!root, clicked, opacity: getComputedStyle(host).opacity };
    });
    await sleep(1000);
    const after = await control.getSettings();
    const shown = await page.evaluate(() => document.documentElement.hasAttribute('data-clearfolio-show-hidden'));
    console.log(`[attack ui] ${name}: ${JSON.stringify(attack)} settings changed ${JSON.stringify(before) !== JSON.stringify(after)}`);
    expect(attack.open).toBe(false);
    expect(attack.clicked).toEqual([]);
    expect(shown).toBe(false);
    expect(after).toEqual(before);
    // The note's own look comes back at once.
    expect(attack.opacity).not.toBe('0');
  });

  it('item 3: scripted clicks and keys on a ticker open no card; synthetic Escape and presses do not close one', async () => {
    await openArticle(false);
    await page.evaluate(async () => {
      const t = document.querySelector('clearfolio-ticker') as HTMLElement;
      t.click();
      t.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
      t.focus();
      t.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      t.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      await new Promise((r) => setTimeout(r, 1000));
    });
    expect(await page.evaluate(cardHost)).toBe(false);

    await openCardByUser(page);
    await page.evaluate(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await new Promise((r) => setTimeout(r, 500));
    });
    expect(await page.evaluate(cardHost)).toBe(true);
    // A real Escape still closes it.
    await page.frameEvaluate(CARD_PAGE, () => (document.querySelector('[role="dialog"]') as HTMLElement | null)?.focus());
    await page.press('Escape');
    await page.waitFor(() => ![...document.documentElement.children].some((el) => el.localName.startsWith('clearfolio-card')), 5_000);
  });

  it('item 5: with quotes on, scripted clicks make no quote requests', async () => {
    await control.setSettings({ quotes: { enabled: true, provider: 'yahoo' } });
    try {
      await openArticle(false);
      // Every card that opens asks for a quote: count the cards the page's script manages to open.
      const opened = await page.evaluate(async () => {
        let n = 0;
        const seen = new MutationObserver((records) => {
          for (const r of records) for (const el of r.addedNodes) if ((el as Element).localName?.startsWith('clearfolio-card')) n++;
        });
        seen.observe(document.documentElement, { childList: true });
        const tickers = [...document.querySelectorAll('clearfolio-ticker')] as HTMLElement[];
        for (let i = 0; i < 30; i++) {
          tickers[i % tickers.length]!.click();
          await new Promise((r) => setTimeout(r, 30));
        }
        await new Promise((r) => setTimeout(r, 500));
        seen.disconnect();
        return n;
      });
      console.log(`[attack ui] ${name}: cards opened by script ${opened}`);
      expect(opened).toBe(0);
    } finally {
      await control.resetSettings();
    }
  });
});
