/**
 * Handlers for messages from mail pages' content scripts, one per message type. The router has validated each
 * message against its schema (lib/messaging/content-messages.ts) before a handler sees it: a mail page is hostile
 * ground, so a malformed message is refused there and never reaches the store.
 */
import { browser } from 'wxt/browser';
import { ConversationSoFar } from '../core/classify/thread-context';
import { REVIEW_THRESHOLD, type Detection } from '../core/detection';
import { OUTLOOK_ORIGINS, type Email } from '../core/email';
import { messageKey, rowMessageId } from '../core/timeline/review';
import { deriveReminders } from '../core/reminders';
import {
  correctClassification,
  getDb,
  getSettings,
  ingestBatch,
  listReminderActions,
  loadThreadTimeline,
  setStance,
  undoCorrection,
  upsertPerson,
  type CallbackDb,
  type IngestResult,
} from '../store';
import { refreshSchedule, scheduleChanged } from '../schedule/refresh';
import type { ThreadBar } from '../messaging/content-messages';
import type { ContentMessageType } from '../messaging/protocol';
import { SELECTOR_HEALTH_KEY, type SelectorHealth } from '../messaging/selector-health';
import { gmailAccountIndex } from '../ui-text/labels';
import { loadDetector, warmDetector } from './detector';
import type { Handlers } from './router';
import { threadBar } from './thread-bar';

/** A list row decides on its own only above this confidence (a snippet is little to go on). */
export const STRONG_ROW = 0.85;
/** Kinds a row may decide: their facts fit in a subject and snippet. Interviews need the body (time, people). */
const ROW_DECIDES = new Set(['application_received', 'rejection']);

/** The database and clock the handlers use (tests swap them). */
export interface ContentDeps {
  db: () => CallbackDb;
  now: () => Date;
}
const defaults: ContentDeps = { db: getDb, now: () => new Date() };
let deps: ContentDeps = defaults;
export function setContentDeps(next: Partial<ContentDeps> | null): void {
  deps = next ? { ...defaults, ...next } : defaults;
}

/** The bar of a thread as of now. */
export async function barOf(db: CallbackDb, threadId: string | null, now: Date): Promise<ThreadBar | null> {
  if (!threadId) return null;
  const [timeline, actions, settings] = await Promise.all([loadThreadTimeline(db, threadId), listReminderActions(db), getSettings(db)]);
  const reminders = deriveReminders(timeline, actions, settings, now);
  return threadBar({ threadId, timeline, reminders, settings, now });
}

/**
 * How a list row is ingested. Strong rows of kinds a snippet can carry decide under the message's own id (opening
 * the thread later is then the same event). Other job-looking rows wait in the review list under `row:<id>`, a key
 * of their own, so they never block the full message from deciding once the thread is opened.
 */
export function rowPlan(email: Email, detection: Detection): { email: Email; detection: Detection } | null {
  if (email.fromUser || detection.kind === 'other') return null;
  if (detection.confidence >= STRONG_ROW && ROW_DECIDES.has(detection.kind)) return { email, detection };
  const id = rowMessageId(email.id);
  return { email: { ...email, id }, detection: { ...detection, confidence: Math.min(detection.confidence, REVIEW_THRESHOLD - 0.01) } };
}

/**
 * A thread's messages in one transaction (the row of each, if it waited for review, is settled by the store). What
 * the earlier messages were is context for a one-line reply ("that time works, see you then").
 */
async function ingestThread(db: CallbackDb, emails: Email[], now: Date): Promise<IngestResult[]> {
  const detect = await loadDetector(db, now);
  const soFar = new ConversationSoFar();
  const items = emails.map((raw) => {
    const email: Email = { ...raw, partial: false };
    const detection = detect(email, soFar.context());
    soFar.add(email, detection.kind, email.fromUser === true);
    return { email, detection };
  });
  // What the thread showed of the organisations the user hires for; a failed write never costs the thread its events.
  await detect.remember().catch(() => undefined);
  return ingestBatch(db, items, { now });
}

async function mergeHealth(hostName: string, stats: Record<string, { hits: number; misses: number }>, now: Date): Promise<void> {
  const current = ((await browser.storage.local.get(SELECTOR_HEALTH_KEY))[SELECTOR_HEALTH_KEY] ?? null) as SelectorHealth | null;
  const health: SelectorHealth = current && typeof current === 'object' && current.hosts ? current : { updatedAt: '', hosts: {} };
  const table = (health.hosts[hostName] ??= {});
  for (const [name, { hits, misses }] of Object.entries(stats)) {
    const row = (table[name] ??= { hits: 0, misses: 0, lastMissAt: null });
    row.hits += hits;
    row.misses += misses;
    if (misses > 0) row.lastMissAt = now.toISOString();
  }
  health.updatedAt = now.toISOString();
  await browser.storage.local.set({ [SELECTOR_HEALTH_KEY]: health });
}

/** Tell the schedule what an ingest changed (it recomputes shortly, from those applications); the count added. */
function changed(results: readonly IngestResult[]): number {
  const apps = results.flatMap((r) => (r.status === 'added' ? [r.applicationId] : []));
  if (apps.length > 0 || results.some((r) => r.status === 'review')) scheduleChanged(apps);
  return apps.length;
}

export const contentHandlers: Handlers<ContentMessageType> = {
  'content->bg:hello': async ({ host, url }) => {
    // Kept for the options page's health (when Callback last ran on a mail page), and for the popup's "Open Gmail"
    // (the account last seen, /mail/u/N/) and "Open Outlook".
    // For Outlook, its origin (outlook.live.com for personal accounts, outlook.office.com for work ones), so that
    // "Open Outlook" opens the one the user reads.
    let account: number | null = null;
    let origin: string | null = null;
    try {
      const page = new URL(url);
      account = host === 'gmail' ? gmailAccountIndex(page.pathname) : null;
      origin = host === 'outlook' && (OUTLOOK_ORIGINS as readonly string[]).includes(page.origin) ? page.origin : null;
    } catch {
      account = null;
    }
    await browser.storage.local.set({ lastMailPage: { host, at: deps.now().toISOString(), account, ...(origin ? { origin } : {}) } });
    warmDetector(deps.db());
    return { ok: true, version: browser.runtime.getManifest().version };
  },

  'content->bg:thread-seen': async (message) => {
    const db = deps.db();
    const now = deps.now();
    const results = await ingestThread(db, message.emails, now);
    const stored = changed(results);
    const threadId = message.threadId ?? message.emails.find((e) => e.threadId)?.threadId ?? null;
    return { ok: true, stored, bar: await barOf(db, threadId, now) };
  },

  'content->bg:rows-seen': async (message) => {
    const db = deps.db();
    const now = deps.now();
    const detect = await loadDetector(db, now);
    const plans = message.emails.flatMap((raw) => {
      const email: Email = { ...raw, partial: true };
      return rowPlan(email, detect(email)) ?? [];
    });
    await detect.remember().catch(() => undefined);
    const results = await ingestBatch(db, plans, { now });
    const stored = changed(results);
    const review = results.filter((r) => r.status === 'review').length;
    return { ok: true, stored, review };
  },

  'content->bg:correct': async ({ messageId, kind, host: source, threadId }) => {
    const db = deps.db();
    const now = deps.now();
    await correctClassification(db, messageId, kind, { now, source });
    void refreshSchedule();
    return { ok: true, bar: await barOf(db, threadId, now) };
  },

  'content->bg:stance': async ({ applicationId, stance }) => {
    await setStance(deps.db(), applicationId, stance, { now: deps.now() });
    scheduleChanged([applicationId]);
    return { ok: true };
  },

  'content->bg:undo-correct': async ({ host, messageId, threadId }) => {
    const db = deps.db();
    const now = deps.now();
    const undone = await undoCorrection(db, messageKey(host, messageId), { now });
    if (!undone) return { ok: false, error: 'no such correction' };
    void refreshSchedule();
    return { ok: true, bar: await barOf(db, threadId, now) };
  },

  'content->bg:person-address': async ({ personId, threadId, address }) => {
    const db = deps.db();
    const now = deps.now();
    const person = await db.people.get(personId);
    if (!person) return { ok: false, error: 'no such person' };
    await upsertPerson(db, { ...person, email: address });
    scheduleChanged([person.applicationId]);
    return { ok: true, bar: await barOf(db, threadId, now) };
  },

  'content->bg:selector-health': async ({ host, stats }) => {
    await mergeHealth(host, stats, deps.now());
    return { ok: true };
  },
};
