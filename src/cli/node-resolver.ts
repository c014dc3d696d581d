// The CLI's Resolver: a direct call into the dataset (the browser's goes through a message to the background).
import type { Resolver } from '../core/types.ts';
import { realDataset } from './node-dataset.ts';

export function nodeResolver(): Resolver {
  const dataset = realDataset();
  return { resolve: async (queries) => dataset.lookupMany(queries) };
}
