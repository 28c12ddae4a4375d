/**
 * Handlers for messages from mail pages' content scripts. Every message is validated here, at the boundary: a mail
 * page is hostile ground, so a malformed message gets `{ ok: false, error }` and nothing is stored.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { EMAIL_KINDS, REVIEW_THRESHOLD, type Detection, type EmailKind } from '../core/detection';
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
import { SELECTOR_HEALTH_KEY, type SelectorHealth, type ThreadBar } from '../messaging/content-messages';
import { gmailAccountIndex } from '../ui-text/labels';
import { loadDetector, warmDetector } from './detector';
import { handle } from './router';
import { threadBar } from './thread-bar';

const MAX_EMAILS_PER_THREAD = 100;
const MAX_ROWS = 200;
/** A list row decides on its own only above this confidence (a snippet is little to go on). */
export const STRONG_ROW = 0.85;
/** Kinds a row may decide: their facts fit in a subject and snippet. Interviews need the body (time, people). */
const ROW_DECIDES = new Set(['application_received', 'rejection']);

const text = (max: number) => z.string().max(max);
const emailSchema = z.object({
  id: text(200).min(1),
  threadId: text(200).nullable().optional(),
  source: z.literal('gmail').or(z.literal('outlook')),
  subject: text(2000),
  from: z.object({ name: text(500), address: text(500) }),
  date: text(64).nullable(),
  body: text(200_000),
  links: z.array(text(4000)).max(100).optional(),
  partial: z.boolean().optional(),
  fromUser: z.boolean().optional(),
  account: z
    .object({ index: z.number().int().min(0).max(99).nullable(), address: text(320).nullable(), origin: z.enum(OUTLOOK_ORIGINS).nullable().optional() })
    .nullable()
    .optional(),
});
const host = z.enum(['gmail', 'outlook']);

export const schemas = {
  hello: z.object({ type: z.literal('content->bg:hello'), host, url: text(4000) }),
  threadSeen: z.object({
    type: z.literal('content->bg:thread-seen'),
    host,
    threadId: text(200).nullable(),
    emails: z.array(emailSchema).max(MAX_EMAILS_PER_THREAD),
  }),
  rowsSeen: z.object({ type: z.literal('content->bg:rows-seen'), host, emails: z.array(emailSchema).max(MAX_ROWS) }),
  correct: z.object({
    type: z.literal('content->bg:correct'),
    host,
    messageId: text(200).min(1),
    threadId: text(200).nullable(),
    kind: z.enum(EMAIL_KINDS),
  }),
  stance: z.object({
    type: z.literal('content->bg:stance'),
    host,
    applicationId: text(200).min(1),
    stance: z.enum(['door_open', 'clean_break']),
  }),
  undoCorrect: z.object({
    type: z.literal('content->bg:undo-correct'),
    host,
    messageId: text(200).min(1),
    threadId: text(200).nullable(),
  }),
  personAddress: z.object({
    type: z.literal('content->bg:person-address'),
    host,
    personId: text(200).min(1),
    threadId: text(200).nullable(),
    address: z.email().max(320),
  }),
  selectorHealth: z.object({
    type: z.literal('content->bg:selector-health'),
    host,
    stats: z.record(
      text(64),
      z.object({ hits: z.number().int().min(0).max(1e9), misses: z.number().int().min(0).max(1e9) }),
    ),
  }),
};

type Failure = { ok: false; error: string };

function invalid(error: z.ZodError): Failure {
  const issue = error.issues[0];
  return { ok: false, error: `invalid message: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'malformed'}` };
}

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
  const earlier: EmailKind[] = [];
  const items = emails.map((raw) => {
    const email: Email = { ...raw, partial: false };
    const detection = detect(email, earlier);
    if (!email.fromUser) earlier.push(detection.kind);
    return { email, detection };
  });
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

export function registerContentHandlers(): void {
  handle('content->bg:hello', async (message) => {
    const parsed = schemas.hello.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    // Kept for the options page's "Gmail health" (when Callback last ran on a mail page), and for "Open Gmail",
    // which opens the account last seen (/mail/u/N/).
    let account: number | null = null;
    try {
      account = parsed.data.host === 'gmail' ? gmailAccountIndex(new URL(parsed.data.url).pathname) : null;
    } catch {
      account = null;
    }
    await browser.storage.local.set({ lastMailPage: { host: parsed.data.host, at: deps.now().toISOString(), account } });
    warmDetector(deps.db());
    return { ok: true as const, version: browser.runtime.getManifest().version };
  });

  handle('content->bg:thread-seen', async (message) => {
    const parsed = schemas.threadSeen.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    const db = deps.db();
    const now = deps.now();
    const results = await ingestThread(db, parsed.data.emails as Email[], now);
    const stored = changed(results);
    const threadId = parsed.data.threadId ?? parsed.data.emails.find((e) => e.threadId)?.threadId ?? null;
    return { ok: true as const, stored, bar: await barOf(db, threadId, now) };
  });

  handle('content->bg:rows-seen', async (message) => {
    const parsed = schemas.rowsSeen.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    const db = deps.db();
    const now = deps.now();
    const detect = await loadDetector(db, now);
    const plans = (parsed.data.emails as Email[]).flatMap((raw) => {
      const email: Email = { ...raw, partial: true };
      return rowPlan(email, detect(email)) ?? [];
    });
    const results = await ingestBatch(db, plans, { now });
    const stored = changed(results);
    const review = results.filter((r) => r.status === 'review').length;
    return { ok: true as const, stored, review };
  });

  handle('content->bg:correct', async (message) => {
    const parsed = schemas.correct.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    const { messageId, kind, host: source, threadId } = parsed.data;
    const db = deps.db();
    const now = deps.now();
    await correctClassification(db, messageId, kind, { now, source });
    void refreshSchedule();
    return { ok: true as const, bar: await barOf(db, threadId, now) };
  });

  handle('content->bg:stance', async (message) => {
    const parsed = schemas.stance.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    await setStance(deps.db(), parsed.data.applicationId, parsed.data.stance, { now: deps.now() });
    scheduleChanged([parsed.data.applicationId]);
    return { ok: true as const };
  });

  handle('content->bg:undo-correct', async (message) => {
    const parsed = schemas.undoCorrect.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    const db = deps.db();
    const now = deps.now();
    const undone = await undoCorrection(db, messageKey(parsed.data.host, parsed.data.messageId), { now });
    if (!undone) return { ok: false as const, error: 'no such correction' };
    void refreshSchedule();
    return { ok: true as const, bar: await barOf(db, parsed.data.threadId, now) };
  });

  handle('content->bg:person-address', async (message) => {
    const parsed = schemas.personAddress.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    const db = deps.db();
    const now = deps.now();
    const person = await db.people.get(parsed.data.personId);
    if (!person) return { ok: false as const, error: 'no such person' };
    await upsertPerson(db, { ...person, email: parsed.data.address });
    scheduleChanged([person.applicationId]);
    return { ok: true as const, bar: await barOf(db, parsed.data.threadId, now) };
  });

  handle('content->bg:selector-health', async (message) => {
    const parsed = schemas.selectorHealth.safeParse(message);
    if (!parsed.success) return invalid(parsed.error);
    await mergeHealth(parsed.data.host, parsed.data.stats, deps.now());
    return { ok: true as const };
  });
}
