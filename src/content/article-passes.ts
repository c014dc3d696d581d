// What the content script needs only on articles, as one chunk loaded on demand (lazy-article.ts).
export { articlePass } from '../core/pipeline-article.ts';
export { findClutterInSlices } from '../core/clutter/find.ts';
export { findTickers } from '../core/tickers/find.ts';
