/**
 * The engine's one entry point for the background: what the email is (classify), what the user taught about mail
 * like it (user-examples), and what it says (extract). Extraction parses dates only for the kinds that carry them,
 * so the common path stays fast.
 */
import type { HiringSides } from './classify/hiring-side';
import type { JobSenders } from './classify/job-senders';
import { classify } from './classify/index';
import type { LinearModel } from './classify/model/linear';
import { FOLLOWED_CONFIDENCE, followUser, type UserExample } from './classify/user-examples';
import type { Classification, Detection, EmailKind } from './detection';
import type { Email } from './email';
import { extract } from './extract/index';

export interface DetectOptions {
  /** Reference date when the email has none (relative dates like "tomorrow at 10"). */
  now?: Date;
  /** The learned model (the background and the CLI pass the shipped one); without it the rules decide alone. */
  model?: LinearModel | null;
  /** Kinds of the earlier messages of the same conversation, oldest first. */
  earlier?: readonly EmailKind[];
  /** Whether an earlier message of the conversation (the owner's own included) speaks of a job; see ClassifyOptions. */
  threadAboutJob?: boolean;
  /** What the user's corrections taught: later mail like a corrected email follows the user's answer. */
  lessons?: readonly UserExample[];
  /**
   * The organisations the owner hires for or works at, learned from their mail so far (classify/hiring-side.ts); learns
   * from this one. Without it (an import of past mail) nothing is learned or held by the owner's side.
   */
  hiring?: HiringSides;
  /** The senders who wrote job mail to this mailbox before (classify/job-senders.ts); learns from this one. */
  jobSenders?: JobSenders;
  /**
   * The email's classification, made already with these options (an import classifies all mail first and extracts
   * from job mail only): it is used as it is, not made again. Classified a second time, the email would read a
   * sender memory that had learned from it.
   */
  classification?: Classification;
}

export function detect(email: Email, options: DetectOptions = {}): Detection {
  let classification: Classification =
    options.classification ??
    classify(email, { model: options.model ?? null, earlier: options.earlier ?? [], threadAboutJob: options.threadAboutJob, hiring: options.hiring, jobSenders: options.jobSenders });
  const followed = options.lessons && options.lessons.length > 0 ? followUser(email, options.lessons) : null;
  if (followed && followed.kind !== classification.kind) {
    classification = { kind: followed.kind, confidence: FOLLOWED_CONFIDENCE, evidence: [followed.evidence] };
  }
  const extraction = extract(email, classification.kind, options);
  return { ...classification, ...extraction };
}
