// Live quotes are opt-in. Choosing a provider asks the browser for that provider's host permission right
// in the change handler (the user gesture the permission prompt requires); quotes are only switched on
// once the permission is granted. With the advanced base URL set, its origin is asked for instead, so set
// it before choosing the provider. Firefox also asks the user's consent to the data quotes send (the symbols of
// the tickers they open, i.e. website content): the manifest declares it as an optional data-collection
// permission, requested in the same prompt. The API key goes to storage.local, never to synced settings.
import { useState } from 'preact/hooks';
import type { ProviderId, Settings } from '../../core/settings.ts';
import type { DataCollection, ExtApi } from '../shared/ext.ts';
import { t } from '../../platform/i18n.ts';
import type { ApiKeys } from '../../platform/settings-store.ts';
import { originsFor, PROVIDER_IDS, QUOTE_PROVIDERS } from '../../core/quote-providers.ts';

type Choice = 'off' | ProviderId;

// "Off", then every provider in the registry (a provider's name is its own, the same in every language).
const CHOICES: readonly { value: Choice; label: () => string }[] = [
  { value: 'off', label: () => t('providerOff') },
  ...PROVIDER_IDS.map((id) => ({ value: id, label: () => QUOTE_PROVIDERS[id].label })),
];

/**
 * The data-collection permissions the manifest declares optional (Firefox's gecko.data_collection_permissions):
 * what turning quotes on asks consent for. Empty in Chrome, whose manifest has none and whose
 * permissions.request refuses the key.
 */
export function optionalDataCollection(manifest: unknown): DataCollection[] {
  const m = manifest as { browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: unknown } } } } | null;
  const optional = m?.browser_specific_settings?.gecko?.data_collection_permissions?.optional;
  return Array.isArray(optional) ? optional.filter((v): v is DataCollection => typeof v === 'string') : [];
}

const BASE_URL_RE = /^https?:\/\/[^\s]+$/i;

export interface QuoteSettingsProps {
  ext: ExtApi;
  quotes: Settings['quotes'];
  apiKeys: ApiKeys;
  onQuotes(next: Settings['quotes']): void;
  onApiKey(provider: ProviderId, key: string): void;
}

export function QuoteSettings({ ext, quotes, apiKeys, onQuotes, onApiKey }: QuoteSettingsProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [baseDraft, setBaseDraft] = useState<string | null>(null);
  const current: Choice = quotes.enabled ? quotes.provider : 'off';

  const choose = (choice: Choice) => {
    setMessage(null);
    if (choice === 'off') {
      onQuotes({ ...quotes, enabled: false });
      return;
    }
    const label = QUOTE_PROVIDERS[choice].label;
    // No await before this call: the permission prompt needs the click's user activation.
    const dataCollection = optionalDataCollection(ext.runtime.getManifest?.());
    ext.permissions
      .request({ origins: originsFor(choice, quotes.baseUrl), ...(dataCollection.length ? { data_collection: dataCollection } : {}) })
      .then((granted) => {
        if (granted) onQuotes({ ...quotes, enabled: true, provider: choice });
        else setMessage(t('optionsPermissionDenied', label));
      })
      .catch((e: unknown) => setMessage(t('optionsPermissionFailed', [label, e instanceof Error ? e.message : String(e)])));
  };

  const baseValue = baseDraft ?? quotes.baseUrl;
  const baseInvalid = baseValue.trim() !== '' && !BASE_URL_RE.test(baseValue.trim());
  const keyProvider = quotes.enabled && QUOTE_PROVIDERS[quotes.provider].needsKey ? quotes.provider : null;

  return (
    <section aria-labelledby="quotes-h">
      <h2 id="quotes-h">{t('optionsQuotes')}</h2>
      <p class="hint">{t('optionsQuotesHint')}</p>
      <fieldset class="choices">
        <legend>{t('optionsProvider')}</legend>
        {CHOICES.map((c) => (
          <label class="choice" key={c.value}>
            <input type="radio" name="provider" value={c.value} checked={current === c.value} onChange={() => choose(c.value)} />
            <span>{c.label()}</span>
          </label>
        ))}
      </fieldset>
      {message ? (
        <p class="error" role="alert">
          {message}
        </p>
      ) : null}
      {keyProvider ? (
        <div class="field">
          <label for="api-key">{t('optionsApiKey', QUOTE_PROVIDERS[keyProvider].label)}</label>
          <input
            id="api-key"
            type="password"
            autoComplete="off"
            spellcheck={false}
            value={apiKeys[keyProvider] ?? ''}
            aria-describedby="api-key-hint"
            onInput={(e) => onApiKey(keyProvider, (e.currentTarget as HTMLInputElement).value)}
          />
          <p class="hint" id="api-key-hint">
            {apiKeys[keyProvider] ? t('optionsApiKeyHint') : t('optionsApiKeyMissing')}
          </p>
        </div>
      ) : null}
      <details>
        <summary>{t('optionsAdvanced')}</summary>
        <div class="field">
          <label for="base-url">{t('optionsBaseUrl')}</label>
          <input
            id="base-url"
            type="url"
            spellcheck={false}
            placeholder="https://"
            value={baseValue}
            aria-invalid={baseInvalid ? 'true' : undefined}
            aria-describedby="base-url-hint"
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              setBaseDraft(v);
              const trimmed = v.trim();
              if (trimmed === '' || BASE_URL_RE.test(trimmed)) onQuotes({ ...quotes, baseUrl: trimmed });
            }}
          />
          <p class={baseInvalid ? 'error' : 'hint'} id="base-url-hint" role={baseInvalid ? 'alert' : undefined}>
            {baseInvalid ? t('optionsBaseUrlInvalid') : t('optionsBaseUrlHint')}
          </p>
        </div>
      </details>
    </section>
  );
}
