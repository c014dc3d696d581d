// "Company data as of <date>" for the card and the options page: the bundled data's date from the background.
import { t } from '../../platform/i18n.ts';

/** "Company data as of 22 Aug 2026": a day, the same in every time zone (the data has no hour). */
export function dataDateText(isoDay: string, o: { locale?: string } = {}): string {
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  if (!Number.isFinite(ms)) return '';
  return t('dataAsOf', new Intl.DateTimeFormat(o.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms));
}
