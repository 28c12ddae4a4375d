/**
 * The background's copy of the timeline, kept between refreshes while the worker is awake: read whole once (on
 * wake, or when a page changed the store), then patched per application from what an ingest changed. A new email
 * re-reads its application's records by index instead of the whole store, so the schedule's cost after an ingest
 * does not grow with the number of stored events (deriving reminders over the copy is the part that remains).
 *
 * The copy knows which state of the store it is (its mark, wake-read.ts): a whole copy counts its own records, so its
 * mark is that of the data it holds, however the data arrived; a wake-up's copy (the live applications alone) has the
 * mark checked in the transaction that read it, and no mark once patched (the schedule then reads the store whole).
 */
import type { Application, Note, Person, Timeline, TimelineEvent } from '../core/timeline/types';
import { loadTimeline, type CallbackDb } from '../store';
import type { StoreMark } from './wake-read';

interface Records {
  events: TimelineEvent[];
  people: Person[];
  notes: Note[];
}

function group(timeline: Timeline): Map<string, Records> {
  const byApp = new Map<string, Records>();
  const of = (id: string) => {
    let r = byApp.get(id);
    if (!r) byApp.set(id, (r = { events: [], people: [], notes: [] }));
    return r;
  };
  for (const e of timeline.events) of(e.applicationId).events.push(e);
  for (const p of timeline.people) of(p.applicationId).people.push(p);
  for (const n of timeline.notes) of(n.applicationId).notes.push(n);
  return byApp;
}

export class TimelineCache {
  /** The store's mark of a part copy (null once patched); undefined for a whole copy, which counts its own. */
  private partMark: StoreMark | null | undefined;

  private constructor(
    private readonly apps: Map<string, Application>,
    private readonly byApp: Map<string, Records>,
  ) {}

  /**
   * A copy of `timeline`: the whole store as one transaction read it (its records without an application too), or,
   * with `part`, only some applications of the store whose mark is `part` (a wake-up's read).
   */
  static fromTimeline(timeline: Timeline, part?: StoreMark): TimelineCache {
    const cache = new TimelineCache(new Map(timeline.applications.map((a) => [a.id, a])), group(timeline));
    cache.partMark = part;
    return cache;
  }

  /** The copy holds every application of the store (not a wake-up's live ones alone). */
  get whole(): boolean {
    return this.partMark === undefined;
  }

  /**
   * The mark of the store state this copy is: counted from the copy when it is whole, the checked mark of a part copy
   * not patched since; null when unknown. The store matches it only if no write the copy does not hold landed since.
   */
  mark(): StoreMark | null {
    if (this.partMark !== undefined) return this.partMark;
    let latest: string | null = null;
    for (const { updatedAt } of this.apps.values()) if (typeof updatedAt === 'string' && (latest === null || updatedAt > latest)) latest = updatedAt;
    const mark = { applications: this.apps.size, events: 0, people: 0, notes: 0, latest };
    for (const r of this.byApp.values()) {
      mark.events += r.events.length;
      mark.people += r.people.length;
      mark.notes += r.notes.length;
    }
    return mark;
  }

  static async load(db: CallbackDb): Promise<TimelineCache> {
    return TimelineCache.fromTimeline(await loadTimeline(db));
  }

  /** Re-read these applications (and everything that belongs to them) by index; a deleted one leaves the copy. */
  async reload(db: CallbackDb, ids: Iterable<string>): Promise<void> {
    const list = [...new Set(ids)];
    if (list.length === 0) return;
    const [apps, events, people, notes] = await db.transaction('r', [db.applications, db.events, db.people, db.notes], () =>
      Promise.all([
        db.applications.bulkGet(list),
        db.events.where('applicationId').anyOf(list).toArray(),
        db.people.where('applicationId').anyOf(list).toArray(),
        db.notes.where('applicationId').anyOf(list).toArray(),
      ]),
    );
    const fresh = group({ applications: [], events, people, notes });
    // A part copy patched holds data of two moments: its mark no longer says which store state it is.
    if (this.partMark) this.partMark = null;
    list.forEach((id, i) => {
      const app = apps[i];
      if (app) this.apps.set(id, app);
      else this.apps.delete(id);
      // Records left without their application stay counted (the store still holds them), never shown.
      const records = fresh.get(id);
      if (records) this.byApp.set(id, records);
      else this.byApp.delete(id);
    });
  }

  /** The copy as the core reads it. Records of applications not in the copy (orphans) are left out, as derive would. */
  timeline(): Timeline {
    const timeline: Timeline = { applications: [...this.apps.values()], events: [], people: [], notes: [] };
    for (const [id, r] of this.byApp) {
      if (!this.apps.has(id)) continue;
      for (const e of r.events) timeline.events.push(e);
      for (const p of r.people) timeline.people.push(p);
      for (const n of r.notes) timeline.notes.push(n);
    }
    return timeline;
  }
}
