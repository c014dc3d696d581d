// The reader's keyboard shortcut as the browser has it (not as the manifest suggests it), and the way to
// change it: a button to the browser's shortcut page where an extension page may open it, else where to find it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n.ts';
import {
  canOpenShortcutSettings,
  commandShortcut,
  openShortcutSettings,
  READER_COMMAND,
  type CommandsApi,
} from '../../platform/shortcuts.ts';

export function ReaderShortcut({ api }: { api: CommandsApi }) {
  // undefined: not read yet; null: this browser does not say.
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => {
    let live = true;
    const read = () => void commandShortcut(api, READER_COMMAND).then((k) => live && setKeys(k));
    read();
    // Back from the browser's shortcut page: show the key chosen there.
    const onFocus = () => read();
    window.addEventListener('focus', onFocus);
    return () => {
      live = false;
      window.removeEventListener('focus', onFocus);
    };
  }, [api]);
  if (keys === undefined || keys === null) return null;
  const canOpen = canOpenShortcutSettings(api) && !cannotOpen;
  return (
    <p class="row shortcut">
      <span class="shortcut-keys">{keys ? t('optionsShortcut', keys) : t('optionsShortcutNone')}</span>{' '}
      {canOpen ? (
        <button type="button" onClick={() => void openShortcutSettings(api).then((ok) => setCannotOpen(!ok))}>
          {t('optionsShortcutChange')}
        </button>
      ) : (
        <span class="hint">{t('optionsShortcutWhere')}</span>
      )}
    </p>
  );
}
