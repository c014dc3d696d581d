/**
 * The writing direction around `anchor`. The computed direction sees CSS `direction`; the markup covers
 * engines that do not inherit `dir` into computed styles. Either saying rtl is enough.
 */
export function pageDirection(anchor: HTMLElement): 'ltr' | 'rtl' {
  let computed: string | undefined;
  try {
    computed = anchor.ownerDocument.defaultView?.getComputedStyle(anchor).direction;
  } catch {
    computed = undefined;
  }
  if (computed === 'rtl') return 'rtl';
  return anchor.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}
