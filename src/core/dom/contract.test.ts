// page.css and the reader's stylesheet spell the contract's names literally; these tests tie them to contract.ts so
// a renamed attribute cannot leave a stylesheet matching nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as contract from './contract.ts';

const PAGE_CSS = readFileSync(join(fileURLToPath(import.meta.url), '..', '../../content/page.css'), 'utf8');
// Names, not values: 'user' is a value of the hidden attribute (a block the reader picked), not a name on the page.
const NAMES = new Set(
  Object.values(contract as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && v !== contract.USER_HIDDEN_KIND),
);

describe('the DOM contract', () => {
  it('page.css hides, shows and styles with the contract names', () => {
    // Its rules apply nowhere on a page the pass marked skipped (the sheet rides in the early sheet on every page).
    const notSkipped = `[${contract.ROOT_ATTR}='skipped']`;
    expect(PAGE_CSS).toContain(`html:not([${contract.SHOW_HIDDEN_ATTR}], ${notSkipped}) [${contract.HIDDEN_ATTR}]`);
    expect(PAGE_CSS).toContain(`html[${contract.SHOW_HIDDEN_ATTR}]:not(${notSkipped}) [${contract.HIDDEN_ATTR}]`);
    expect(PAGE_CSS).toContain(`html:not(${notSkipped}) ${contract.TICKER_TAG} {`);
    expect(PAGE_CSS).toContain(`attr(${contract.HIDDEN_ATTR})`);
    expect(PAGE_CSS).toContain(`${contract.TICKER_TAG} {`);
    expect(PAGE_CSS).toContain(`${contract.TICKER_TAG}[${contract.VERIFIED_ATTR}='false']`);
  });

  it('page.css names nothing the contract does not define', () => {
    const used = new Set(PAGE_CSS.match(/\b(?:data-)?clearfolio-[a-z-]+/g));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(NAMES, name).toContain(name);
  });

  it('every name is Clearfolio-prefixed and the UI hosts are custom elements', () => {
    for (const name of NAMES) expect(name.startsWith('data-clearfolio') || name.startsWith(contract.TAG_PREFIX)).toBe(true);
    for (const tag of contract.UI_TAGS) expect(tag.startsWith(contract.TAG_PREFIX)).toBe(true);
    expect(contract.TICKER_TAG.startsWith(contract.TAG_PREFIX)).toBe(true);
  });

  it('markRoot sets the processed state on <html>', () => {
    const doc = new DOMParser().parseFromString('<p>x</p>', 'text/html');
    contract.markRoot(doc, 'article');
    expect(doc.documentElement.getAttribute('data-clearfolio')).toBe('article');
  });
});
