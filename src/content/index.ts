// Content script entry: settings gate -> core pipeline -> page UI -> watch for late content.
// Everything it changes is reversible: attributes, <clearfolio-*> elements, and the manifest's stylesheet.
import { runPipeline, detect } from '../core/pipeline.ts';
import { addSite, parseSettings, siteMode, SETTINGS_KEY, type Settings } from '../core/settings.ts';
import { ext, onMessage } from '../platform/ext.ts';
import { messageResolver } from '../platform/resolver.ts';
import { markRoot } from '../core/dom/contract.ts';
import { PageSession } from './session.ts';
import { watchNavigation } from './navigation.ts';

let session: PageSession | null = null;

async function loadSettings(): Promise<Settings> {
  try {
    const stored = await ext().storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]).settings;
  } catch {
    return parseSettings(undefined).settings;
  }
}

async function saveSettings(settings: Settings): Promise<void> {
  await ext().storage.sync.set({ [SETTINGS_KEY]: settings });
}

async function start(settings: Settings): Promise<void> {
  const mode = siteMode(settings, location.hostname);
  session?.stop();
  session = null;
  if (!mode.run) {
    markRoot(document, 'skipped');
    return;
  }
  session = new PageSession(document, settings, mode, {
    runPipeline,
    detect,
    resolver: messageResolver,
    neverCleanHere: () => saveSettings(addSite(settings, 'neverClean', location.hostname)),
  });
  await session.start(location.href);
}

async function main(): Promise<void> {
  // A page can be processed once per extension instance; an extension reload injects a new content
  // script, whose session takes over after the old one's teardown below.
  const settings = await loadSettings();
  // A single-page app moving to another article (or away from one) gets a new pass in the same session; a move
  // during the first pass is caught too (its pass runs once the first one is done).
  watchNavigation(window, (url) => void session?.navigate(url));
  await start(settings);

  let current = settings;
  ext().storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]?.newValue).settings;
    // Reader preferences change while the reader is open; restarting for them would close it.
    const same = JSON.stringify({ ...current, reader: null }) === JSON.stringify({ ...next, reader: null });
    current = next;
    if (!same) void start(next);
  });

  onMessage((msg, sender) => {
    if (sender.id !== ext().runtime.id) return undefined;
    return session ? session.handle(msg) : Promise.resolve({ error: 'Clearfolio is off on this site', url: location.href });
  });
}

main().catch((e) => console.warn('[Clearfolio] could not start:', e));
