// Answers from a resolver are checked before core code trusts them: after an extension update the
// background and a tab's content script can disagree on shapes, and a bad answer must cost highlights,
// never the page pass.
import type { Company } from './types.ts';

export function isCompany(v: unknown): v is Company {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const { symbol, name, mic, exchange } = v as Record<string, unknown>;
  return (
    typeof symbol === 'string' && typeof name === 'string' && name.length > 0 && typeof mic === 'string' && typeof exchange === 'string'
  );
}

/** One entry per query, each a Company or null; a list of the wrong length counts as nothing found. */
export function checkedCompanies(list: unknown, count: number): (Company | null)[] {
  if (!Array.isArray(list) || list.length !== count) return new Array<Company | null>(count).fill(null);
  return list.map((c) => (isCompany(c) ? c : null));
}
