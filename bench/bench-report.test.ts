import { describe, expect, it } from 'vitest';
import { chartSvg, goals } from './bench-report.ts';
import { neutraliseMetaCsp } from './bench-serve.ts';
import type { PageRow } from './bench-browser.ts';

describe('bench report', () => {
  it('passes a goal at its limit, fails above it and leaves an unmeasured one undecided', () => {
    const [p95, sum, task, size] = goals({ ratioP95: 0.25, ratioSum: 0.26, maxTaskMs: 51, contentScriptGzipBytes: null });
    expect([p95?.pass, sum?.pass, task?.pass, size?.pass]).toEqual([true, false, false, null]);
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
