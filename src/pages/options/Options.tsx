// The options page. Every change is saved on its own (debounced) to storage.sync and confirmed with
// "Saved"; there is no Save button to forget. A change made elsewhere meanwhile (the popup's site switches,
// another device) is taken over, so this page never writes back a stale copy over it.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  READER_LIMITS,
  SETTINGS_KEY,
  type ProviderId,
  type Settings,
  type Theme,
  type BadgeMode,
} from '../../core/settings.ts';
import { CLUTTER_KINDS } from '../../core/types.ts';
import { SettingsNotices, Switch } from '../shared/components.tsx';
import type { ExtApi, StorageListener } from '../shared/ext.ts';
import { t, type MessageKey } from '../../platform/i18n.ts';
import { dataAsOfFromReply } from '../../core/messages.ts';
import { dataDateText } from '../shared/data-date.ts';
import { kindHint, kindLabel } from '../shared/report.ts';
import { loadApiKeys, loadSettings, saveApiKey, saveSettings, type ApiKeys } from '../../platform/settings-store.ts';
import { QuoteSettings } from './QuoteSettings.tsx';
import { SiteList } from './SiteList.tsx';
import { ReaderShortcut } from './ReaderShortcut.tsx';
import { SiteMemory } from './SiteMemory.tsx';

export interface OptionsProps {
  ext: ExtApi;
  /** Quiet time before a change is written; typing in a field writes once, not per key. */
  saveDelayMs?: number;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

const BADGES: readonly { value: BadgeMode; label: MessageKey }[] = [
  { value: 'hidden', label: 'badgeHidden' },
  { value: 'tickers', label: 'badgeTickers' },
  { value: 'off', label: 'badgeOff' },
];

const THEMES: readonly { value: Theme; label: MessageKey }[] = [
  { value: 'auto', label: 'themeAuto' },
  { value: 'light', label: 'themeLight' },
  { value: 'sepia', label: 'themeSepia' },
  { value: 'dark', label: 'themeDark' },
];

/** The site lists, in the order the page shows them. */
const SITE_LISTS: readonly { id: string; key: 'neverRun' | 'neverClean' | 'alwaysArticle'; title: MessageKey; hint: MessageKey }[] = [
  { id: 'never-run', key: 'neverRun', title: 'optionsNeverRun', hint: 'optionsNeverRunHint' },
  { id: 'never-clean', key: 'neverClean', title: 'optionsNeverClean', hint: 'optionsNeverCleanHint' },
  { id: 'always-article', key: 'alwaysArticle', title: 'optionsAlwaysArticle', hint: 'optionsAlwaysArticleHint' },
];

/** Calls `fn` after `ms` of quiet; `flush` runs a pending call now (page closing). */
function useDebounced<A>(fn: (arg: A) => void, ms: number) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ arg: A } | null>(null);
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) fnRef.current(p.arg);
  };
  const call = (arg: A) => {
    pending.current = { arg };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, ms);
  };
  return { call, flush };
}

export function Options({ ext, saveDelayMs = 400 }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [apiKeys, setApiKeys] = useState<ApiKeys>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirmReset, setConfirmReset] = useState(false);
  const [dataAsOf, setDataAsOf] = useState<string | null>(null);
  const lastWritten = useRef<string>('');

  const persist = useDebounced<Settings>((next) => {
    lastWritten.current = JSON.stringify(next);
    saveSettings(ext, next).then(
      () => setStatus({ kind: 'saved' }),
      (e: unknown) => setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, saveDelayMs);

  const persistKey = useDebounced<{ provider: ProviderId; key: string }>(({ provider, key }) => {
    saveApiKey(ext, provider, key).then(
      () => setStatus({ kind: 'saved' }),
      (e: unknown) => setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, saveDelayMs);

  useEffect(() => {
    // The bundled data's date, from the background (the one place that holds the dataset).
    ext.runtime.sendMessage?.({ type: 'dataInfo' }).then(
      (reply) => setDataAsOf(dataAsOfFromReply(reply)),
      () => setDataAsOf(null),
    );
  }, [ext]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [parsed, keys] = await Promise.all([loadSettings(ext), loadApiKeys(ext).catch(() => ({}))]);
      if (!live) return;
      setSettings(parsed.settings);
      setNotices(parsed.notices);
      setApiKeys(keys);
    })();
    const onChanged: StorageListener = (changes, area) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'sync' || !change) return;
      if (JSON.stringify(change.newValue) === lastWritten.current) return;
      const parsed = parseSettings(change.newValue);
      setSettings(parsed.settings);
      setNotices(parsed.notices);
    };
    ext.storage.onChanged?.addListener(onChanged);
    const onHide = () => {
      persist.flush();
      persistKey.flush();
    };
    addEventListener('pagehide', onHide);
    return () => {
      live = false;
      ext.storage.onChanged?.removeListener(onChanged);
      removeEventListener('pagehide', onHide);
      onHide();
    };
    // The listeners read refs, so they are installed once per `ext`.
  }, [ext]);

  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  if (!settings) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <p role="status">{t('popupLoading')}</p>
      </main>
    );
  }

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    setStatus({ kind: 'saving' });
    persist.call(next);
  };

  return (
    <main class="options">
      <header class="row">
        <h1>{t('optionsTitle')}</h1>
        <p
          class={`save-status ${status.kind === 'error' ? 'error' : status.kind === 'saved' ? 'ok' : 'muted'}`}
          role="status"
          aria-live="polite"
        >
          {status.kind === 'saving'
            ? t('optionsSaving')
            : status.kind === 'saved'
              ? t('optionsSaved')
              : status.kind === 'error'
                ? t('optionsSaveFailed', status.message)
                : ''}
        </p>
      </header>
      <SettingsNotices notices={notices} />

      <section aria-labelledby="features-h">
        <h2 id="features-h">{t('optionsFeatures')}</h2>
        <Switch label={t('optionsClean')} hint={t('optionsCleanHint')} checked={settings.clean} onChange={(clean) => update({ clean })} />
        <Switch
          label={t('optionsTickers')}
          hint={t('optionsTickersHint')}
          checked={settings.tickers}
          onChange={(tickers) => update({ tickers })}
        />
      </section>

      <section aria-labelledby="kinds-h">
        <h2 id="kinds-h">{t('optionsKinds')}</h2>
        {!settings.clean ? <p class="hint">{t('optionsKindsDisabled')}</p> : null}
        {CLUTTER_KINDS.map((kind) => (
          <Switch
            key={kind}
            label={kindLabel(kind)}
            hint={kindHint(kind)}
            checked={settings.kinds[kind]}
            disabled={!settings.clean}
            onChange={(on) => update({ kinds: { ...settings.kinds, [kind]: on } })}
          />
        ))}
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsSites')}</h2>
        {SITE_LISTS.map((list) => (
          <SiteList
            key={list.id}
            id={list.id}
            title={t(list.title)}
            hint={t(list.hint)}
            sites={settings[list.key]}
            onChange={(sites) => update({ [list.key]: sites })}
          />
        ))}
      </section>

      <SiteMemory ext={ext} />

      <QuoteSettings
        ext={ext}
        quotes={settings.quotes}
        apiKeys={apiKeys}
        onQuotes={(quotes) => update({ quotes })}
        onApiKey={(provider, key) => {
          setApiKeys({ ...apiKeys, [provider]: key });
          setStatus({ kind: 'saving' });
          persistKey.call({ provider, key });
        }}
      />

      <section aria-labelledby="look-h">
        <h2 id="look-h">{t('optionsAppearance')}</h2>
        <ThemeField id="theme" label={t('optionsTheme')} value={settings.theme} themes={THEMES} onChange={(theme) => update({ theme })} />
        <div class="field row">
          <label for="badge">{t('optionsBadge')}</label>
          <select
            id="badge"
            value={settings.badge}
            onChange={(e) => update({ badge: (e.currentTarget as HTMLSelectElement).value as BadgeMode })}
          >
            {BADGES.map((b) => (
              <option key={b.value} value={b.value}>
                {t(b.label)}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section aria-labelledby="reader-h">
        <h2 id="reader-h">{t('optionsReader')}</h2>
        <p class="hint">{t('optionsReaderHint')}</p>
        <ReaderShortcut api={ext} />
        <NumberField
          id="reader-size"
          label={t('optionsReaderFontSize')}
          value={settings.reader.fontSize}
          {...READER_LIMITS.fontSize}
          onChange={(fontSize) => update({ reader: { ...settings.reader, fontSize } })}
        />
        <NumberField
          id="reader-width"
          label={t('optionsReaderWidth')}
          value={settings.reader.width}
          {...READER_LIMITS.width}
          onChange={(width) => update({ reader: { ...settings.reader, width } })}
        />
        <ThemeField
          id="reader-theme"
          label={t('optionsReaderTheme')}
          value={settings.reader.theme}
          themes={THEMES}
          onChange={(theme) => update({ reader: { ...settings.reader, theme: theme as Settings['reader']['theme'] } })}
        />
      </section>

      <section aria-labelledby="reset-h">
        <h2 id="reset-h">{t('optionsReset')}</h2>
        {confirmReset ? (
          <div class="row" role="group" aria-label={t('optionsResetConfirm')}>
            <span>{t('optionsResetConfirm')}</span>
            <span>
              <button
                type="button"
                class="primary"
                onClick={() => {
                  setConfirmReset(false);
                  setNotices([]);
                  update(structuredClone(DEFAULT_SETTINGS));
                }}
              >
                {t('optionsResetYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmReset(false)}>
                {t('optionsResetCancel')}
              </button>
            </span>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t('optionsReset')}
          </button>
        )}
        <p class="hint">{t('optionsResetHint')}</p>
      </section>
      {dataAsOf ? (
        <footer>
          <p class="hint data-date">{dataDateText(dataAsOf)}</p>
        </footer>
      ) : null}
    </main>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(v: number): void;
}

/** Accepts only whole numbers in range; anything else is shown as invalid and not saved. */
function ThemeField(props: {
  id: string;
  label: string;
  value: Theme;
  themes: readonly { value: Theme; label: MessageKey }[];
  onChange(theme: Theme): void;
}) {
  return (
    <div class="field row">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as Theme)}>
        {props.themes.map((th) => (
          <option key={th.value} value={th.value}>
            {t(th.label)}
          </option>
        ))}
      </select>
    </div>
  );
}

function NumberField({ id, label, value, min, max, step, onChange }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(value);
  const n = Number(shown);
  const invalid = !/^\d+$/.test(shown.trim()) || n < min || n > max;
  return (
    <div class="field">
      <div class="row">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={step}
          value={shown}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={`${id}-range`}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            setDraft(v);
            const num = Number(v);
            if (/^\d+$/.test(v.trim()) && num >= min && num <= max) onChange(num);
          }}
          onBlur={() => setDraft(null)}
        />
      </div>
      <p class={invalid ? 'error' : 'hint'} id={`${id}-range`}>
        {t('optionsRange', [String(min), String(max)])}
      </p>
    </div>
  );
}
