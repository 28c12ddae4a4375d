/**
 * The export file's shape, validated with zod before an import writes anything. Every record is a strict object
 * (unknown keys are an error), every string has a length cap and every list a count cap: an import file is hostile
 * input until proven otherwise.
 */
import { z } from 'zod';
import { EMAIL_KINDS, EVIDENCE_CODES } from '../core/detection';
import { OUTLOOK_ORIGINS } from '../core/email';
import { LANG_CODES } from '../core/lang/types';
import { DRAFT_LANGUAGES, SETTING_LIMITS } from '../core/settings';
import { EVENT_KINDS, STAGES, STANCE_IDS } from '../core/timeline/types';
import { isTimeZone } from './settings-repo';

export const EXPORT_FORMAT = 'callback-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const MAX_ROWS = 200_000;
const id = z.string().min(1).max(200);
const isoDate = z
  .string()
  .max(64)
  .refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 date');
const text = (max: number) => z.string().max(max);
const source = z.enum(['gmail', 'outlook', 'import', 'manual', 'cli']);
const rows = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ROWS);

const evidence = z.strictObject({
  signal: text(1000),
  where: z.enum(['subject', 'body', 'sender']),
  // Exports written before evidence had codes have neither; they still import and display.
  code: z.enum(EVIDENCE_CODES).optional(),
  values: z
    .record(z.string().max(20), text(1000))
    .refine((v) => Object.keys(v).length <= 4, 'at most 4 values')
    .optional(),
});
const link = z.strictObject({ url: text(4096), kind: z.enum(['video', 'scheduling', 'assessment', 'other']) });
const interview = z.strictObject({ start: text(64), end: text(64).nullable(), timeZone: text(64).nullable() });
const stage = z.enum(STAGES);
const stance = z.enum(STANCE_IDS);
const emailKind = z.enum(EMAIL_KINDS);
const eventKind = z.enum(EVENT_KINDS);
const langCode = z.enum(LANG_CODES);
const draftLanguage = z.enum(DRAFT_LANGUAGES);
/** The mailbox an email was seen in (Gmail's /mail/u/N/ and the address). */
const mailAccount = z.strictObject({
  index: z.number().int().min(0).max(99).nullable(),
  address: text(320).nullable(),
  origin: z.enum(OUTLOOK_ORIGINS).nullable().optional(),
});

export const applicationSchema = z.strictObject({
  id,
  company: text(500),
  companyKey: text(500),
  companyFrom: z.enum(['email', 'sender', 'domain', 'user']).optional(),
  role: text(500).nullable(),
  stage,
  round: z.number().int().min(0).max(1000),
  stance: stance.nullable(),
  archived: z.boolean(),
  stageByUser: z.boolean(),
  account: mailAccount.nullable().optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const eventSchema = z.strictObject({
  id,
  applicationId: id,
  kind: eventKind,
  at: isoDate,
  source,
  messageId: text(500).nullable(),
  threadId: text(500).nullable(),
  account: mailAccount.nullable().optional(),
  subject: text(2000).nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidence).max(100),
  interview: interview.nullable(),
  deadline: text(64).nullable(),
  decisionBy: text(64).nullable(),
  links: z.array(link).max(100),
  replaces: id.nullable().optional(),
  round: z.number().int().min(0).max(1000).optional(),
  sender: text(500).nullable().optional(),
  lang: langCode.optional(),
});

export const personSchema = z.strictObject({
  id,
  applicationId: id,
  name: text(500),
  email: text(500).nullable(),
  title: text(500).nullable(),
  role: z.enum(['interviewer', 'recruiter', 'helper']),
  eventId: id.nullable(),
  rank: z.number().int().min(0).max(1000).optional(),
});

export const noteSchema = z.strictObject({
  id,
  applicationId: id,
  kind: z.enum(['topic', 'resource', 'introduction', 'reflection', 'general']),
  text: text(50_000),
  question: text(2000).nullable(),
  createdAt: isoDate,
});

export const reminderActionSchema = z.strictObject({
  reminderId: text(600).min(1),
  status: z.enum(['snoozed', 'done', 'dismissed']),
  snoozedUntil: isoDate.nullable(),
  auto: z.boolean(),
  at: isoDate,
});

export const correctionSchema = z.strictObject({
  key: text(600).min(1),
  source,
  messageId: text(500).min(1),
  kind: emailKind,
  at: isoDate,
  like: z.strictObject({ sender: text(500), subject: text(2000) }).nullable().optional(),
  undo: z
    .strictObject({
      event: eventSchema.nullable(),
      application: applicationSchema.nullable(),
      people: z.array(personSchema).max(200),
      notes: z.array(noteSchema).max(2000),
      reminderActions: z.array(reminderActionSchema).max(2000).optional(),
      reviewId: id.nullable(),
      addedEventId: id.nullable(),
      hiringSides: z.array(z.strictObject({ organisation: text(300), at: isoDate, why: z.literal('works').optional() })).max(100).optional(),
    })
    .nullable()
    .optional(),
  deletedWith: z.strictObject({ application: text(1000), subject: text(2000), sender: text(500) }).nullable().optional(),
});

const detectionSchema = z.strictObject({
  kind: emailKind,
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidence).max(100),
  company: text(500).nullable(),
  role: text(500).nullable(),
  people: z
    .array(z.strictObject({ name: text(500), title: text(500).nullable(), email: text(500).nullable().optional() }))
    .max(100),
  interview: interview.nullable(),
  links: z.array(link).max(100),
  deadline: text(64).nullable(),
  decisionBy: text(64).nullable(),
  lang: langCode.optional(),
});

export const reviewItemSchema = z.strictObject({
  id,
  key: text(600).min(1),
  source,
  messageId: text(500).min(1),
  threadId: text(500).nullable(),
  subject: text(2000),
  from: z.strictObject({ name: text(500), address: text(500) }),
  date: text(64).nullable(),
  snippet: text(5000),
  detection: detectionSchema,
  status: z.enum(['open', 'confirmed', 'dismissed']),
  createdAt: isoDate,
  resolvedAt: isoDate.nullable(),
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:mm');
export const storedSettingsSchema = z.strictObject({
  id: z.literal('user'),
  timeZone: text(64)
    .refine(isTimeZone, { error: (issue) => `the time zone “${String(issue.input)}” does not exist: use a name such as Europe/Berlin` })
    .optional(),
  workingDays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  workStart: hhmm.optional(),
  workEnd: hhmm.optional(),
  quietStart: hhmm.optional(),
  quietEnd: hhmm.optional(),
  defaultStance: stance.optional(),
  draftLanguage: draftLanguage.optional(),
  followUpWorkingDays: z.number().int().min(SETTING_LIMITS.followUpWorkingDays.min).max(SETTING_LIMITS.followUpWorkingDays.max).optional(),
  checkInDays: z.number().int().min(SETTING_LIMITS.checkInDays.min).max(SETTING_LIMITS.checkInDays.max).optional(),
  interviewMinutes: z.number().int().min(SETTING_LIMITS.interviewMinutes.min).max(SETTING_LIMITS.interviewMinutes.max).optional(),
  notifications: z.boolean().optional(),
}).refine((s) => !(s.workStart && s.workEnd && s.workEnd <= s.workStart), {
  error: 'the working day ends before it starts (workEnd must be after workStart)',
  path: ['workEnd'],
});

export const exportDataSchema = z.strictObject({
  applications: rows(applicationSchema),
  events: rows(eventSchema),
  people: rows(personSchema),
  notes: rows(noteSchema),
  reminderActions: rows(reminderActionSchema),
  corrections: rows(correctionSchema),
  reviewItems: rows(reviewItemSchema),
  settings: storedSettingsSchema.nullable(),
  /**
   * The organisations the user's mail showed them hiring for or (`why: 'works'`) working at: absent from files exported
   * before they were kept, and `why` from those exported before the eighteenth session.
   */
  hiringSides: z.array(z.strictObject({ organisation: text(300).min(1), at: isoDate, why: z.literal('works').optional() })).max(1000).optional(),
});

/** Envelope checked first, so a wrong format or version is named as such rather than as a list of field errors. */
export const envelopeSchema = z.looseObject({
  format: z.string().max(100),
  // Any value here: a version of the wrong type gets its own message (checkImport), not "not a Callback export".
  version: z.unknown().optional(),
});

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoDate,
  data: exportDataSchema,
});

export type ExportFile = z.infer<typeof exportFileSchema>;
export type ExportData = z.infer<typeof exportDataSchema>;
