// On a new install (not an update or a browser update) the first-run page opens once, in a new tab.
export const WELCOME_PAGE = 'src/pages/welcome/index.html';

export function onInstalled(details: { reason: string }, open: (path: string) => Promise<unknown>): Promise<unknown> | undefined {
  return details.reason === 'install' ? open(WELCOME_PAGE) : undefined;
}
