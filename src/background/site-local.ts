// The background keeps the per-site memory (core/site-local.ts) for content scripts: in Chrome they cannot
// read storage.local (it holds the API key and is closed to them), and the site a change is for comes from
// the sender the browser names, never from the message, so a content script speaks only for its own page.
import { SITE_LOCAL_KEY, type SiteChange, type SiteLocal } from '../core/site-local.ts';
import { changeSite, parseSiteLocal, siteEntry } from '../core/site-local-store.ts';
import { normalizeHost } from '../core/settings.ts';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SiteSender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The site of a content script in a tab's top frame (http or https), else null. */
export function senderSite(sender: SiteSender): string | null {
  if (!sender.tab || (sender.frameId !== undefined && sender.frameId !== 0) || !sender.url) return null;
  try {
    const u = new URL(sender.url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeHost(u.hostname) : null;
  } catch {
    return null;
  }
}

export class SiteLocalService {
  /** Changes run one after another: two quick clicks must not read the same old store and lose one. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: Area) {}

  async get(host: string): Promise<SiteLocal> {
    return siteEntry(parseSiteLocal((await this.area.get(SITE_LOCAL_KEY))[SITE_LOCAL_KEY]), host);
  }

  change(host: string, change: SiteChange): Promise<SiteLocal> {
    const run = this.queue.then(async () => {
      const store = changeSite(parseSiteLocal((await this.area.get(SITE_LOCAL_KEY))[SITE_LOCAL_KEY]), host, change);
      await this.area.set({ [SITE_LOCAL_KEY]: store });
      return siteEntry(store, host);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
