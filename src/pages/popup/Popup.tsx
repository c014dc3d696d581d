// The toolbar popup: what Clearfolio did on the current tab, and the switches for this site.
// It talks to the tab's content script (report / showHidden / openTicker / toggleReader) and writes site
// switches to storage.sync; the content script listens to that change and restores or re-runs the page.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabReport, TabRequest } from '../../core/messages.ts';
import { isErrorReply } from '../../core/messages.ts';
import { addSite, siteListed, type Settings } from '../../core/settings.ts';
import { CLUTTER_KINDS, type ClutterKind } from '../../core/types.ts';
import { SettingsNotices, Switch } from '../shared/components.tsx';
import type { ExtApi } from '../shared/ext.ts';
import { t } from '../../platform/i18n.ts';
import { groupTickers, hostOf, isTabReport, kindLabel, orderedKinds } from '../shared/report.ts';
import { loadSettings, saveSettings } from '../../platform/settings-store.ts';

export interface PopupProps {
  ext: ExtApi;
  /** window.close() in the real popup. */
  closeWindow(): void;
  /** Gives the content script time to act on a settings change before the popup asks again. */
  settle?(): Promise<void>;
}

type View =
  | { state: 'loading' }
  /** No content script answers: a browser page, a store page, or a page opened before Clearfolio was installed. */
  | { state: 'unsupported'; reloadable: boolean }
  | { state: 'off' }
  | { state: 'ready'; report: TabReport };

/** The last destructive choice made in this popup, and how to take it back. */
interface Undo {
  message: string;
  /** The settings as they are now, with only what the choice changed put back. */
  revert(current: Settings): Settings;
}

const defaultSettle = () => new Promise<void>((r) => setTimeout(r, 350));
const RETRIES = 5;

export function Popup({ ext, closeWindow, settle = defaultSettle }: PopupProps) {
  const [view, setView] = useState<View>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [host, setHost] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);

  const ask = useCallback(
    // Replies are checked (isTabReport, isErrorReply) before use: the tab may run an older content script.
    async (id: number, msg: TabRequest): Promise<unknown> => ext.tabs.sendMessage(id, msg),
    [ext],
  );

  /** Asks the tab for its report and turns the answer into a view. */
  const fetchView = useCallback(
    async (id: number, tabUrl: string | undefined): Promise<View> => {
      let reply: unknown;
      try {
        reply = await ask(id, { type: 'report' });
      } catch {
        return { state: 'unsupported', reloadable: hostOf(tabUrl) !== null };
      }
      if (isTabReport(reply)) {
        setHost(hostOf(reply.url) ?? hostOf(tabUrl));
        return { state: 'ready', report: reply };
      }
      if (isErrorReply(reply)) {
        // tab.url needs host access the popup may lack; a content script that names its page helps.
        const named = hostOf((reply as { url?: unknown }).url as string | undefined);
        if (named) setHost(named);
        return { state: 'off' };
      }
      return { state: 'unsupported', reloadable: false };
    },
    [ask],
  );

  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    (async () => {
      const parsed = await loadSettings(ext);
      if (!live) return;
      setSettings(parsed.settings);
      setNotices(parsed.notices);
      document.documentElement.dataset.theme = parsed.settings.theme;
      const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
      if (!live) return;
      if (tab?.id === undefined) {
        setView({ state: 'unsupported', reloadable: false });
        return;
      }
      setTabId(tab.id);
      setTabUrl(tab.url);
      setHost(hostOf(tab.url));
      const next = await fetchView(tab.id, tab.url);
      if (live) setView(next);
    })().catch((e: unknown) => {
      if (live) {
        setError(e instanceof Error ? e.message : String(e));
        setView({ state: 'unsupported', reloadable: false });
      }
    });
    return () => {
      live = false;
    };
  }, [ext, fetchView]);

  /**
   * Saves a site switch, then shows what the page looks like after the content script re-ran. A destructive
   * choice passes its `undo`; any other change ends the chance to undo the one before.
   */
  const changeSite = async (next: Settings, expectRunning: boolean, nextUndo: Undo | null = null) => {
    if (tabId === null) return;
    setError(null);
    try {
      await saveSettings(ext, next);
    } catch (e) {
      setError(t('popupSaveFailed', e instanceof Error ? e.message : String(e)));
      return;
    }
    setSettings(next);
    setUndo(nextUndo);
    if (!expectRunning) {
      setView({ state: 'off' });
      return;
    }
    setView({ state: 'loading' });
    let v: View = { state: 'off' };
    for (let i = 0; i < RETRIES; i++) {
      await settle();
      v = await fetchView(tabId, tabUrl);
      if (v.state !== 'off') break;
    }
    setView(v);
  };

  /** Reverses the last choice on the settings as stored now: a change made since in another window is kept. */
  const undoLast = async (last: Undo) => {
    const { settings: current } = await loadSettings(ext);
    await changeSite(last.revert(current), true);
  };

  const send = async (msg: TabRequest): Promise<unknown> => {
    if (tabId === null) return undefined;
    setError(null);
    try {
      return await ask(tabId, msg);
    } catch (e) {
      setError(t('popupTabGone'));
      return undefined;
    }
  };

  const body = (() => {
    switch (view.state) {
      case 'loading':
        return (
          <p class="muted" role="status">
            {t('popupLoading')}
          </p>
        );
      case 'unsupported':
        return (
          <div role="status">
            <p>{t('popupUnsupported')}</p>
            <p class="hint">{view.reloadable ? t('popupUnsupportedReload') : t('popupUnsupportedHint')}</p>
          </div>
        );
      case 'off':
        return (
          <section aria-labelledby="site-h">
            <h2 id="site-h">{t('popupSiteHeading')}</h2>
            <p role="status">{host ? t('popupSiteOff', host) : t('popupSiteOffUnknown')}</p>
            {host && settings ? (
              <Switch
                label={t('popupSiteRun')}
                checked={false}
                onChange={(on) => void changeSite(addSite(settings, 'neverRun', host, !on), on)}
              />
            ) : null}
          </section>
        );
      case 'ready':
        return (
          <ReadyView
            report={view.report}
            host={host}
            settings={settings}
            onShowHidden={async (show) => {
              const r = await send({ type: 'showHidden', show });
              if (isTabReport(r)) setView({ state: 'ready', report: r });
            }}
            onOpenTicker={async (index) => {
              const r = await send({ type: 'openTicker', index });
              if (r && !isErrorReply(r)) closeWindow();
            }}
            onPickHide={async () => {
              const r = await send({ type: 'pickHide' });
              // The reader picks on the page: the popup steps out of the way.
              if (r && typeof r === 'object' && (r as { ok?: unknown }).ok === true) closeWindow();
              else if (r !== undefined) setError(t('popupPickUnavailable'));
            }}
            onTreatAsArticle={async () => {
              const r = await send({ type: 'treatAsArticle' });
              if (isTabReport(r)) setView({ state: 'ready', report: r });
            }}
            onToggleReader={async () => {
              const r = await send({ type: 'toggleReader' });
              if (r && !isErrorReply(r)) closeWindow();
              else if (isErrorReply(r)) setError(r.error);
            }}
            onSiteRun={(on) =>
              settings &&
              host &&
              void changeSite(
                addSite(settings, 'neverRun', host, !on),
                on,
                on ? null : undoList(settings, 'neverRun', t('popupChangedSiteOff', host)),
              )
            }
            onSiteClean={(on) =>
              settings &&
              host &&
              void changeSite(
                addSite(settings, 'neverClean', host, !on),
                true,
                on ? null : undoList(settings, 'neverClean', t('popupChangedNeverClean', host)),
              )
            }
            onStopKind={(kind) =>
              settings &&
              void changeSite({ ...settings, kinds: { ...settings.kinds, [kind]: false } }, true, {
                message: t('popupChangedKindOff', kindLabel(kind)),
                revert: (cur) => ({ ...cur, kinds: { ...cur.kinds, [kind]: settings.kinds[kind] } }),
              })
            }
          />
        );
    }
  })();

  return (
    <main class="popup">
      <header class="row">
        <h1>{t('actionTitle')}</h1>
        {host ? <span class="muted">{host}</span> : null}
      </header>
      <SettingsNotices notices={notices} />
      {body}
      {undo && settings ? (
        <p class="undo row" role="status">
          <span>{undo.message}</span>
          <button type="button" class="link" onClick={() => void undoLast(undo)}>
            {t('popupUndo')}
          </button>
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <footer class="row">
        <button
          type="button"
          class="link"
          onClick={() => {
            void ext.runtime.openOptionsPage().finally(closeWindow);
          }}
        >
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}

/** Undo for a change to one site list: that list goes back to what it was, the rest stays as it is now. */
function undoList(before: Settings, list: 'neverRun' | 'neverClean', message: string): Undo {
  return { message, revert: (cur) => ({ ...cur, [list]: before[list] }) };
}

function isClutterKind(kind: string): kind is ClutterKind {
  return (CLUTTER_KINDS as readonly string[]).includes(kind);
}

interface ReadyProps {
  report: TabReport;
  host: string | null;
  settings: Settings | null;
  onShowHidden(show: boolean): void;
  onOpenTicker(index: number): void;
  onToggleReader(): void;
  onTreatAsArticle(): void;
  /** "Hide a block on this page…": the tab's picker starts and the popup closes. */
  onPickHide(): void;
  onSiteRun(on: boolean): void;
  onSiteClean(on: boolean): void;
  /** Stop hiding one kind of block on every site. */
  onStopKind(kind: ClutterKind): void;
}

function ReadyView(props: ReadyProps) {
  const {
    report,
    host,
    settings,
    onShowHidden,
    onOpenTicker,
    onToggleReader,
    onTreatAsArticle,
    onPickHide,
    onSiteRun,
    onSiteClean,
    onStopKind,
  } = props;
  const kinds = orderedKinds(report.hidden);
  const total = kinds.reduce((n, [, c]) => n + c, 0);
  const groups = groupTickers(report.tickers);
  const cleanHere = !!settings && !!host && !siteListed(settings.neverClean, host);
  return (
    <>
      <p class="status" role="status">
        {report.isArticle ? t('popupArticle') : t('popupNotArticle')}
      </p>
      {report.isArticle ? null : (
        <button type="button" class="wide" onClick={onTreatAsArticle}>
          {t('popupTreatAsArticle')}
        </button>
      )}
      {report.isArticle ? (
        <section aria-labelledby="hidden-h">
          <h2 id="hidden-h">{t('popupHiddenHeading', String(total))}</h2>
          {total ? (
            <>
              <ul class="plain counts">
                {kinds.map(([kind, n]) => (
                  <li class="row" key={kind} data-kind={kind}>
                    <span>
                      {kindLabel(kind)}{' '}
                      {settings && isClutterKind(kind) && settings.kinds[kind] ? (
                        <button
                          type="button"
                          class="link"
                          aria-label={t('popupKindStopLabel', kindLabel(kind))}
                          onClick={() => onStopKind(kind)}
                        >
                          {t('popupKindStop')}
                        </button>
                      ) : null}
                    </span>
                    <span>{n}</span>
                  </li>
                ))}
              </ul>
              <Switch label={t('popupShowHidden')} checked={report.showingHidden} onChange={onShowHidden} />
            </>
          ) : (
            <p class="muted">{t('popupHiddenNone')}</p>
          )}
          {cleanHere && settings.clean ? (
            <button type="button" class="link" onClick={onPickHide}>
              {t('popupPickHide')}
            </button>
          ) : null}
        </section>
      ) : null}
      {report.isArticle ? (
        <section aria-labelledby="tickers-h">
          <h2 id="tickers-h">{t('popupTickersHeading', String(groups.length))}</h2>
          {groups.length ? (
            <ul class="plain tickers">
              {groups.map((g) => (
                <li key={g.label}>
                  <button
                    type="button"
                    class="ticker"
                    aria-label={t('popupTickerOpen', [g.name ?? g.label, g.label])}
                    onClick={() => onOpenTicker(g.index)}
                  >
                    <span class="name">{g.name ?? t('popupTickerUnknown')}</span>
                    <span class="sym">{g.label}</span>
                    {g.count > 1 ? <span class="muted">×{g.count}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('popupTickersNone')}</p>
          )}
        </section>
      ) : null}
      <section>
        <button type="button" class="primary wide" onClick={onToggleReader}>
          {report.readerOpen ? t('popupReaderClose') : t('popupReaderOpen')}
        </button>
      </section>
      {host && settings ? (
        <section aria-labelledby="site-h">
          <h2 id="site-h">{t('popupSiteHeading')}</h2>
          <Switch label={t('popupSiteRun')} checked={report.siteEnabled !== false} onChange={onSiteRun} />
          <Switch
            label={t('popupSiteClean')}
            checked={cleanHere && settings.clean}
            disabled={!settings.clean}
            hint={settings.clean ? undefined : t('popupCleanOffEverywhere')}
            onChange={onSiteClean}
          />
        </section>
      ) : null}
    </>
  );
}
