// Company names come with legal suffixes ("Sony Group Corporation", "BP p.l.c.", "ASML Holding N.V.") that a
// page often leaves out ("Sony (SNE)"). These helpers produce the shorter spellings a page is likely to use, and
// a folded key for comparing two spellings of one name. Used at build time and at lookup time, so they live here.

// Lower-case, without dots, as the last word(s) of a name. Longest first so "public limited company" wins.
// The one list of legal forms: the name check in tickers/name-match.ts drops their words too.
export const LEGAL_SUFFIXES = [
  'public limited company',
  'company limited',
  'co ltd',
  'co limited',
  'and company',
  '& company',
  '& co',
  'incorporated',
  'corporation',
  'corp',
  'inc',
  'company',
  'co',
  'plc',
  'ltd',
  'limited',
  'llc',
  'lp',
  'llp',
  'group',
  'holdings',
  'holding',
  'ag',
  'sa',
  'se',
  'nv',
  'bv',
  'spa',
  'sas',
  'ab',
  'asa',
  'as',
  'a/s',
  'oyj',
  'oy',
  'kk',
  'kgaa',
  'gmbh',
  'tbk',
  'bhd',
  'berhad',
  'ltda',
  'sab de cv',
  'de cv',
  'sab',
  'ordinary shares',
  'common stock',
  'adr',
  'ads',
  'reit',
  'trust',
  'the',
];
const LEGAL_PREFIXES = ['the ', 'pt '];

function withoutDots(word: string): string {
  return word.toLowerCase().replace(/\./g, '');
}

/** One legal suffix or leading article removed, or null when there is none left to remove. */
function stripOnce(name: string): string | null {
  const trimmed = name.replace(/[\s,;:\-–]+$/u, '').trim();
  const lower = trimmed.toLowerCase();
  for (const prefix of LEGAL_PREFIXES) {
    if (lower.startsWith(prefix) && trimmed.length > prefix.length + 1) return trimmed.slice(prefix.length).trim();
  }
  const parenthesised = /\s*\((the|[^)]*)\)$/i.exec(trimmed);
  if (parenthesised && parenthesised.index > 0) return trimmed.slice(0, parenthesised.index).trim();
  const words = trimmed.split(/\s+/);
  for (const suffix of LEGAL_SUFFIXES) {
    const n = suffix.split(' ').length;
    if (words.length <= n) continue;
    const tail = words.slice(-n).map(withoutDots).join(' ').replace(/,$/, '');
    if (tail === suffix.replace(/\./g, ''))
      return words
        .slice(0, -n)
        .join(' ')
        .replace(/[,\s]+$/, '');
  }
  return null;
}

/**
 * Every shorter spelling of a name, from the full name down to its core, e.g.
 * "Sony Group Corporation" -> ["Sony Group Corporation", "Sony Group", "Sony"].
 */
export function nameVariants(name: string): string[] {
  const out: string[] = [];
  let current: string | null = name.replace(/\s+/g, ' ').trim();
  while (current) {
    if (!out.includes(current)) out.push(current);
    current = stripOnce(current);
  }
  return out;
}

/** The name without legal suffixes: "Apple Inc." -> "Apple". */
export function coreName(name: string): string {
  const variants = nameVariants(name);
  return variants[variants.length - 1] ?? name;
}

/** A folded key for "is this the same name": accents, case, punctuation and legal suffixes ignored. */
export function nameKey(name: string): string {
  return coreName(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9\u0080-\uffff]+/g, '');
}

/** Aliases for the "Name (TICK)" check: each name's variants, de-duplicated by folded spelling, in order. */
export function aliasesFor(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    for (const variant of nameVariants(name)) {
      const folded = variant.toLowerCase();
      if (variant.length < 2 || seen.has(folded)) continue;
      seen.add(folded);
      out.push(variant);
    }
  }
  return out;
}
