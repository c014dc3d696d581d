import { describe, expect, it } from 'vitest';
import { extensionCost, unionLength, type TraceEvent } from './trace-cost.ts';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const PAGE = 'http://127.0.0.1:8000/table.html';
const EXT = { origin: ORIGIN, worldName: 'Clearfolio' };
const meta = (tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid: 1, tid, ts: 0, args: { name } });
const ev = (name: string, ts: number, dur: number, url: string, tid = 7): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  args: { data: { url } },
});

describe('the extension main-thread time in a trace', () => {
  it('adds disjoint intervals and counts overlapping ones once', () => {
    expect(
      unionLength([
        [0, 10],
        [20, 25],
      ]),
    ).toBe(15);
    expect(
      unionLength([
        [0, 10],
        [5, 12],
        [2, 3],
      ]),
    ).toBe(12);
    expect(unionLength([])).toBe(0);
  });

  it('counts nested events of one script once and leaves out the page, other threads and instant events', () => {
    const events: TraceEvent[] = [
      meta(7, 'CrRendererMain'),
      meta(9, 'ThreadPoolForegroundWorker'),
      { name: 'ParseHTML', ph: 'X', pid: 1, tid: 7, ts: 500, dur: 100, args: { beginData: { url: PAGE } } },
      // another tab's renderer (the first-run page) running extension code
      { ...meta(8, 'CrRendererMain'), pid: 2 },
      { ...ev('EvaluateScript', 1_000, 9_000, `${ORIGIN}/assets/welcome.js`), pid: 2, tid: 8 },
      ev('EvaluateScript', 1_000, 4_000, `${ORIGIN}/early.js`),
      ev('v8.compile', 1_000, 2_000, `${ORIGIN}/early.js`),
      ev('v8.run', 3_000, 2_000, `${ORIGIN}/early.js`),
      ev('FunctionCall', 10_000, 1_500, `${ORIGIN}/early.js`),
      ev('EvaluateScript', 20_000, 3_000, `${ORIGIN}/assets/index.ts-loader-x.js`),
      // the page's own script and a background parse of ours cost the page's main thread nothing of ours
      ev('EvaluateScript', 30_000, 50_000, 'https://example.com/app.js'),
      ev('v8.parseOnBackground', 40_000, 9_000, `${ORIGIN}/assets/index.js`, 9),
      { name: 'ResourceSendRequest', ph: 'I', pid: 1, tid: 7, ts: 50_000, args: { data: { url: `${ORIGIN}/assets/x.js` } } },
    ];
    const cost = extensionCost(events, EXT, PAGE);
    expect(cost.totalMs).toBe(8.5);
    expect(cost.byFile).toEqual({ 'early.js': 5.5, 'assets/index.ts-loader-x.js': 3 });
    expect(cost.byEvent).toMatchObject({ 'early.js EvaluateScript': 4, 'early.js FunctionCall': 1.5, 'early.js v8.compile': 2 });
  });

  it('counts the creation of its isolated world before its first script, and what runs in that world', () => {
    const task = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid: 7, ts, dur });
    const init = (ts: number, dur: number): TraceEvent => ({
      name: 'LocalWindowProxy::Initialize',
      ph: 'X',
      pid: 1,
      tid: 7,
      ts,
      dur,
      args: {},
    });
    const world = (name: string, ts: number, dur: number, worldName: string): TraceEvent => ({
      name,
      ph: 'X',
      pid: 1,
      tid: 7,
      ts,
      dur,
      args: { worldName },
    });
    const events: TraceEvent[] = [
      meta(7, 'CrRendererMain'),
      // the page's own main world, created when the document commits: not ours
      task(0, 3_000),
      init(100, 2_000),
      // the parser task that runs early.js at document_start: our world is created right before it
      task(10_000, 20_000),
      { name: 'ParseHTML', ph: 'X', pid: 1, tid: 7, ts: 10_000, dur: 20_000, args: { beginData: { url: PAGE } } },
      init(11_000, 3_000),
      ev('EvaluateScript', 14_000, 4_000, `${ORIGIN}/early.js`),
      // a module evaluated in our world (no file named), and a driver's utility world that is not ours
      task(40_000, 6_000),
      world('v8.evaluateModule', 40_000, 5_000, 'Clearfolio'),
      task(50_000, 9_000),
      init(50_000, 1_000),
      world('v8.callFunction', 51_000, 8_000, '__playwright_utility_world__'),
    ];
    const cost = extensionCost(events, EXT, PAGE);
    expect(cost.byFile).toEqual({ '(isolated world)': 3, 'early.js': 4, '(in its world)': 5 });
    expect(cost.totalMs).toBe(12);
  });

  it('finds nothing in a trace without the extension', () => {
    expect(extensionCost([meta(7, 'CrRendererMain'), ev('EvaluateScript', 0, 5_000, PAGE)], EXT, PAGE)).toEqual({
      totalMs: 0,
      byFile: {},
      byEvent: {},
    });
  });
});
