// The first-run page (opened once, when Clearfolio is installed): what it does, shown on a short demo article
// drawn the way Clearfolio leaves a real one (a hidden block shown with its label, a highlighted ticker), and
// where the switches are. Static: the content script does not run on extension pages.
import { t } from '../../platform/i18n.ts';
import { shownKindLabel } from '../../platform/kind-labels.ts';

const DEMO_CSS = `
.demo{border:1px solid var(--border);border-radius:8px;padding:12px 16px;margin:12px 0;max-width:640px}
.demo .ticker{border-bottom:1px dotted currentColor;background:rgba(37,99,235,.08);border-radius:2px}
.demo .shown{outline:2px dashed #b45309;outline-offset:2px;margin:12px 0;padding:6px}
.demo .shown-label{display:block;width:max-content;max-width:100%;font:600 12px/1.4 system-ui,sans-serif;color:#fff;background:#92400e;padding:2px 6px;margin-bottom:4px}
.switches li{margin:6px 0}
`;

export function Welcome({ openOptions }: { openOptions(): void }) {
  return (
    <main class="welcome">
      <style>{DEMO_CSS}</style>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="demo-h">
        <h2 id="demo-h">{t('welcomeDemoHeading')}</h2>
        <article class="demo" aria-label={t('welcomeDemoHeading')}>
          <h3>{t('welcomeDemoHeadline')}</h3>
          <p>
            {t('welcomeDemoBefore')} <span class="ticker">NYSE:SONY</span> {t('welcomeDemoAfter')}
          </p>
          <div class="shown">
            <span class="shown-label">{t('shownBlockKind', shownKindLabel('newsletter'))}</span>
            {t('welcomeDemoNewsletter')}
          </div>
          <p class="hint">{t('welcomeDemoHint')}</p>
        </article>
      </section>
      <section aria-labelledby="switches-h">
        <h2 id="switches-h">{t('welcomeSwitchesHeading')}</h2>
        <ul class="switches">
          <li>{t('welcomeSwitchPopup')}</li>
          <li>{t('welcomeSwitchNote')}</li>
          <li>{t('welcomeSwitchReader')}</li>
        </ul>
        <button type="button" class="primary" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </section>
    </main>
  );
}
