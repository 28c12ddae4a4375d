/**
 * Memory of the extension's renderer while a page of it works, as the import benches report it: the process's
 * resident memory from /proc (its anonymous pages, the program's own code pages, shared memory), and the JS heaps of
 * the page and of its dedicated workers from Chromium's DevTools protocol (Runtime.getHeapUsage: used, and the heap
 * V8 holds for it). Only this bench's Chromium is looked at (the processes under this Node process: other
 * programs on the machine may run Chromium too), and only its extension renderer (`--extension-process`), where the
 * options page, its worker and the extension's service worker all run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';

const MB = 1 << 20;

export interface ProcessMemory {
  rss: number;
  anon: number;
  /** Resident pages of files, almost all Chromium's own program code, shared with its other processes. */
  file: number;
  shmem: number;
}

export interface HeapPeak {
  used: number;
  total: number;
}

export interface MemoryPeaks {
  before: ProcessMemory;
  /** The sample with the largest RSS. */
  peak: ProcessMemory;
  page: HeapPeak;
  worker: HeapPeak;
  samples: number;
  /** The load average (1 min) when the work began and when it ended: the machine is shared. */
  load: { before: number; after: number };
  /** Every sample: seconds from the start, renderer RSS, and the heaps V8 held for the page and its workers (MB). */
  trace: Array<{ s: number; rss: number; page: number; worker: number; workerUsed: number }>;
}

function descendants(root: number): Set<number> {
  const parent = new Map<number, number>();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const out = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, of] of parent) {
      if (!out.has(child) && out.has(of)) {
        out.add(child);
        grew = true;
      }
    }
  }
  return out;
}

/** The extension renderer of the Chromium this process started (the largest, should there be several); NaN without /proc. */
export function extensionRenderer(): ProcessMemory {
  let best: ProcessMemory = { rss: Number.NaN, anon: Number.NaN, file: Number.NaN, shmem: Number.NaN };
  let mine: Set<number>;
  try {
    mine = descendants(process.pid);
  } catch {
    return best;
  }
  for (const pid of mine) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer') || !cmdline.includes('--extension-process')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
      const m = { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile'), shmem: kb('RssShmem') };
      if (!(m.rss <= best.rss)) best = m;
    } catch {
      // Gone meanwhile.
    }
  }
  return best;
}

/** The JS heaps of a page and of its dedicated workers (attached through the page's own DevTools session). */
class Heaps {
  private workers = new Map<string, string>();
  private replies = new Map<number, (usage: { usedSize: number; totalSize: number } | null) => void>();
  private id = 0;
  constructor(private readonly session: CDPSession) {
    session.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number; totalSize: number } };
      if (reply.id !== undefined) this.replies.get(reply.id)?.(reply.result ?? null);
    });
  }

  async page(): Promise<HeapPeak> {
    const usage = await this.session.send('Runtime.getHeapUsage');
    return { used: usage.usedSize / MB, total: usage.totalSize / MB };
  }

  /** The workers' heaps summed ({0, 0} while there is none). */
  async workersOf(url: RegExp): Promise<HeapPeak> {
    const { targetInfos } = await this.session.send('Target.getTargets');
    const sum = { used: 0, total: 0 };
    for (const target of targetInfos) {
      if (target.type !== 'worker' || !url.test(target.url)) continue;
      let sessionId = this.workers.get(target.targetId);
      if (!sessionId) {
        // The old, unflattened way: the reply comes back as an event of this session (Playwright holds the other).
        sessionId = (await this.session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })).sessionId;
        this.workers.set(target.targetId, sessionId);
      }
      const id = ++this.id;
      const usage = await new Promise<{ usedSize: number; totalSize: number } | null>((resolve) => {
        this.replies.set(id, resolve);
        void this.session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(null));
        setTimeout(() => resolve(null), 2000);
      });
      this.replies.delete(id);
      if (usage) {
        sum.used += usage.usedSize / MB;
        sum.total += usage.totalSize / MB;
      }
    }
    return sum;
  }
}

/**
 * Samples the renderer's memory and the page's and its workers' JS heaps every `ms` while `work` runs; the peaks.
 * Each heap's peak is its own (they need not peak together).
 */
export async function watchMemory<T>(page: Page, workerUrl: RegExp, work: () => Promise<T>, ms = 200): Promise<T & { memory: MemoryPeaks }> {
  const session = await page.context().newCDPSession(page);
  const heaps = new Heaps(session);
  const before = extensionRenderer();
  const memory: MemoryPeaks = { before, peak: before, page: { used: 0, total: 0 }, worker: { used: 0, total: 0 }, samples: 0, load: { before: loadavg()[0]!, after: Number.NaN }, trace: [] };
  const t0 = Date.now();
  const more = (a: HeapPeak, b: HeapPeak): HeapPeak => ({ used: Math.max(a.used, b.used), total: Math.max(a.total, b.total) });
  let running = true;
  const sampler = (async () => {
    while (running) {
      const now = extensionRenderer();
      if (!(now.rss <= memory.peak.rss)) memory.peak = now;
      try {
        const page = await heaps.page();
        const worker = await heaps.workersOf(workerUrl);
        memory.page = more(memory.page, page);
        memory.worker = more(memory.worker, worker);
        memory.trace.push({ s: (Date.now() - t0) / 1000, rss: now.rss, page: page.total, worker: worker.total, workerUsed: worker.used });
      } catch {
        // The page closed or navigated.
      }
      memory.samples++;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  })();
  try {
    const result = await work();
    return { ...result, memory };
  } finally {
    running = false;
    await sampler;
    memory.load.after = loadavg()[0]!;
    await session.detach().catch(() => undefined);
  }
}
