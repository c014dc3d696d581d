import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { API_KEYS_KEY, DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../core/settings.ts';
import { createFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../shared/fake-browser.ts';
import { Options } from './Options.tsx';

let container: HTMLElement | null = null;

/** Lets promises and the zero-delay save timer run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function show(opts: FakeBrowserOptions = {}): Promise<{ fake: FakeBrowser; root: HTMLElement }> {
  const fake = createFakeBrowser(opts);
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<Options ext={fake} saveDelayMs={0} />, container!);
  });
  await settle();
  return { fake, root: container };
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function switchNamed(root: HTMLElement, name: string): HTMLInputElement {
  const label = Array.from(root.querySelectorAll('label.switch')).find((l) => text(l) === name);
  if (!label) throw new Error(`no switch "${name}"`);
  return label.querySelector('input') as HTMLInputElement;
}

async function click(el: HTMLElement): Promise<void> {
  await act(async () => el.click());
  await settle();
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

function saved(fake: FakeBrowser): Settings {
  return fake.storage.sync.data[SETTINGS_KEY] as Settings;
}

function radio(root: HTMLElement, value: string): HTMLInputElement {
  return root.querySelector(`input[name="provider"][value="${value}"]`) as HTMLInputElement;
}

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

describe('Options: features and saving', () => {
  it('shows the stored settings and saves a change with "Saved"', async () => {
    const { fake, root } = await show({ sync: { [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), clean: false } } });
    expect(switchNamed(root, 'Hide clutter on articles').checked).toBe(false);
    // Kinds cannot be chosen while cleaning is off.
    expect(switchNamed(root, 'Newsletter sign-ups').disabled).toBe(true);
    await click(switchNamed(root, 'Highlight stock tickers'));
    expect(saved(fake).tickers).toBe(false);
    expect(saved(fake).clean).toBe(false);
    expect(text(root.querySelector('.save-status'))).toBe('Saved');
  });

  it('turning one clutter kind off saves only that kind', async () => {
    const { fake, root } = await show();
    await click(switchNamed(root, 'Promoted stories'));
    expect(saved(fake).kinds).toEqual({ 'affiliate-disclosure': true, newsletter: true, sponsored: true, 'promoted-widget': false });
  });

  it('chooses what the toolbar badge counts (default: blocks hidden)', async () => {
    const { fake, root } = await show();
    const badge = root.querySelector<HTMLSelectElement>('select#badge')!;
    expect(badge.value).toBe('hidden');
    expect(text(root.querySelector('label[for="badge"]'))).toBe('Number on the toolbar button');
    await act(async () => {
      badge.value = 'tickers';
      badge.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(saved(fake).badge).toBe('tickers');
  });

  it('lists what was remembered per site, removes one entry, and exports the rest as JSON', async () => {
    const sites = { 'ft.com': { noteDismissed: true, notClutter: ['#nl', 'aside.box'], hide: [] } };
    const { fake, root } = await show({ local: { sites } });
    const rows = Array.from(root.querySelectorAll('[data-site="ft.com"] li')).map(text);
    expect(rows).toEqual(['The on-page note is dismissedRemove', 'Not clutter: #nlRemove', 'Not clutter: aside.boxRemove']);
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove #nl"]')!);
    expect(fake.storage.local.data.sites).toEqual({ 'ft.com': { noteDismissed: true, notClutter: ['aside.box'], hide: [] } });
    let exported: Blob | null = null;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      exported = b as Blob;
      return 'blob:x';
    });
    await click(Array.from(root.querySelectorAll('button')).find((b) => text(b) === 'Export as JSON')!);
    expect(create).toHaveBeenCalledOnce();
    expect(JSON.parse(await exported!.text())).toEqual({
      sites: { 'ft.com': { noteDismissed: true, notClutter: ['aside.box'], hide: [] } },
    });
    create.mockRestore();
  });

  it('lists the blocks picked with "Hide this too" per site, and removes one', async () => {
    const sites = { 'ft.com': { noteDismissed: false, notClutter: [], hide: ['div.reader-poll', 'aside.rail > div:nth-of-type(2)'] } };
    const { fake, root } = await show({ local: { sites } });
    const rows = Array.from(root.querySelectorAll('[data-site="ft.com"] li')).map(text);
    expect(rows).toEqual(['Hide too: div.reader-pollRemove', 'Hide too: aside.rail > div:nth-of-type(2)Remove']);
    await click(root.querySelector<HTMLButtonElement>('button[aria-label="Remove div.reader-poll"]')!);
    expect(fake.storage.local.data.sites).toEqual({
      'ft.com': { noteDismissed: false, notClutter: [], hide: ['aside.rail > div:nth-of-type(2)'] },
    });
  });

  it('shows parseSettings notices for settings it had to repair', async () => {
    const { root } = await show({ sync: { [SETTINGS_KEY]: { version: 2, clean: 'yes' } } });
    expect(text(root.querySelector('.notice'))).toContain('"clean" was not on/off and was reset to its default.');
  });

  it('reset to defaults asks first, then writes the defaults', async () => {
    const stored = { ...structuredClone(DEFAULT_SETTINGS), tickers: false, neverRun: ['example.com'] };
    const { fake, root } = await show({ sync: { [SETTINGS_KEY]: stored } });
    await click(Array.from(root.querySelectorAll('button')).find((b) => text(b) === 'Reset to defaults')!);
    expect(fake.storage.sync.writes).toHaveLength(0);
    await click(Array.from(root.querySelectorAll('button')).find((b) => text(b) === 'Reset')!);
    expect(saved(fake)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes over a change made elsewhere (the popup) instead of overwriting it later', async () => {
    const { fake, root } = await show();
    await act(async () => {
      await fake.storage.sync.setFromElsewhere({ [SETTINGS_KEY]: { ...structuredClone(DEFAULT_SETTINGS), neverClean: ['ft.com'] } });
    });
    await settle();
    await click(switchNamed(root, 'Highlight stock tickers'));
    expect(saved(fake).neverClean).toEqual(['ft.com']);
    expect(saved(fake).tickers).toBe(false);
  });
});

describe('Options: data date', () => {
  it('asks the background for the data date and shows it', async () => {
    const fake = createFakeBrowser();
    const sent: unknown[] = [];
    fake.runtime.sendMessage = async (msg: unknown) => {
      sent.push(msg);
      return { asOf: '2026-08-22' };
    };
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(<Options ext={fake} saveDelayMs={0} />, container!);
    });
    await settle();
    expect(sent.filter((m) => (m as { type: string }).type !== 'apiKeys')).toEqual([{ type: 'dataInfo' }]);
    expect(text(container.querySelector('.data-date'))).toMatch(/^Company data as of .*\b2026$/);
  });

  it('shows no date when the background gives none', async () => {
    const { root } = await show();
    expect(root.querySelector('.data-date')).toBeNull();
  });
});

describe('Options: site lists', () => {
  it('adds a typed address as its normalised host, and removes it again', async () => {
    const { fake, root } = await show();
    const input = root.querySelector('#never-run-input') as HTMLInputElement;
    await type(input, '  https://www.Reuters.com/markets/  ');
    await submit(input.form!);
    expect(saved(fake).neverRun).toEqual(['reuters.com']);
    expect(Array.from(root.querySelectorAll('#never-run li > span')).map(text)).toEqual(['reuters.com']);
    await click(root.querySelector('#never-run button[aria-label="Remove reuters.com"]') as HTMLButtonElement);
    expect(saved(fake).neverRun).toEqual([]);
  });

  it('rejects what is not a host name and a duplicate, with a message and no write', async () => {
    const stored = { ...structuredClone(DEFAULT_SETTINGS), neverClean: ['ft.com'] };
    const { fake, root } = await show({ sync: { [SETTINGS_KEY]: stored } });
    const input = root.querySelector('#never-clean-input') as HTMLInputElement;
    await type(input, 'not a site!');
    await submit(input.form!);
    expect(text(root.querySelector('#never-clean-error'))).toBe('“not a site!” is not a site name. Type something like example.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await type(input, 'www.ft.com');
    await submit(input.form!);
    expect(text(root.querySelector('#never-clean-error'))).toBe('ft.com is already in the list.');
    expect(fake.storage.sync.writes).toHaveLength(0);
  });

  it('every input has a label', async () => {
    const { root } = await show();
    for (const input of Array.from(root.querySelectorAll('input, select'))) {
      const id = input.id;
      const labelled = (id && root.querySelector(`label[for="${id}"]`)) || input.closest('label');
      expect(labelled, `${input.outerHTML} has no label`).toBeTruthy();
    }
  });
});

describe('Options: live quotes', () => {
  it('asks for the provider host permission and stays off when it is refused', async () => {
    const { fake, root } = await show({ grant: false });
    await click(radio(root, 'finnhub'));
    expect(fake.permissionRequests).toEqual([{ origins: ['https://finnhub.io/*'] }]);
    expect(fake.storage.sync.writes).toHaveLength(0);
    expect(radio(root, 'off').checked).toBe(true);
    expect(text(root.querySelector('[role="alert"]'))).toBe('The browser did not grant access to Finnhub, so live quotes stay off.');
  });

  it('turns quotes on once granted, and hands the API key to the background, never to a storage area', async () => {
    const { fake, root } = await show({ grant: true });
    await click(radio(root, 'finnhub'));
    expect(saved(fake).quotes).toEqual({ enabled: true, provider: 'finnhub', baseUrl: '' });
    const key = root.querySelector('#api-key') as HTMLInputElement;
    expect(key.type).toBe('password');
    await type(key, 'sk-test-1234567890');
    expect(fake.apiKeys).toEqual({ finnhub: 'sk-test-1234567890' });
    expect(fake.storage.local.data[API_KEYS_KEY]).toBeUndefined();
    await click(switchNamed(root, 'Highlight stock tickers'));
    expect(JSON.stringify(fake.storage.sync.writes)).not.toContain('sk-test');
  });

  it("in Firefox, also asks consent for the manifest's optional data collection in the same prompt", async () => {
    const manifest = {
      browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'], optional: ['websiteContent'] } } },
    };
    const { fake, root } = await show({ grant: true, manifest });
    await click(radio(root, 'finnhub'));
    expect(fake.permissionRequests).toEqual([{ origins: ['https://finnhub.io/*'], data_collection: ['websiteContent'] }]);
    expect(saved(fake).quotes.enabled).toBe(true);
  });

  it('in Chrome (no gecko settings in the manifest), asks for the hosts only', async () => {
    const { fake, root } = await show({ grant: true, manifest: { manifest_version: 3, name: 'Clearfolio' } });
    await click(radio(root, 'finnhub'));
    expect(fake.permissionRequests).toEqual([{ origins: ['https://finnhub.io/*'] }]);
  });

  it('Yahoo needs both of its hosts and no key', async () => {
    const { fake, root } = await show({ grant: true });
    await click(radio(root, 'yahoo'));
    expect(fake.permissionRequests[0]!.origins).toEqual(['https://query1.finance.yahoo.com/*', 'https://query2.finance.yahoo.com/*']);
    expect(root.querySelector('#api-key')).toBeNull();
    await click(radio(root, 'off'));
    expect(saved(fake).quotes.enabled).toBe(false);
  });

  it('saves a valid provider base URL and refuses anything but http(s)', async () => {
    const { fake, root } = await show();
    const base = root.querySelector('#base-url') as HTMLInputElement;
    await type(base, 'javascript:alert(1)');
    expect(fake.storage.sync.writes).toHaveLength(0);
    expect(base.getAttribute('aria-invalid')).toBe('true');
    await type(base, 'http://127.0.0.1:8787');
    expect(saved(fake).quotes.baseUrl).toBe('http://127.0.0.1:8787');
  });
});

describe('Options: live quotes against a local emulator', () => {
  it('with a base URL set, choosing a provider asks for that origin', async () => {
    const { fake, root } = await show({ grant: true });
    await type(root.querySelector('#base-url') as HTMLInputElement, 'http://127.0.0.1:8787');
    await click(radio(root, 'fmp'));
    expect(fake.permissionRequests).toEqual([{ origins: ['http://127.0.0.1:8787/*'] }]);
    expect(saved(fake).quotes).toEqual({ enabled: true, provider: 'fmp', baseUrl: 'http://127.0.0.1:8787' });
  });
});

describe('Options: reader defaults', () => {
  it('saves a font size in range and ignores one out of range', async () => {
    const { fake, root } = await show();
    const size = root.querySelector('#reader-size') as HTMLInputElement;
    await type(size, '40');
    expect(fake.storage.sync.writes).toHaveLength(0);
    await type(size, '22');
    expect(saved(fake).reader.fontSize).toBe(22);
  });
});
