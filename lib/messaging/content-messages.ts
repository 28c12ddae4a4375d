/**
 * Messages a mail page's content script sends to the background, and what the background answers: one zod schema
 * per message, every type inferred from its schema. The background's router validates each message against its
 * schema before any handler runs (lib/background/router.ts). The content script imports the types only (`import
 * type`), so zod never reaches a mail page's bundle.
 */
import { z } from 'zod';
import type { Evidence, InterviewTime } from '../core/detection';
import type { RuleId } from '../core/reminders/types';
import {
  address,
  count,
  email,
  emailKind,
  id,
  mailHost,
  MESSAGE_LIMITS,
  stance,
  selectorTable,
  text,
  threadId,
} from './fields';

export type MailHost = z.infer<typeof mailHost>;

/** A mail page opened: remembered for the options page's health and "Open Gmail"; warms the detector. */
const hello = z.strictObject({ type: z.literal('content->bg:hello'), host: mailHost, url: text(MESSAGE_LIMITS.url) });

/** A mail page reports its own host's mail only. */
const fromItsHost = (message: { host: string; emails: ReadonlyArray<{ source: string }> }) => message.emails.every((e) => e.source === message.host);

/** The expanded messages of the thread the user opened (and, later, new ones such as the user's own reply). */
const threadSeen = z
  .strictObject({
    type: z.literal('content->bg:thread-seen'),
    host: mailHost,
    threadId,
    emails: z.array(email).max(MESSAGE_LIMITS.threadEmails),
  })
  .refine(fromItsHost, { message: "an email from another host than the page's", path: ['emails'] });

/** Visible list rows, as partial emails (subject + snippet): they decide only on a strong signal. */
const rowsSeen = z
  .strictObject({
    type: z.literal('content->bg:rows-seen'),
    host: mailHost,
    emails: z.array(email).max(MESSAGE_LIMITS.rows),
  })
  .refine(fromItsHost, { message: "an email from another host than the page's", path: ['emails'] });

/** The user's correction from the bar: "not job mail" (kind `other`) or "not a rejection" (another kind). */
const correct = z.strictObject({
  type: z.literal('content->bg:correct'),
  host: mailHost,
  messageId: id,
  threadId,
  /** What the message is, in the user's words. */
  kind: emailKind,
});

/** "Reflect instead" / "Draft gracious reply": the user's stance after a rejection, kept on the application. */
const stanceMessage = z.strictObject({ type: z.literal('content->bg:stance'), host: mailHost, applicationId: id, stance });

/** Undo of the user's correction from the bar: the message is what the classifier said again. */
const undoCorrect = z.strictObject({ type: z.literal('content->bg:undo-correct'), host: mailHost, messageId: id, threadId });

/** "Add Ana's address" from the bar: the letter to her can then be its own message. */
const personAddress = z.strictObject({
  type: z.literal('content->bg:person-address'),
  host: mailHost,
  personId: id,
  threadId,
  address,
});

/** Selector lookups since the last report (deltas), per selector name; the background adds them up. */
const selectorHealth = z.strictObject({
  type: z.literal('content->bg:selector-health'),
  host: mailHost,
  stats: selectorTable(z.strictObject({ hits: count, misses: count }), MESSAGE_LIMITS.selectors),
});

/** Every message from a mail page, by its type. */
export const CONTENT_MESSAGES = {
  'content->bg:hello': hello,
  'content->bg:thread-seen': threadSeen,
  'content->bg:rows-seen': rowsSeen,
  'content->bg:correct': correct,
  'content->bg:stance': stanceMessage,
  'content->bg:undo-correct': undoCorrect,
  'content->bg:person-address': personAddress,
  'content->bg:selector-health': selectorHealth,
} as const;

export type HelloMessage = z.infer<typeof hello>;
export type ThreadSeenMessage = z.infer<typeof threadSeen>;
export type RowsSeenMessage = z.infer<typeof rowsSeen>;
export type CorrectMessage = z.infer<typeof correct>;
export type StanceMessage = z.infer<typeof stanceMessage>;
export type UndoCorrectMessage = z.infer<typeof undoCorrect>;
export type PersonAddressMessage = z.infer<typeof personAddress>;
export type SelectorHealthMessage = z.infer<typeof selectorHealth>;

// What the background sends back to a mail page. Built by the background itself, so the router does not check these
// at run time; the handler tests parse every reply with them, and the types the content script renders are theirs.

const label = z.string();
const correction = z.strictObject({ label, kind: emailKind });

/** One button of the bar: a draft to insert, or a private reflection instead of a letter. */
const barAction = z.strictObject({
  reminderId: id,
  ruleId: z.custom<RuleId>((v) => typeof v === 'string' && v.length > 0),
  /** The button's text, e.g. "Draft thank-you to Ana Pereira", "Draft gracious reply", "Reflect instead". */
  label,
  kind: z.enum(['draft', 'reflect']),
  /** kind 'draft': the text to insert in the reply (no subject: it is a reply in the thread). */
  body: z.string().optional(),
  /** One line on why this matters, and its source's title. */
  why: z.string(),
  source: z.string(),
  /** kind 'reflect': private questions to think about instead of writing. */
  questions: z.array(z.string()).optional(),
  /** The stance this action stands for after a rejection (recorded when clicked). */
  stance: stance.optional(),
  /**
   * A letter for someone whose address is known and who is not the one this thread answers (a thank-you to Ana in
   * a thread with the recruiter): it goes into a new message to them (the host's compose link), never this reply.
   * `body` then has no subject line; `subject` is the new message's.
   */
  compose: z.strictObject({ to: z.string(), subject: z.string() }).optional(),
  /** The letter goes through someone else because the recipient's address is unknown: offer to add it. */
  missingAddress: z.strictObject({ personId: id, name: z.string() }).optional(),
});

/** What the in-thread bar shows for a thread Callback recognised. */
const threadBar = z.strictObject({
  applicationId: id,
  /** The message whose detection the bar shows (the one a correction applies to). */
  messageId: z.string(),
  kind: emailKind,
  company: z.string().nullable(),
  role: z.string().nullable(),
  interview: z.custom<InterviewTime>((v) => typeof v === 'object' && v !== null).nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.custom<Evidence>((v) => typeof v === 'object' && v !== null)),
  /** Corrections offered: always "Not job mail"; "Not a rejection" on a rejection, with what it may be instead. */
  corrections: z.array(correction.extend({ choices: z.array(correction).optional() })),
  actions: z.array(barAction),
  /** The application's stance after a rejection (null: the user's default), so a switch can be said and undone. */
  stance: stance.nullable().optional(),
  /** Where a letter that cannot go into this reply goes instead (its own message): the thread's sender and subject. */
  replyTo: z.strictObject({ address: z.string().nullable(), subject: z.string().nullable() }).optional(),
});

export type BarAction = z.infer<typeof barAction>;
export type ThreadBar = z.infer<typeof threadBar>;

/** A refusal: a malformed or unknown message, a handler that failed, or a record that is gone. */
export const failure = z.strictObject({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof failure>;

const ok = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ ok: z.literal(true), ...shape });
const bar = threadBar.nullable();
const stored = count;

/** What each message from a mail page is answered with when it succeeds (any of them may also get a `Failure`). */
export const CONTENT_REPLIES = {
  'content->bg:hello': ok({ version: z.string() }),
  'content->bg:thread-seen': ok({ bar, stored }),
  'content->bg:rows-seen': ok({ stored, review: count }),
  'content->bg:correct': ok({ bar }),
  'content->bg:stance': ok({}),
  'content->bg:undo-correct': ok({ bar }),
  'content->bg:person-address': ok({ bar }),
  'content->bg:selector-health': ok({}),
} as const satisfies Record<keyof typeof CONTENT_MESSAGES, z.ZodType>;
