// What this device remembers per site from the page (core/site-local.ts): blocks marked "not clutter",
// blocks picked to hide, and where the note was dismissed. Listed, removable one by one, exportable as JSON.
// Kept in storage.local (never synced), which only extension pages and the background can reach.
import { useEffect, useState } from 'preact/hooks';
import { SITE_LOCAL_KEY, SITE_RULE_LISTS, type SiteChange, type SiteLocalStore } from '../../core/site-local.ts';
import { changeSite, parseSiteLocal } from '../../core/site-local-store.ts';
import { t, type MessageKey } from '../../platform/i18n.ts';
import type { ExtApi } from '../shared/ext.ts';

const LIST_TITLES: Record<(typeof SITE_RULE_LISTS)[number], MessageKey> = { notClutter: 'optionsNotClutter', hide: 'optionsPickedHide' };

/** The store as a JSON file's text: sites sorted, two-space indent. */
export function siteMemoryJson(store: SiteLocalStore): string {
  const sorted = Object.fromEntries(Object.entries(store).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ [SITE_LOCAL_KEY]: sorted }, null, 2)}\n`;
}

export function SiteMemory({ ext }: { ext: ExtApi }) {
  const [store, setStore] = useState<SiteLocalStore | null>(null);

  useEffect(() => {
    let live = true;
    void ext.storage.local.get(SITE_LOCAL_KEY).then((got) => live && setStore(parseSiteLocal(got[SITE_LOCAL_KEY])));
    return () => {
      live = false;
    };
  }, [ext]);

  const change = async (host: string, c: SiteChange) => {
    // Read again first: the background may have added a rule since this page loaded.
    const current = parseSiteLocal((await ext.storage.local.get(SITE_LOCAL_KEY))[SITE_LOCAL_KEY]);
    const next = changeSite(current, host, c);
    await ext.storage.local.set({ [SITE_LOCAL_KEY]: next });
    setStore(next);
  };

  const exportJson = () => {
    if (!store) return;
    const url = URL.createObjectURL(new Blob([siteMemoryJson(store)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'clearfolio-sites.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const hosts = store ? Object.keys(store).sort() : [];
  return (
    <section aria-labelledby="memory-h">
      <h2 id="memory-h">{t('optionsSiteMemory')}</h2>
      <p class="hint">{t('optionsSiteMemoryHint')}</p>
      {hosts.length ? (
        <ul class="plain memory">
          {hosts.map((host) => {
            const entry = store![host]!;
            return (
              <li key={host} data-site={host}>
                <strong>{host}</strong>
                <ul class="plain">
                  {entry.noteDismissed ? (
                    <li class="row">
                      <span>{t('optionsNoteDismissed')}</span>
                      <button type="button" class="link" onClick={() => void change(host, { op: 'dismissNote', dismissed: false })}>
                        {t('optionsSiteRemove')}
                      </button>
                    </li>
                  ) : null}
                  {SITE_RULE_LISTS.flatMap((list) =>
                    entry[list].map((selector) => (
                      <li class="row" key={`${list}:${selector}`} data-list={list}>
                        <span>
                          {t(LIST_TITLES[list])}: <code>{selector}</code>
                        </span>
                        <button
                          type="button"
                          class="link"
                          aria-label={t('optionsSiteRemoveLabel', selector)}
                          onClick={() => void change(host, { op: 'remove', list, selector })}
                        >
                          {t('optionsSiteRemove')}
                        </button>
                      </li>
                    )),
                  )}
                </ul>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('optionsSiteMemoryEmpty')}</p>
      )}
      <button type="button" disabled={!hosts.length} onClick={exportJson}>
        {t('optionsSiteMemoryExport')}
      </button>
    </section>
  );
}
