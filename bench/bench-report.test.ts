import { describe, expect, it } from 'vitest';
import { chartSvg, goals, paintGoals } from './bench-report.ts';
import { neutraliseMetaCsp } from './bench-serve.ts';
import type { PageRow } from './bench-browser.ts';

describe('bench report', () => {
  it('passes a goal at its limit, fails above it and leaves an unmeasured one undecided', () => {
    const [p95, sum, task, size] = goals({ ratioP95: 0.5, ratioSum: 0.51, maxTaskMs: 51, contentScriptGzipBytes: null });
    expect([p95?.pass, sum?.pass, task?.pass, size?.pass]).toEqual([true, false, false, null]);
  });

  it('judges the paint goals of #16 as "at most" figures: shares of pages turned round, 17 ms, CLS 0.01, 2 ms', () => {
    const ok = {
      shareZeroVisibleAfterPaint: 0.95,
      visibleAfterPaintP95: 17,
      shareZeroAddedCls: 1,
      maxAddedCls: 0.01,
      earlyReleaseRate: 0,
      nonArticleP95: 2.5,
    };
    const verdicts = paintGoals(ok);
    expect(verdicts.map((g) => g.pass)).toEqual([true, true, true, true, true, false]);
    expect(verdicts[0]?.value).toBe(0.05);
    expect(paintGoals({ ...ok, shareZeroVisibleAfterPaint: 0.9, maxAddedCls: 0.0101 }).map((g) => g.pass)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it('judges the footprint goals of #18: install 8 MB, background heap 40 MB, cold start p95 100 ms', () => {
    const MB = 1024 * 1024;
    const base = { ratioP95: 0.1, ratioSum: 0.1, maxTaskMs: 10, contentScriptGzipBytes: 1 };
    const byName = (list: ReturnType<typeof goals>) => Object.fromEntries(list.map((g) => [g.name, g.pass]));
    expect(byName(goals({ ...base, installBytes: 8 * MB, backgroundHeapBytes: 40 * MB + 1, coldStartP95Ms: 100 }))).toMatchObject({
      'install size (unpacked build)': true,
      'background heap after first lookup': false,
      'cold start: first lookup p95': true,
    });
    expect(byName(goals(base))['install size (unpacked build)']).toBeNull();
  });

  it('draws one path per series with a point per page', () => {
    const row = (id: string, pipelineMs: number, readabilityMs: number) => ({ id, pipelineMs, readabilityMs, floorMs: 0.2 }) as PageRow;
    const svg = chartSvg([row('a', 2, 20), row('b', 1, 5), row('c', 3, 40)], 'Pipeline & Readability');
    const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!.split(/[ML]/).filter(Boolean).length);
    expect(paths).toEqual([3, 3, 3, 3]); // the goal line, then the three series
    expect(svg).toContain('Pipeline &amp; Readability');
  });
});

describe('bench server', () => {
  it("neutralises a page's own CSP meta so it cannot block the injected bundle, and nothing else", () => {
    const html = '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><meta http-equiv="refresh" content="5">';
    const out = neutraliseMetaCsp(html);
    expect(out).not.toMatch(/content-security-policy/i);
    expect(out).toContain('http-equiv="refresh"');
    expect(neutraliseMetaCsp("<META HTTP-EQUIV='content-security-policy' content=x>")).not.toMatch(/security/i);
  });
});
