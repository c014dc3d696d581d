// Notes on a company's card ("Became Mandiant Inc. (MNDT) in 2021", "Listed on NASDAQ, not NYSE") travel as a
// message id of the extension's catalogue (src/public/_locales/*/messages.json) and its arguments, so that each
// user reads them in the UI's language; core and data never build the sentence.

/** Catalogue keys of the notes; each message's $1..$n are `args` in order. */
export type NoteId =
  | 'noteBecame' // $1 new name, $2 new symbol, $3 year
  | 'noteSymbolChanged' // $1 new symbol, $2 year
  | 'noteDelisted' // $1 year
  | 'noteLastSeen' // $1 year
  | 'noteAcquiredBy' // $1 buyer, $2 year
  | 'noteTakenPrivateBy' // $1 buyer, $2 year
  | 'noteListedOn' // $1 venue the company is listed on, $2 venue the page wrote
  | 'noteOtcAdr' // $1 home symbol, $2 home venue
  | 'noteRecycledWas' // $1 symbol, $2 name then, $3 the page's year
  | 'noteRecycledMerged' // $1 name then, $2 successor name, $3 successor symbol, $4 year
  | 'noteRecycledAcquired' // $1 name then, $2 buyer name, $3 buyer symbol, $4 year
  | 'noteRecycledNow'; // $1 symbol, $2 today's holder, $3 year it took the symbol

export interface Note {
  id: NoteId;
  args: (string | number)[];
}

export const NOTE_IDS: readonly NoteId[] = [
  'noteBecame',
  'noteSymbolChanged',
  'noteDelisted',
  'noteLastSeen',
  'noteAcquiredBy',
  'noteTakenPrivateBy',
  'noteListedOn',
  'noteOtcAdr',
  'noteRecycledWas',
  'noteRecycledMerged',
  'noteRecycledAcquired',
  'noteRecycledNow',
];

export function isNote(v: unknown): v is Note {
  if (typeof v !== 'object' || v === null) return false;
  const { id, args } = v as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    (NOTE_IDS as readonly string[]).includes(id) &&
    Array.isArray(args) &&
    args.length <= 6 &&
    args.every((a) => typeof a === 'number' || (typeof a === 'string' && a.length <= 200))
  );
}
