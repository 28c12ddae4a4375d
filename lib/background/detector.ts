/**
 * Detection as the background runs it: the rules and the shipped model, the earlier messages of the thread as
 * context, the organisations the user's mail showed them hiring for or working at, who wrote to them about their
 * search (the timeline's senders), and what the user taught Callback by correcting it. Lessons and organisations are read once per batch of mail, not once per email.
 */
import { HiringSides } from '../core/classify/hiring-side';
import { JobSenders } from '../core/classify/job-senders';
import { defaultModel } from '../core/classify/model/default-model';
import { detect } from '../core/detect';
import type { ThreadContext } from '../core/classify/thread-context';
import type { Detection } from '../core/detection';
import type { Email } from '../core/email';
import { jobSenders, listHiringSideRows, listLessons, rememberHiringSides, type CallbackDb } from '../store';

/**
 * `thread`: what the earlier messages of the conversation were (core/classify/thread-context.ts). Mail is read in
 * the order given; `remember` stores the organisations it showed the user hiring for or working at
 * (core/classify/hiring-side.ts).
 */
export interface Detector {
  (email: Email, thread?: Partial<ThreadContext>): Detection;
  remember(): Promise<void>;
}

export async function loadDetector(db: CallbackDb, now: Date): Promise<Detector> {
  const [lessons, sides, senders] = await Promise.all([listLessons(db), listHiringSideRows(db), jobSenders(db)]);
  const model = defaultModel();
  const hiring = new HiringSides(sides);
  // Who wrote to the user about their search: the timeline's senders, and those of this batch's job mail as it is read.
  const known = new JobSenders(senders);
  const detector = (email: Email, thread: Partial<ThreadContext> = {}) =>
    detect(email, { now, model, earlier: thread.earlier ?? [], threadAboutJob: thread.threadAboutJob, lessons, hiring, jobSenders: known });
  return Object.assign(detector, { remember: () => rememberHiringSides(db, hiring.learned(), { now }) });
}

/**
 * Get the detector ready before the first email: decode the model (a tenth of a second or more, on a worker that just
 * woke) and open the store. A mail page said hello, so a thread is likely next; without this its bar waited for both.
 */
export function warmDetector(db: CallbackDb): void {
  setTimeout(() => {
    defaultModel();
    listLessons(db).catch(() => undefined);
  }, 0);
}
