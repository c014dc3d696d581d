// The data's labels said in words of the reader's language: size classes ("Large Cap") become a sentence with
// the class's market-value range in the UI locale's number format ("Large: market value $10B to $200B",
// "Groß: Börsenwert 10 Mrd. $ bis 200 Mrd. $"), and sector names come from the catalogue. A label the
// catalogue does not know is shown as the data wrote it. Industries stay in the data's English (hundreds of
// names; no translation source we may ship).
import { t } from '../../platform/i18n.ts';

/** The size classes of scripts/data/names.ts capClass, in US dollars (the screener's currency). */
const CAP_CLASSES: Record<string, { low?: number; high?: number; text: (low: string, high: string) => string }> = {
  'Mega Cap': { low: 200e9, text: (low) => t('capMega', low) },
  'Large Cap': { low: 10e9, high: 200e9, text: (low, high) => t('capLarge', [low, high]) },
  'Mid Cap': { low: 2e9, high: 10e9, text: (low, high) => t('capMid', [low, high]) },
  'Small Cap': { low: 300e6, high: 2e9, text: (low, high) => t('capSmall', [low, high]) },
  'Micro Cap': { low: 50e6, high: 300e6, text: (low, high) => t('capMicro', [low, high]) },
  'Nano Cap': { high: 50e6, text: (_low, high) => t('capNano', high) },
};

/** "$10B" / "10 Mrd. $": a rounded amount in the locale's short form. */
export function moneyShort(usd: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 0 }).format(usd);
}

export function capText(cap: string, locale?: string): string {
  if (!Object.hasOwn(CAP_CLASSES, cap)) return cap;
  const c = CAP_CLASSES[cap]!;
  const money = (n: number | undefined) => (n === undefined ? '' : moneyShort(n, locale));
  return c.text(money(c.low), money(c.high));
}

// Thunks with literal keys: the catalogue is read at render time, and the key test finds every key in the source.
const SECTORS: Record<string, () => string> = {
  'Basic Materials': () => t('sectorBasicMaterials'),
  'Communication Services': () => t('sectorCommunicationServices'),
  'Consumer Discretionary': () => t('sectorConsumerDiscretionary'),
  'Consumer Staples': () => t('sectorConsumerStaples'),
  Energy: () => t('sectorEnergy'),
  Finance: () => t('sectorFinance'),
  Financials: () => t('sectorFinancials'),
  'Health Care': () => t('sectorHealthCare'),
  Industrials: () => t('sectorIndustrials'),
  'Information Technology': () => t('sectorInformationTechnology'),
  Materials: () => t('sectorMaterials'),
  Miscellaneous: () => t('sectorMiscellaneous'),
  'Real Estate': () => t('sectorRealEstate'),
  Technology: () => t('sectorTechnology'),
  Telecommunications: () => t('sectorTelecommunications'),
  Utilities: () => t('sectorUtilities'),
};

export function sectorText(sector: string): string {
  return Object.hasOwn(SECTORS, sector) ? SECTORS[sector]!() : sector;
}
