// The content script's side of the per-site memory and the toolbar badge: both go through the background
// (core/messages.ts), which names the site from the sender. A failure (the extension went away) is quiet.
import type { BackgroundRequests, Envelope, PageSiteChange } from '../core/messages.ts';
import { EMPTY_SITE, siteFromReply, type SiteLocal } from '../core/site-local.ts';
import { ext } from './ext.ts';

async function send(msg: Envelope<BackgroundRequests>): Promise<unknown> {
  try {
    return await ext().runtime.sendMessage(msg);
  } catch {
    return undefined;
  }
}

export interface SiteLocalClient {
  load(): Promise<SiteLocal>;
  change(change: PageSiteChange): Promise<SiteLocal>;
  counts(hidden: number, tickers: number): void;
}

export const messageSiteLocal: SiteLocalClient = {
  load: async () => siteFromReply(await send({ type: 'siteLocal' })),
  change: async (change) => {
    const reply = await send({ type: 'siteLocalChange', change });
    return reply === undefined ? EMPTY_SITE : siteFromReply(reply);
  },
  counts: (hidden, tickers) => void send({ type: 'counts', hidden, tickers }),
};
