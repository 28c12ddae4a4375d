/**
 * The options page's main-thread tasks over 50 ms during an import, and what they were. Chromium's 'longtask' entries
 * say only that a task was long; its Long Animation Frame entries ('long-animation-frame', the frame or task of over
 * 50 ms) name the scripts that ran in it (what invoked each: a worker's message, an IndexedDB request, a promise, a
 * timer; the function and file), and when rendering (style, layout, paint) began. In the extension's pages Chromium
 * names no script in them (a trace showed React renders of 40 to 90 ms in frames the entries left unnamed), so what
 * the named scripts and rendering do not cover is only "unnamed": CALLBACK_BENCH_TRACE=1 names it
 * (main-thread-trace.ts).
 */
import type { Page } from 'playwright-core';

export interface LongTask {
  /** ms after the observers were set. */
  at: number;
  ms: number;
  /** What ran in it, largest first: "Worker.onmessage 41 ms (options.js: onmessage)", "rendering 9 ms", "unnamed 3 ms". */
  what: string;
}

/** Sets the observers in the page; their entries are read back by `longTasksOf`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: unknown[]; longFrames: unknown[]; longTasksFrom: number };
    w.longTasks = [];
    w.longFrames = [];
    w.longTasksFrom = performance.now();
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask' });
    try {
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          const f = e as unknown as {
            startTime: number;
            duration: number;
            renderStart: number;
            scripts: Array<{ invoker: string; sourceURL: string; sourceFunctionName: string; duration: number; forcedStyleAndLayoutDuration: number }>;
          };
          w.longFrames.push({
            start: f.startTime,
            ms: f.duration,
            render: f.renderStart > 0 ? f.startTime + f.duration - f.renderStart : 0,
            scripts: f.scripts.map((s) => ({ invoker: s.invoker, url: s.sourceURL.replace(/^.*\//, ''), fn: s.sourceFunctionName, ms: s.duration, layout: s.forcedStyleAndLayoutDuration })),
          });
        }),
      ).observe({ type: 'long-animation-frame' });
    } catch {
      // A Chromium without Long Animation Frames: the tasks go unnamed.
    }
  });
}

interface Frame {
  start: number;
  ms: number;
  render: number;
  scripts: Array<{ invoker: string; url: string; fn: string; ms: number; layout: number }>;
}

function describe(task: { start: number; ms: number }, frames: Frame[]): string {
  const end = task.start + task.ms;
  const frame = frames.find((f) => f.start <= task.start + 1 && f.start + f.ms >= end - 1);
  if (!frame) return 'unnamed (no long animation frame)';
  const parts = frame.scripts.map((s) => ({ ms: s.ms, text: `${s.invoker} ${Math.round(s.ms)} ms (${s.url}${s.fn ? `: ${s.fn}` : ''}${s.layout > 1 ? `, forced layout ${Math.round(s.layout)} ms` : ''})` }));
  const scripts = frame.scripts.reduce((sum, s) => sum + s.ms, 0);
  if (frame.render >= 1) parts.push({ ms: frame.render, text: `rendering ${Math.round(frame.render)} ms` });
  const other = frame.ms - scripts - frame.render;
  if (other >= 1) parts.push({ ms: other, text: `unnamed ${Math.round(other)} ms` });
  return parts.sort((a, b) => b.ms - a.ms).map((p) => p.text).join(', ');
}

/** The long tasks since `watchLongTasks`, each named from the long animation frame it lay in. */
export async function longTasksOf(page: Page): Promise<LongTask[]> {
  const { tasks, frames, from } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; ms: number }>; longFrames: Frame[]; longTasksFrom: number };
    return { tasks: w.longTasks, frames: w.longFrames, from: w.longTasksFrom };
  });
  return tasks.map((t) => ({ at: Math.round(t.start - from), ms: Math.round(t.ms), what: describe(t, frames) }));
}

/** "3 over 50 ms, longest 62 ms: Worker.onmessage 41 ms (...), ..." for the bench's row; the longest three named. */
export function longTaskSummary(tasks: LongTask[], over = 50): string {
  const named = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const count = tasks.filter((t) => t.ms > over).length;
  if (named.length === 0) return 'no task over 50 ms';
  return `${count} over ${over} ms; longest: ${named.map((t) => `${t.ms} ms at ${(t.at / 1000).toFixed(1)} s [${t.what}]`).join('; ')}`;
}
