// The content script's Resolver: one batched message to the background, which holds the dataset.
// The dataset is never bundled into the content script (it would cost every tab megabytes).
import { ext } from './ext.ts';
import type { Company, LookupQuery, Resolver } from '../core/types.ts';
import { companiesFromReply, isErrorReply, MAX_BATCH } from '../core/messages.ts';

export const messageResolver: Resolver = {
  async resolve(queries: readonly LookupQuery[]): Promise<(Company | null)[]> {
    const out: (Company | null)[] = [];
    for (let i = 0; i < queries.length; i += MAX_BATCH) {
      const batch = queries.slice(i, i + MAX_BATCH);
      try {
        const reply: unknown = await ext().runtime.sendMessage({ type: 'lookup', queries: batch });
        if (isErrorReply(reply)) throw new Error(reply.error);
        out.push(...companiesFromReply(reply, batch.length));
      } catch (e) {
        // The background may be restarting (extension update). Unresolved is safe: nothing is highlighted
        // except exchange-prefixed mentions, which are shown as unverified.
        console.warn('[Clearfolio] lookup failed:', e instanceof Error ? e.message : e);
        out.push(...batch.map(() => null));
      }
    }
    return out;
  },
};
