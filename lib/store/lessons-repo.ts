/** What the user's corrections taught: the list to undo them, the lessons later mail follows, forgetting one. */
import type { UserExample } from '../core/classify/user-examples';
import type { EmailKind } from '../core/detection';
import type { CallbackDb } from './db';

/** Every correction the user made, newest first, with what it was about (the options page lists them to undo). */
export async function listCorrections(
  db: CallbackDb,
): Promise<Array<{ key: string; kind: EmailKind; at: string; subject: string; sender: string; lesson: boolean; deletedWith: string | null }>> {
  const corrections = await db.corrections.toArray();
  return corrections
    .map((c) => ({
      key: c.key,
      kind: c.kind,
      at: c.at,
      subject: c.undo?.event?.subject ?? c.like?.subject ?? c.deletedWith?.subject ?? '',
      sender: c.undo?.event?.sender ?? c.like?.sender ?? c.deletedWith?.sender ?? '',
      lesson: !!c.like && c.like.sender !== '',
      // The application the user deleted with this email (the email stays out of the timeline), if that is why.
      deletedWith: c.deletedWith?.application ?? null,
    }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** What Callback learned from the user's corrections: one example per corrected message that still teaches. */
export async function listLessons(db: CallbackDb): Promise<(UserExample & { key: string })[]> {
  const corrections = await db.corrections.toArray();
  return corrections
    .filter((c) => c.like && c.like.sender !== '')
    .map((c) => ({ key: c.key, sender: c.like!.sender, subject: c.like!.subject, kind: c.kind, at: c.at }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Forget what one correction taught: later mail no longer follows it (the message's own correction stays). */
export async function forgetLesson(db: CallbackDb, key: string): Promise<void> {
  const correction = await db.corrections.get(key);
  if (correction) await db.corrections.put({ ...correction, like: null });
}
