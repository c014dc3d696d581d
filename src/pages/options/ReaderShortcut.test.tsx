import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import manifest from '../../../manifest.json' with { type: 'json' };
import { createFakeBrowser } from '../shared/fake-browser.ts';
import { READER_COMMAND } from '../../platform/shortcuts.ts';
import { Options } from './Options.tsx';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = null;
});

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await act(async () => void (await new Promise((r) => setTimeout(r, 0))));
}

interface Browserish {
  shortcut: string;
  chromium?: boolean;
  openSettings?: boolean;
}

async function show(b: Browserish) {
  const opened: string[] = [];
  const fake = createFakeBrowser();
  const api = {
    ...fake,
    runtime: { ...fake.runtime, getURL: (p: string) => `${b.chromium ? 'chrome-extension' : 'moz-extension'}://id/${p}` },
    tabs: { ...fake.tabs, create: async ({ url }: { url: string }) => void opened.push(url) },
    commands: {
      getAll: async () => [{ name: READER_COMMAND, shortcut: b.shortcut, description: 'Toggle' }],
      ...(b.openSettings ? { openShortcutSettings: async () => void opened.push('openShortcutSettings') } : {}),
    },
  };
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(<Options ext={api} saveDelayMs={0} />, container!));
  await settle();
  return { root: container, opened };
}

describe('options: the reader shortcut', () => {
  it('shows the key the browser actually bound, not the one the manifest suggests', async () => {
    const { root } = await show({ shortcut: 'Ctrl+Shift+9', chromium: true });
    expect(text(root.querySelector('.shortcut-keys'))).toBe('Keyboard shortcut: Ctrl+Shift+9');
    // No promise of a default the browser may not have given.
    expect(text(root)).not.toContain('Alt+Shift+R');
  });

  it('says "not set" when the browser left the command without a key, with a way to set one in Chromium', async () => {
    const { root, opened } = await show({ shortcut: '', chromium: true });
    expect(text(root.querySelector('.shortcut-keys'))).toBe('Keyboard shortcut: not set');
    const change = Array.from(root.querySelectorAll('button')).find((b) => text(b) === 'Change shortcut')!;
    await act(async () => change.click());
    await settle();
    expect(opened).toEqual(['chrome://extensions/shortcuts']);
  });

  it("opens Firefox's shortcut manager where the browser offers it, else says where it is", async () => {
    const withCall = await show({ shortcut: 'Alt+Shift+L', openSettings: true });
    const change = Array.from(withCall.root.querySelectorAll('button')).find((b) => text(b) === 'Change shortcut')!;
    await act(async () => change.click());
    expect(withCall.opened).toEqual(['openShortcutSettings']);
    render(null, container!);
    container!.remove();
    const without = await show({ shortcut: 'Alt+Shift+L' });
    expect(Array.from(without.root.querySelectorAll('button')).some((b) => text(b) === 'Change shortcut')).toBe(false);
    expect(text(without.root.querySelector('.shortcut'))).toContain('about:addons');
  });

  it('the manifest suggests a key Chromium binds (Alt+Shift+R was left "Not set" there)', () => {
    const key = (manifest as { commands: Record<string, { suggested_key: { default: string } }> }).commands[READER_COMMAND]!.suggested_key
      .default;
    expect(key).toBe('Alt+Shift+L');
    expect(key).not.toBe('Alt+Shift+R');
  });
});
