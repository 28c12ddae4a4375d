/**
 * CALLBACK_BENCH_TRACE=1: a Chrome trace (CDP Tracing, the 'toplevel' and 'devtools.timeline' categories) while an
 * import runs, read as it streams; the renderers' main threads (CrRendererMain: the options page's, and any other
 * page's) are kept, and each of its tasks over `over` ms is printed with where it was posted from and the longest events
 * inside it (garbage collection, a function call and what invoked it, layout, paint). Diagnostic only: tracing
 * slows the import.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface TracedTask {
  pid: number;
  /** Seconds after tracing began. */
  at: number;
  ms: number;
  postedFrom: string;
  inside: string;
}

/** Starts tracing; the returned function ends it and gives the page's main-thread tasks over `over` ms. */
export async function traceMainThread(page: Page, over = 40): Promise<() => Promise<TracedTask[]>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const mainThreads = new Set<string>();
  // Events of 1 ms or more only (thread names may come after a thread's events: all threads' until the end).
  const kept: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value as unknown as TraceEvent[]) {
      if (e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
      else if (e.ph === 'X' && (e.dur ?? 0) >= 1000) kept.push(e);
    }
  });
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    await session.send('Tracing.end');
    await done;
    await session.detach().catch(() => undefined);
    const main = kept.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
    const first = kept.reduce((min, e) => Math.min(min, e.ts), Infinity);
    const tasks = main.filter((e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur! / 1000 > over);
    return tasks.map((task) => {
      const end = task.ts + task.dur!;
      const inner = main
        .filter((e) => e !== task && e.tid === task.tid && e.ts >= task.ts && e.ts + e.dur! <= end && e.dur! >= 2000)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 6)
        .map((e) => `${e.name}${detail(e)} ${Math.round(e.dur! / 1000)} ms`);
      const src = task.args?.src_func ?? task.args?.src_file ?? '';
      return { pid: task.pid, at: Math.round((task.ts - first) / 1e5) / 10, ms: Math.round(task.dur! / 1000), postedFrom: String(src), inside: inner.join(', ') };
    });
  };
}

function detail(e: TraceEvent): string {
  const data = (e.args?.data ?? e.args?.beginData ?? {}) as Record<string, unknown>;
  const bits = [data.type, data.functionName, typeof data.url === 'string' ? data.url.replace(/^.*\//, '') : undefined].filter((x) => x);
  return bits.length ? ` (${bits.join(' ')})` : '';
}
