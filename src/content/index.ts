// Content script entry: settings gate -> core pipeline -> page UI -> watch for late content.
// Everything it changes is reversible: attributes, <clearfolio-*> elements, and the manifest's stylesheet.
//
//   index.ts ── Lifecycle (lifecycle.ts): one AbortSignal; ends when the extension goes away
//     ├─ storage.onChanged / runtime.onMessage / watchNavigation (navigation.ts)   all tied to the signal
//     └─ PageSession (session.ts): one pass per page address; stop() restores the page exactly
//          ├─ watchAdded (watch.ts): late content        ├─ Indicator (indicator.ts): "hid 3 blocks · Show"
//          ├─ TickerActivation (activation.ts) -> card   └─ ReaderFrame (reader-bridge.ts)
import { parseSettings, siteMode, SETTINGS_KEY, type Settings } from '../core/settings.ts';
import { ext, onMessage, type StorageChanges } from '../platform/ext.ts';
import { messageResolver } from '../platform/resolver.ts';
import { messageSiteLocal } from '../platform/site-local.ts';
import { loadSettings } from '../platform/settings-store.ts';
import { markPage, PageSession, restorePage } from './session.ts';
import { dropEarlySheet } from './early-sheet.ts';
import { watchNavigation } from './navigation.ts';
import { endWithExtension, Lifecycle } from './lifecycle.ts';
import { runPipeline } from './lazy-article.ts';

const life = new Lifecycle();
let session: PageSession | null = null;

async function start(settings: Settings): Promise<void> {
  if (life.ended) return;
  const mode = siteMode(settings, location.hostname);
  session?.stop();
  session = null;
  if (!mode.run) {
    markPage(document, 'skipped');
    return;
  }
  session = new PageSession(document, settings, mode, {
    runPipeline,
    resolver: messageResolver,
    site: messageSiteLocal,
  });
  await session.start(location.href);
}

function runtime() {
  try {
    return ext().runtime;
  } catch {
    return undefined;
  }
}

/** Undoes a registration; once the extension is gone its API may throw, and there is nothing left to undo. */
function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // gone with the extension
  }
}

async function main(): Promise<void> {
  // A script of an earlier version of the extension may have left its changes here without restoring them (one
  // that could not run any more when its extension went away): start from the page as it was.
  restorePage(document);
  // When this extension is updated, reloaded, disabled or removed, this script restores the page and steps aside.
  life.onEnd(() => {
    session?.stop();
    session = null;
    restorePage(document);
    dropEarlySheet(document);
  });
  endWithExtension(life, runtime);
  const { settings } = await loadSettings(ext());
  if (life.ended) return;
  // A single-page app moving to another article (or away from one) gets a new pass in the same session; a move
  // during the first pass is caught too (its pass runs once the first one is done).
  watchNavigation(window, (url) => void session?.navigate(url), { signal: life.signal });
  await start(settings);

  let current = settings;
  const onStorage = (changes: StorageChanges, area: string) => {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]?.newValue).settings;
    // Reader preferences change while the reader is open; restarting for them would close it.
    const same = JSON.stringify({ ...current, reader: null }) === JSON.stringify({ ...next, reader: null });
    current = next;
    if (!same) void start(next);
  };
  ext().storage.onChanged.addListener(onStorage);
  life.onEnd(() => quietly(() => ext().storage.onChanged.removeListener(onStorage)));

  const stopListening = onMessage((msg, sender) => {
    if (life.ended || sender.id !== ext().runtime.id) return undefined;
    return session ? session.handle(msg) : Promise.resolve({ error: 'Clearfolio is off on this site', url: location.href });
  });
  life.onEnd(() => quietly(stopListening));
}

main().catch((e) => {
  // Nothing will confirm what the early stylesheet hid: show it all again.
  dropEarlySheet(document);
  // An extension that went away while this script started is not an error worth a console line.
  if (!life.ended) console.warn('[Clearfolio] could not start:', e);
});
