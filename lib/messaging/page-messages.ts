/**
 * Messages the popup, options and timeline pages send to the background, and the replies they get: one zod schema
 * per message, types inferred from them (see content-messages.ts for the mail pages' side).
 */
import { z } from 'zod';

const ping = z.strictObject({ type: z.literal('page->bg:ping') });

/**
 * A page changed the store (done, snooze, import, settings), or the popup found no usable popup snapshot: recompute
 * badge, alarm, notifications and the popup snapshot now. The background also watches the store itself, but only
 * while awake; this message wakes it.
 */
const refreshSchedule = z.strictObject({ type: z.literal('page->bg:refresh-schedule') });

/** Every message from an extension page, by its type. */
export const PAGE_MESSAGES = {
  'page->bg:ping': ping,
  'page->bg:refresh-schedule': refreshSchedule,
} as const;

export type PingMessage = z.infer<typeof ping>;
export type RefreshScheduleMessage = z.infer<typeof refreshSchedule>;

/** What each message from a page is answered with when it succeeds. */
export const PAGE_REPLIES = {
  'page->bg:ping': z.strictObject({ ok: z.literal(true) }),
  /** The badge's text after the recompute ('' when nothing is due). */
  'page->bg:refresh-schedule': z.strictObject({ ok: z.literal(true), badge: z.string().max(8) }),
} as const satisfies Record<keyof typeof PAGE_MESSAGES, z.ZodType>;
