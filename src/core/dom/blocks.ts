// Which elements are blocks: one list (HTML's block-level elements, as the tickers' scan reads text runs) and
// the named subsets the article scan and the clutter finder mean. They differ on purpose; each subset says why.

/** HTML's block-level elements: a run of text ends at each (a ticker's sentence never crosses one). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function subset(tags: readonly string[], extra: readonly string[] = []): ReadonlySet<string> {
  for (const t of tags) if (!BLOCK_TAGS.has(t)) throw new Error(`${t} is not a block tag`);
  return new Set([...tags, ...extra]);
}

/**
 * The blocks a clutter sentence belongs to (its box, not an inline wrapper): containers of text a page builds
 * boxes from. Table rows and parts, list wrappers like <dl>, and rare blocks are left out so a sentence is
 * measured against the cell or item around it.
 */
export const CLUTTER_BLOCKS = subset([
  'p',
  'div',
  'li',
  'section',
  'article',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'td',
  'dd',
  'header',
  'footer',
  'form',
  'ul',
  'ol',
  'table',
  ...HEADINGS,
  'body',
]);

/**
 * Children that make a <div> a container rather than a text block (the article scan): structural blocks, plus
 * what is not text at all (embeds, scripts, preformatted code).
 */
export const CONTAINER_CHILDREN = subset(
  [
    'p',
    'div',
    'section',
    'article',
    'aside',
    'ul',
    'ol',
    'dl',
    'table',
    ...HEADINGS,
    'blockquote',
    'form',
    'figure',
    'header',
    'footer',
    'nav',
    'main',
  ],
  ['pre', 'iframe', 'video', 'script'],
);
