// What Clearfolio never reads nor changes on a page (README: inputs, textareas, contenteditable regions, code,
// scripts, graphics): one definition for the clutter finder and the ticker scan, so an editor one of them skips
// is never hidden or wrapped by the other.

/** Elements whose content is never page prose: editors, code, scripts, graphics, embedded documents. */
export const UNTOUCHED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);

/**
 * Form controls: their text is a label, never a ticker mention. Only the ticker scan skips them; the clutter
 * finder must see them (an email field is what makes a box a newsletter sign-up).
 */
export const FORM_CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'button', 'option']);

/**
 * An editing region: contenteditable "", "true" or "plaintext-only" (any value but "false", so a misspelt one
 * errs on the side of leaving the page's editor alone).
 */
export function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}
