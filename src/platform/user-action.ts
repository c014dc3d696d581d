// Only the user's own input counts for what Clearfolio does on a page: a page's script can dispatch clicks and
// key presses at will (event.isTrusted is false for those, and a page cannot forge it).
export function isUserAction(e: Event): boolean {
  return e.isTrusted;
}
