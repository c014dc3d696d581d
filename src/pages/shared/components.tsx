// Small building blocks shared by the popup and the options page.
import type { ComponentChildren } from 'preact';
import { t } from '../../platform/i18n.ts';

export interface SwitchProps {
  label: ComponentChildren;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
  onChange(checked: boolean): void;
}

/** A native checkbox with role=switch inside its label: keyboard and screen readers work without extra code. */
export function Switch({ label, checked, disabled, hint, onChange }: SwitchProps) {
  return (
    <div>
      <label class="switch">
        <span>{label}</span>
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
      </label>
      {hint ? <p class="hint">{hint}</p> : null}
    </div>
  );
}

/** Why stored settings were not used as they were (parseSettings notices). Never silently dropped. */
export function SettingsNotices({ notices }: { notices: readonly string[] }) {
  if (!notices.length) return null;
  return (
    <div class="notice" role="alert">
      <strong>{t('settingsNoticeTitle')}</strong>
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
