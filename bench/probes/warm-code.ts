// A probe (bench/bench-probe.ts) for how much of the pipeline's time on a fresh page is its own code
// warming up (compiled on first call, inline caches filled), which every page load pays again: the pipeline
// on the page cold, and after it ran on a small made-up article in the same load first.
//   npx tsx bench/bench-probe.ts bench/probes/warm-code.ts cold,warm1,warm5
import { runPipeline } from '../../src/core/pipeline.ts';
import type { Resolver } from '../../src/core/types.ts';

const resolver: Resolver = { resolve: async (queries) => queries.map(() => null) };
const paragraph = (n: number) =>
  `<p>Paragraph ${n}: Sony (NYSE:SNE) and Apple Inc. (AAPL) rose, $MSFT and BP.L fell as traders weighed (TYO:6758) and (NASDAQ: FEYE). When you purchase through our links we may earn a commission.</p>`;
const ARTICLE = `<!doctype html><html><head><meta property="og:type" content="article"><title>Story</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main><article><h1>Shares rise as the company beats forecasts</h1>
<div class="article-body">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}
<div class="newsletter-box"><h3>Sign up for our newsletter</h3><form><input type="email" name="email"></form></div>
<div class="sponsored"><span>Sponsored</span><a href="/x">A promoted story</a></div>
<ul><li>One item of a list that is long enough to count as prose in the article body</li></ul></div></article>
<aside><div class="taboola">You may like</div></aside></main><footer>Copyright</footer></body></html>`;

async function warmUp(times: number): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < times; i++) {
    const doc = new DOMParser().parseFromString(ARTICLE, 'text/html');
    await runPipeline(doc, { url: 'https://example.com/2020/01/story', resolver });
  }
  return performance.now() - t;
}

(window as never as { __probe(v: string): Promise<Record<string, number>> }).__probe = async (variant) => {
  const warmUpMs = variant === 'cold' ? 0 : await warmUp(Number(variant.slice('warm'.length)));
  const { timings } = await runPipeline(document, { url: location.href, resolver });
  return { [variant]: timings.total, [`${variant}WarmUpMs`]: warmUpMs };
};
