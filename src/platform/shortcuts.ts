// The keyboard shortcut the browser actually gave a command, and the way to the browser's own page for
// changing it. The manifest only suggests a key: Chromium skips a suggestion that a browser shortcut or
// another extension already holds (it did so for Alt+Shift+R) and leaves the command "Not set", and a user
// may have changed or cleared it since. So the options page asks commands.getAll() instead of repeating the
// manifest. Firefox (137+) opens its shortcut manager with commands.openShortcutSettings(); Chromium has no
// such call, but an extension page may open chrome://extensions/shortcuts in a tab.

export const READER_COMMAND = 'toggle-reader';

export interface CommandsApi {
  commands?: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
    openShortcutSettings?(): Promise<void>;
  };
  tabs?: { create?(props: { url: string }): Promise<unknown> };
  runtime: { getURL?(path: string): string };
}

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

/** The command's key as the browser shows it ("Alt+Shift+L"), '' when none is set, null when unknown. */
export async function commandShortcut(api: CommandsApi, name: string = READER_COMMAND): Promise<string | null> {
  if (!api.commands?.getAll) return null;
  try {
    const command = (await api.commands.getAll()).find((c) => c.name === name);
    return command ? (command.shortcut ?? '') : null;
  } catch {
    return null;
  }
}

/** Whether this browser lets an extension page open its shortcut settings. */
export function canOpenShortcutSettings(api: CommandsApi): boolean {
  return typeof api.commands?.openShortcutSettings === 'function' || (isChromium(api) && typeof api.tabs?.create === 'function');
}

/** Opens the browser's page for changing extension shortcuts; false when it cannot (say where it is instead). */
export async function openShortcutSettings(api: CommandsApi): Promise<boolean> {
  try {
    if (typeof api.commands?.openShortcutSettings === 'function') {
      await api.commands.openShortcutSettings();
      return true;
    }
    if (isChromium(api) && api.tabs?.create) {
      await api.tabs.create({ url: CHROME_SHORTCUTS });
      return true;
    }
  } catch {
    // fall through: the page says where the setting is
  }
  return false;
}

function isChromium(api: CommandsApi): boolean {
  return (api.runtime.getURL?.('') ?? '').startsWith('chrome-extension:');
}
