/**
 * The background's copy of the timeline, kept between refreshes while the worker is awake: read whole once (on
 * wake, or when a page changed the store), then patched per application from what an ingest changed. A new email
 * re-reads its application's records by index instead of the whole store, so the schedule's cost after an ingest
 * does not grow with the number of stored events (deriving reminders over the copy is the part that remains).
 */
import type { Application, Note, Person, Timeline, TimelineEvent } from '../core/timeline/types';
import { loadTimeline, type CallbackDb } from '../store';

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
  private constructor(
    private readonly apps: Map<string, Application>,
    private readonly byApp: Map<string, Records>,
  ) {}

  static fromTimeline(timeline: Timeline): TimelineCache {
    return new TimelineCache(new Map(timeline.applications.map((a) => [a.id, a])), group(timeline));
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
    list.forEach((id, i) => {
      const app = apps[i];
      if (app) {
        this.apps.set(id, app);
        this.byApp.set(id, fresh.get(id) ?? { events: [], people: [], notes: [] });
      } else {
        this.apps.delete(id);
        this.byApp.delete(id);
      }
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
