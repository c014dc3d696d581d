// One editable list of sites (never run / never clean / always article): add with validation, remove.
import { useState } from 'preact/hooks';
import { normalizeHost } from '../../core/settings.ts';
import { t } from '../../platform/i18n.ts';

export interface SiteListProps {
  id: string;
  title: string;
  hint: string;
  sites: readonly string[];
  onChange(next: string[]): void;
}

export function SiteList({ id, title, hint, sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setError(t('optionsSiteInvalid', draft.trim() || ' '));
      return;
    }
    if (sites.includes(host)) {
      setError(t('optionsSiteDuplicate', host));
      return;
    }
    setError(null);
    setDraft('');
    onChange([...sites, host].sort());
  };

  return (
    <fieldset class="sitelist" id={id}>
      <legend>{title}</legend>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {sites.length ? (
        <ul class="plain">
          {sites.map((s) => (
            <li class="row" key={s}>
              <span>{s}</span>
              <button type="button" aria-label={t('optionsSiteRemoveLabel', s)} onClick={() => onChange(sites.filter((x) => x !== s))}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optionsSiteEmpty')}</p>
      )}
      <form class="row add" onSubmit={add} noValidate>
        <label for={`${id}-input`} class="visually-hidden">
          {t('optionsSiteInputLabel', title)}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onInput={(e) => {
            setDraft((e.currentTarget as HTMLInputElement).value);
            if (error) setError(null);
          }}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
      {error ? (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
