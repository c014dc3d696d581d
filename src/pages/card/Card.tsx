// The company card: what Clearfolio knows offline about a highlighted ticker, plus an opt-in live quote.
// The offline part never waits for anything. Every value from data is rendered as text by Preact (no HTML
// strings anywhere), and every link passes safeHttpUrl before it becomes an href.
// The card's own words come from the extension's message catalogue (English and German, both left-to-right),
// so the card is left-to-right even on a right-to-left page; text that comes from data (names, descriptions,
// notes) gets dir="auto" so an Arabic or Hebrew name reads correctly, and symbols, ISINs and numbers are
// isolated left-to-right runs.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { venueName } from '../../core/resolve/exchanges.ts';
import type { Company } from '../../core/types.ts';
import { t, uiLocale } from '../../platform/i18n.ts';
import { notesText } from '../../platform/notes.ts';
import { countryName, type FormatOptions } from './format.ts';
import { capText, sectorText } from './words.ts';
import { dataDateText } from '../shared/data-date.ts';
import { companyLinks, searchLinks, type CardLink } from './links.ts';
import { QuotePanel, type QuoteState } from './QuotePanel.tsx';
import { displayHost, safeHttpUrl, websiteUrl } from './safe-url.ts';
import type { CardTheme } from './theme.ts';

export interface CardMention {
  /** Exactly the highlighted page text: "NYSE:SNE", "$AAPL". */
  text: string;
  /** The symbol as written: "SNE". */
  symbol: string;
  exchange: string | null;
}

export interface CardProps {
  mention: CardMention;
  /** null: the mention is not in the offline data (shown as unverified). */
  company: Company | null;
  /** Overrides the links the card computes from `company` (e.g. ids from the dataset's exchange table). */
  links?: CardLink[];
  /** Overrides the exchange table's venue name for the MIC. */
  exchangeName?: string;
  quotesEnabled: boolean;
  quote: QuoteState;
  onClose(): void;
  theme?: CardTheme;
  locale?: string;
  timeZone?: string;
  /** The bundled data's date (YYYY-MM-DD) from the background; the card says how old its facts are. */
  dataAsOf?: string | null;
}

/** Descriptions longer than this get the "more" toggle; shorter ones fit the three clamped lines. */
export const SUMMARY_CLAMP_CHARS = 160;

export function cardLabel(props: Pick<CardProps, 'company' | 'mention'>): string {
  return t('cardDialogLabel', props.company?.name || props.mention.text);
}

export function formerSymbolText(company: Company): string | null {
  if (!company.formerSymbol || company.formerSymbol === company.symbol) return null;
  return company.symbolChangedYear
    ? t('cardFormerRenamedIn', [company.formerSymbol, company.symbol, company.symbolChangedYear])
    : t('cardFormerRenamed', [company.formerSymbol, company.symbol]);
}

// A private-use character stands in for an element inside a sentence, so the translation decides where the
// element goes ("On this page: NYSE:SNE", "Auf dieser Seite: NYSE:SNE") and data never becomes markup.
const SLOT = '\uE000';

/** `message(SLOT)` with `node` where its placeholder was (at the end if a translation lost it). */
function Slotted({ message, node }: { message: (slot: string) => string; node: ComponentChildren }) {
  const [before = '', ...rest] = message(SLOT).split(SLOT);
  if (!rest.length)
    return (
      <>
        {before} {node}
      </>
    );
  return (
    <>
      {before}
      {node}
      {rest.join('')}
    </>
  );
}

function Links({ links }: { links: CardLink[] }) {
  const safe = links.flatMap((l) => {
    const href = safeHttpUrl(l.href);
    return href && l.label ? [{ label: l.label, href }] : [];
  });
  if (!safe.length) return null;
  return (
    <ul class="links" aria-label={t('cardLinks')}>
      {safe.map((l) => (
        <li key={l.href}>
          <a href={l.href} target="_blank" rel="noopener noreferrer">
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Summary({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > SUMMARY_CLAMP_CHARS;
  return (
    <div>
      <p id="cf-desc" class={long && !open ? 'desc clamp' : 'desc'} dir="auto">
        {text}
      </p>
      {long && (
        <button type="button" class="more" aria-expanded={open} aria-controls="cf-desc" onClick={() => setOpen(!open)}>
          {open ? t('cardLess') : t('cardMore')}
        </button>
      )}
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </>
  );
}

function CompanyBody({ company, props }: { company: Company; props: CardProps }) {
  const former = formerSymbolText(company);
  const site = websiteUrl(company.website);
  const links = (props.links ?? companyLinks(company)).filter((l) => l.href !== site);
  const format: FormatOptions = { locale: props.locale ?? uiLocale(), timeZone: props.timeZone };
  const formerNames = (company.formerNames ?? []).filter((n) => n && n !== company.name);
  return (
    <>
      {former && <p class="former">{former}</p>}
      {company.notes?.length ? (
        <p class="note" dir="auto">
          {notesText(company.notes)}
        </p>
      ) : null}
      <dl class="facts">
        {company.sector && <Fact term={t('cardFactSector')}>{sectorText(company.sector)}</Fact>}
        {company.industry && <Fact term={t('cardFactIndustry')}>{company.industry}</Fact>}
        {company.marketCap && <Fact term={t('cardFactSize')}>{capText(company.marketCap, format.locale)}</Fact>}
        {company.mic && (
          <Fact term={t('cardFactMic')}>
            <span class="ltr mono">{company.mic}</span>
          </Fact>
        )}
        {company.isin && (
          <Fact term={t('cardFactIsin')}>
            <span class="ltr mono">{company.isin}</span>
          </Fact>
        )}
        {formerNames.length > 0 && <Fact term={t('cardFactFormerly')}>{formerNames.join('; ')}</Fact>}
        {site && (
          <Fact term={t('cardFactWebsite')}>
            <a href={site} target="_blank" rel="noopener noreferrer">
              {displayHost(site)}
            </a>
          </Fact>
        )}
      </dl>
      {company.summary && <Summary text={company.summary} />}
      {props.quotesEnabled && <QuotePanel state={props.quote} format={format} />}
      <Links links={links} />
      <DataDate props={props} />
    </>
  );
}

function UnverifiedBody({ props }: { props: CardProps }) {
  return (
    <>
      <p class="warn">
        <Slotted message={(slot) => t('cardUnverified', slot)} node={<span class="ltr">{props.mention.text}</span>} />
      </p>
      <Links links={props.links ?? searchLinks(props.mention)} />
      <DataDate props={props} />
    </>
  );
}

function DataDate({ props }: { props: CardProps }) {
  const text = props.dataAsOf ? dataDateText(props.dataAsOf, { locale: props.locale ?? uiLocale() }) : '';
  return text ? <p class="data-date">{text}</p> : null;
}

function onTabKey(e: KeyboardEvent): void {
  // Keeps Tab inside the card while it is open; Esc (handled by the mount) is the way out.
  if (e.key !== 'Tab') return;
  const card = e.currentTarget as HTMLElement;
  const items = Array.from(card.querySelectorAll<HTMLElement>('a[href],button'));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  if (e.shiftKey && (active === first || active === card)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function Card(props: CardProps) {
  const { company, mention } = props;
  const venue = company ? props.exchangeName || venueName(company.mic) || company.exchange : null;
  return (
    <div class={`card ${props.theme ?? 'auto'}`} role="dialog" aria-label={cardLabel(props)} dir="ltr" tabIndex={-1} onKeyDown={onTabKey}>
      <div class="head">
        <div class="title">
          <h2 dir="auto">{company?.name || mention.text}</h2>
          <p class="sub">
            {company ? (
              <>
                <span class="ltr ticker">{company.symbol}</span>
                {' · '}
                {venue}
                {company.country && ` · ${countryName(company.country, props.locale ?? uiLocale())}`}
              </>
            ) : (
              t('cardUnverifiedTicker')
            )}
          </p>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={() => props.onClose()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {company ? <CompanyBody company={company} props={props} /> : <UnverifiedBody props={props} />}
      <p class="written">
        <Slotted message={(slot) => t('cardOnThisPage', slot)} node={<span class="ltr">{mention.text}</span>} />
      </p>
    </div>
  );
}
