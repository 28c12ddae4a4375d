/**
 * What an ingest reads, remembered for the rest of its transaction and kept in step with what it writes. A page's
 * batch (a thread of 100 messages, a screen of rows) used to read the thread's events and its application's events
 * again for every message: the hundredth message read a hundred events twice over, and each message cost several
 * requests of its own. Here the batch's message ids, review keys and corrections are read in one request each, and
 * the thread and its applications once; every later message reads the copy.
 *
 * Only valid inside the one read-write transaction over ingestTables(db) it was made for: nothing else writes those
 * tables meanwhile (IndexedDB serialises read-write transactions), and every write of the ingest is reported here.
 */
import type { Detection } from '../core/detection';
import type { Email, MailSource } from '../core/email';
import { gmailIdForms } from '../core/timeline/gmail-ids';
import { companyKeyOf, type TimelineSlice } from '../core/timeline/match';
import { canonicalMessageId, messageKey, rowMessageId, type ClassificationCorrection, type ReviewItem } from '../core/timeline/review';
import type { Application, Person, TimelineEvent } from '../core/timeline/types';
import { Dexie } from 'dexie';
import type { CallbackDb } from './db';

/** Every stored form of a message's id: its Gmail forms, each also as a list row's id (older versions kept those). */
export function messageIdForms(source: MailSource, messageId: string): string[] {
  const id = canonicalMessageId(messageId);
  const ids = source === 'gmail' ? gmailIdForms(id) : [id];
  return ids.flatMap((i) => [i, rowMessageId(i)]);
}

/** The review keys ingest looks at for a message: its own, and its row's or (for a row) its message's. */
export function reviewKeys(email: Pick<Email, 'source' | 'id'>): string[] {
  const own = canonicalMessageId(email.id);
  return [messageKey(email.source, email.id), messageKey(email.source, own === email.id ? rowMessageId(own) : own)];
}

const messageSlot = (source: string, messageId: string) => `${source}\n${messageId}`;

interface Thread {
  forms: ReadonlySet<string>;
  events: TimelineEvent[];
}

/**
 * Every read returns Dexie's own promise, a cached answer too: Dexie follows its transaction through native `await`
 * for only a few steps, and a native async method awaited by slice, awaited by the ingest, was one step too many (the
 * writes that followed ran outside the transaction, which had committed).
 */
export class IngestReads {
  private readonly messages = new Map<string, TimelineEvent | null>();
  private readonly reviews = new Map<string, ReviewItem | null>();
  private readonly corrections = new Map<string, ClassificationCorrection | null>();
  private readonly threads = new Map<string, Thread>();
  private readonly companies = new Map<string, Set<string>>();
  private readonly apps = new Map<string, Application | null>();
  private readonly records = new Map<string, { events: TimelineEvent[]; people: Person[] }>();

  constructor(private readonly db: CallbackDb) {}

  /** Read what a batch's messages will ask for, in one request per table. */
  async prefetch(emails: readonly Pick<Email, 'source' | 'id'>[]): Promise<void> {
    if (emails.length === 0) return;
    const slots = new Map<string, [string, string]>();
    for (const e of emails) for (const id of messageIdForms(e.source, e.id)) slots.set(messageSlot(e.source, id), [e.source, id]);
    const keys = [...new Set(emails.flatMap(reviewKeys))];
    const [events, reviews, corrections] = await Promise.all([
      this.db.events.where('[source+messageId]').anyOf([...slots.values()]).toArray(),
      this.db.reviewItems.where('key').anyOf(keys).toArray(),
      this.db.corrections.bulkGet(keys),
    ]);
    for (const slot of slots.keys()) this.messages.set(slot, null);
    for (const e of events) if (e.messageId) this.messages.set(messageSlot(e.source, e.messageId), e);
    for (const key of keys) this.reviews.set(key, null);
    for (const r of reviews) this.reviews.set(r.key, r);
    keys.forEach((key, i) => this.corrections.set(key, corrections[i] ?? null));
  }

  /** The event of a message, under any form of its id (the first in the index's order, as a query would give). */
  eventOfMessage(source: MailSource, messageId: string): Promise<TimelineEvent | undefined> {
    const ids = messageIdForms(source, messageId);
    const first = () => {
      const stored = ids.flatMap((id) => this.messages.get(messageSlot(source, id)) ?? []);
      return stored.sort((a, b) => (a.messageId! < b.messageId! ? -1 : a.messageId! > b.messageId! ? 1 : 0))[0];
    };
    const missing = ids.filter((id) => !this.messages.has(messageSlot(source, id)));
    if (missing.length === 0) return Dexie.Promise.resolve(first());
    return this.db.events
      .where('[source+messageId]')
      .anyOf(missing.map((id) => [source, id]))
      .toArray()
      .then((found) => {
        for (const id of missing) this.messages.set(messageSlot(source, id), null);
        for (const e of found) if (e.messageId) this.messages.set(messageSlot(source, e.messageId), e);
        return first();
      });
  }

  review(key: string): Promise<ReviewItem | undefined> {
    if (this.reviews.has(key)) return Dexie.Promise.resolve(this.reviews.get(key) ?? undefined);
    return this.db.reviewItems
      .where('key')
      .equals(key)
      .first()
      .then((item) => {
        this.reviews.set(key, item ?? null);
        return item;
      });
  }

  correction(key: string): Promise<ClassificationCorrection | undefined> {
    if (this.corrections.has(key)) return Dexie.Promise.resolve(this.corrections.get(key) ?? undefined);
    return this.db.corrections.get(key).then((c) => {
      this.corrections.set(key, c ?? null);
      return c;
    });
  }

  /** The part of the timeline planIngest needs: the thread's events and the candidate applications, whole. */
  async slice(email: Email, detection: Detection): Promise<TimelineSlice> {
    const threadEvents = email.threadId ? await this.thread(email.threadId) : [];
    const key = companyKeyOf(email, detection);
    const companyIds = key ? await this.company(key) : [];
    const ids = [...new Set([...threadEvents.map((e) => e.applicationId), ...companyIds])];
    if (ids.length === 0) return { applications: [], events: [...threadEvents], people: [] };
    await this.load(ids);
    const applications = ids.flatMap((id) => this.apps.get(id) ?? []);
    const events = ids.flatMap((id) => this.records.get(id)?.events ?? []);
    const seen = new Set(events.map((e) => e.id));
    return {
      applications,
      events: [...events, ...threadEvents.filter((e) => !seen.has(e.id))],
      people: ids.flatMap((id) => this.records.get(id)?.people ?? []),
    };
  }

  private thread(threadId: string): Promise<TimelineEvent[]> {
    const cached = this.threads.get(threadId);
    if (cached) return Dexie.Promise.resolve(cached.events);
    // Gmail names a thread in hex or as thread-f:<decimal> (an import from Takeout, a page of either layout): both.
    const forms = gmailIdForms(threadId, 'thread');
    return this.db.events
      .where('threadId')
      .anyOf(forms)
      .toArray()
      .then((events) => {
        this.threads.set(threadId, { forms: new Set(forms), events });
        return events;
      });
  }

  private company(key: string): Promise<string[]> {
    const cached = this.companies.get(key);
    if (cached) return Dexie.Promise.resolve([...cached]);
    return this.db.applications
      .where('companyKey')
      .equals(key)
      .toArray()
      .then((apps) => {
        for (const app of apps) if (!this.apps.has(app.id)) this.apps.set(app.id, app);
        this.companies.set(key, new Set(apps.map((a) => a.id)));
        return apps.map((a) => a.id);
      });
  }

  private load(ids: readonly string[]): Promise<void> {
    const apps = ids.filter((id) => !this.apps.has(id));
    const records = ids.filter((id) => !this.records.has(id));
    return Dexie.Promise.all([
      apps.length ? this.db.applications.bulkGet(apps) : [],
      records.length ? this.db.events.where('applicationId').anyOf(records).toArray() : [],
      records.length ? this.db.people.where('applicationId').anyOf(records).toArray() : [],
    ]).then(([found, events, people]) => {
      apps.forEach((id, i) => this.apps.set(id, found[i] ?? null));
      for (const id of records) this.records.set(id, { events: [], people: [] });
      for (const e of events) this.records.get(e.applicationId)?.events.push(e);
      for (const p of people) this.records.get(p.applicationId)?.people.push(p);
    });
  }

  /** The ingest wrote a review item (added, or a row's settled). */
  wroteReview(item: ReviewItem): void {
    this.reviews.set(item.key, item);
  }

  /** The ingest wrote an application (`isNew`: it was just created, so it has nothing of its own yet). */
  wroteApplication(app: Application, isNew: boolean): void {
    this.apps.set(app.id, app);
    if (isNew && !this.records.has(app.id)) this.records.set(app.id, { events: [], people: [] });
    for (const [key, ids] of this.companies) {
      if (app.companyKey === key) ids.add(app.id);
      else ids.delete(app.id);
    }
  }

  /** The ingest added an event and its people. */
  wroteEvent(event: TimelineEvent, people: readonly Person[]): void {
    if (event.messageId) this.messages.set(messageSlot(event.source, event.messageId), event);
    const own = this.records.get(event.applicationId);
    if (own) {
      own.events.push(event);
      own.people.push(...people);
    }
    if (event.threadId) for (const thread of this.threads.values()) if (thread.forms.has(event.threadId)) thread.events.push(event);
  }
}
