// A company's notes (message ids with arguments, see src/core/notes.ts) as one line in the UI's language.
import type { Note } from '../core/notes.ts';
import { t } from './i18n.ts';

export function notesText(notes: readonly Note[] | undefined): string {
  return (notes ?? []).map((n) => t(n.id, n.args)).join('; ');
}
