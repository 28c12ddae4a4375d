/**
 * The fields messages are made of, each defined once: the message schemas (content-messages.ts, page-messages.ts)
 * build on these. Every string has a length cap, every list a count cap, every object is strict (a key the schema
 * does not name, `__proto__` included, is an error): a mail page is hostile ground. Background only: a content
 * script imports the inferred types, never these values (zod stays out of the mail page's bundle).
 */
import { z } from 'zod';
import { EMAIL_KINDS } from '../core/detection';
import { OUTLOOK_ORIGINS, type MailSource } from '../core/email';
import { STANCE_IDS } from '../core/timeline/types';

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().max(max);

/** An id of a record or of a mail host's message or thread: never empty, at most 200 characters. */
export const id = text(200).min(1);

/** A thread id when the host has one. */
export const threadId = text(200).nullable();

/** The mail hosts Callback runs on. */
export const MAIL_HOSTS = ['gmail', 'outlook'] as const;
export const mailHost = z.enum(MAIL_HOSTS);

/**
 * An email's source as a mail page may send it: a mail host, never `import`, `manual` or `cli`. Typed as the core's
 * `MailSource`, so the readers' `Email` values are what the content script sends, as they are.
 */
export const pageSource = z.custom<MailSource>(
  (v) => typeof v === 'string' && (MAIL_HOSTS as readonly string[]).includes(v),
  `expected one of ${MAIL_HOSTS.join(', ')}`,
);

/** ISO 8601 date and time with `Z` or an offset ("2014-12-18T12:35:00-08:00"), as the readers write them. */
export const isoDate = z.iso.datetime({ offset: true });

/** What an email is (the classifier's kinds, and the user's words in a correction). */
export const emailKind = z.enum(EMAIL_KINDS);

/** The user's stance after a rejection. */
export const stance = z.enum(STANCE_IDS);

/** A mail address as the user types it. */
export const address = z.email().max(320);

/** One of Outlook on the web's origins (typed as the core's `MailAccount` types it: a string). */
export const outlookOrigin = text(64).refine((origin) => (OUTLOOK_ORIGINS as readonly string[]).includes(origin), 'not an Outlook origin');

/** The mailbox a message was seen in: Gmail's /mail/u/N/, the signed-in address, Outlook's origin. */
export const mailAccount = z.strictObject({
  index: z.number().int().min(0).max(99).nullable(),
  address: text(320).nullable(),
  origin: outlookOrigin.nullable().optional(),
});

/** Caps on what one message from a mail page may carry. */
export const MESSAGE_LIMITS = {
  /** Expanded messages of one thread. */
  threadEmails: 100,
  /** List rows per report (the content script reads at most 200 per scan). */
  rows: 200,
  body: 200_000,
  subject: 2000,
  links: 100,
  link: 4000,
  url: 4000,
  /** Selector names per health report. */
  selectors: 200,
} as const;

/** One email as a mail page reads it (lib/core/email.ts's `Email`, less what only the CLI and imports carry). */
export const email = z.strictObject({
  id,
  threadId: threadId.optional(),
  source: pageSource,
  subject: text(MESSAGE_LIMITS.subject),
  from: z.strictObject({ name: text(500), address: text(500) }),
  date: isoDate.nullable(),
  body: text(MESSAGE_LIMITS.body),
  links: z.array(text(MESSAGE_LIMITS.link)).max(MESSAGE_LIMITS.links).optional(),
  partial: z.boolean().optional(),
  fromUser: z.boolean().optional(),
  account: mailAccount.nullable().optional(),
});

/**
 * A selector's name in a health report ("main", "rowSubject", "new:threadList"): letters, digits and `:_-`, never a
 * name an object already has (`__proto__`, `constructor`), since the background adds the counts up by name.
 */
export const selectorName = text(64)
  .regex(/^[A-Za-z0-9:_-]+$/)
  .refine((name) => !(name in Object.prototype), 'a reserved name');

/**
 * Counts keyed by selector name, `__proto__` refused rather than dropped (zod's record leaves an own `__proto__` key out
 * without a word; a message carrying one is not a mistake but a probe, and is refused whole).
 */
export const selectorTable = <V extends z.ZodType>(value: V, max: number) =>
  z
    .custom<object>((v) => typeof v === 'object' && v !== null && !Object.hasOwn(v, '__proto__'), 'a reserved name')
    .pipe(z.record(selectorName, value))
    .refine((rows) => Object.keys(rows).length <= max, `at most ${max} names`);

/** A non-negative count. */
export const count = z.number().int().min(0).max(1e9);
