// Main-thread time a page spends in Clearfolio's scripts, read from a Chromium trace: the union of the renderer
// main thread's complete events that name a file of the extension (compiling and running early.js and the
// content script, their animation-frame and timer callbacks, module compiles). A union, because those events
// nest (EvaluateScript holds v8.compile and v8.run). Background-thread parsing is left out: it costs the page
// nothing on its main thread. This replaces "with the extension minus without it" of whole-page CDP metrics,
// whose noise under load was larger than the figure (bench-paint's non-article cost came out negative).

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface ExtensionCost {
  /** Union of the extension's main-thread events, ms. */
  totalMs: number;
  /** The same per file of the extension (a file's events may overlap another's: these need not add up). */
  byFile: Record<string, number>;
  /** Per file and event name ("early.js EvaluateScript", "early.js FunctionCall"): where a file's time goes. */
  byEvent: Record<string, number>;
}

/**
 * The main threads of the renderers that loaded `page`: a trace started from a page's session records every
 * process, and another tab (the extension's first-run page) must not count.
 */
function mainThreads(events: TraceEvent[], page: string): Set<string> {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && (e.args?.name as string | undefined) === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const loaded = new Set(
    events.filter((e) => main.has(`${e.pid}:${e.tid}`) && JSON.stringify(e.args ?? {}).includes(page)).map((e) => `${e.pid}:${e.tid}`),
  );
  return loaded;
}

/** The first address of `origin` in the event's arguments, as a path inside the extension. */
function fileOf(e: TraceEvent, origin: string): string | null {
  const text = JSON.stringify(e.args ?? {});
  const at = text.indexOf(origin);
  if (at < 0) return null;
  const rest = text.slice(at + origin.length).replace(/^\/+/, '');
  return rest.match(/^[^"?#\\]*/)?.[0] ?? '';
}

/** Length of the union of [start, end) intervals, in the trace's microseconds. */
export function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/**
 * The extension's main-thread time in a trace of loading `page` (its address): events that name one of its files,
 * events run in its isolated world (`worldName`, the extension's name: module evaluation, callbacks), and the
 * creation of that world (the LocalWindowProxy::Initialize right before its first script, in the same task).
 */
export function extensionCost(events: TraceEvent[], ext: { origin: string; worldName: string }, page: string): ExtensionCost {
  const main = mainThreads(events, page);
  const onPage = events.filter((e) => e.ph === 'X' && e.dur && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const all: [number, number][] = [];
  const files = new Map<string, [number, number][]>();
  const named = new Map<string, [number, number][]>();
  const add = (key: string, e: TraceEvent): void => {
    const span: [number, number] = [e.ts, e.ts + e.dur!];
    all.push(span);
    files.set(key, [...(files.get(key) ?? []), span]);
    named.set(`${key} ${e.name}`, [...(named.get(`${key} ${e.name}`) ?? []), span]);
  };
  let task: TraceEvent | null = null;
  let worldInit: TraceEvent | null = null;
  for (const e of onPage) {
    if (e.name === 'RunTask') {
      task = e;
      worldInit = null;
      continue;
    }
    const inTask = task !== null && e.ts < task.ts + task.dur!;
    if (e.name === 'LocalWindowProxy::Initialize' && inTask) worldInit = e;
    const file = fileOf(e, ext.origin);
    if (file !== null) {
      if (e.name === 'EvaluateScript' && worldInit) add('(isolated world)', worldInit);
      worldInit = null;
      add(file, e);
    } else if ((e.args?.worldName as string | undefined) === ext.worldName) add('(in its world)', e);
  }
  const ms = (us: number) => Math.round(us) / 1000;
  const table = (m: Map<string, [number, number][]>) => Object.fromEntries([...m].map(([k, spans]) => [k, ms(unionLength(spans))]));
  return { totalMs: ms(unionLength(all)), byFile: table(files), byEvent: table(named) };
}
