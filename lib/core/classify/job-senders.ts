/**
 * Who has written to the mailbox owner about their own search: the senders of mail already decided as a job kind.
 * Much job mail says what it is only to someone who knows who writes it. A baker's "got your CV, I'll talk it over
 * with my husband", a garage owner's "Saturday 9 is fine, the gate will be open", an elderly couple's "come for tea on
 * Tuesday at half past two" carry no word of hiring; the owner knows them as the people they wrote to about a job.
 * In the training sets, nine in ten emails from a sender who wrote job mail to the same mailbox before are job mail
 * themselves (11,232 of 12,489), and more than a third of all job mail comes from such a sender. The learned model
 * reads it as one feature (`snd:job`, model/features.ts) and weighs it against everything else the email says: the
 * same sender's onboarding paperwork after an accepted offer, or their newsletter, stays other mail. Training reads
 * the labels in each mailbox's order (no email learns from its own); the pipeline learns from its decisions, those
 * sent to review included.
 *
 * Only a sender's exact address counts, and never a relay's (an applicant-tracking system, a job board, a scheduler
 * or a testing platform writes for every employer: senders.ts), nor the owner's own. Plain data: the caller keeps one
 * per mailbox (the background: the senders of the timeline's events and of the review list, read per batch, so
 * deleting an application forgets its senders; evaluation and training: per owner of a labelled set, read in order)
 * and the pipeline learns from each email it decides as a job kind.
 */
import type { Email } from '../email';
import { readSender } from './senders';

/** Senders kept at most (the oldest go first): a long search writes to a few hundred. */
export const MAX_JOB_SENDERS = 2_000;

/** The lower-case address an email's sender writes from, or '' when the sender cannot be known by it. */
export function jobSenderOf(email: Pick<Email, 'from' | 'account'>): string {
  const address = typeof email.from?.address === 'string' ? email.from.address.trim().toLowerCase() : '';
  if (address.length < 3 || address.length > 254 || !address.includes('@')) return '';
  const owner = typeof email.account?.address === 'string' ? email.account.address.trim().toLowerCase() : '';
  // The rules read this sender already (readSender keeps its readings per address): no second lookup per email.
  if (address === owner || readSender(email.from).known !== null) return '';
  return address;
}

export class JobSenders {
  /** In the order learned, oldest first (a Set keeps insertion order). */
  private readonly known = new Set<string>();

  /** `addresses`: senders known already (oldest first), lower case. */
  constructor(addresses: Iterable<string> = []) {
    for (const address of addresses) if (typeof address === 'string' && address !== '') this.add(address.toLowerCase());
  }

  /** Whether the email's sender wrote job mail to this mailbox before. */
  knows(email: Pick<Email, 'from' | 'account'>): boolean {
    const sender = jobSenderOf(email);
    return sender !== '' && this.known.has(sender);
  }

  /** Learns the email's sender when the email was decided (or labelled) as a job kind, not `other`. */
  learn(email: Pick<Email, 'from' | 'account'>, kind: string): void {
    if (kind === 'other') return;
    const sender = jobSenderOf(email);
    if (sender !== '') this.add(sender);
  }

  get size(): number {
    return this.known.size;
  }

  private add(address: string): void {
    // Learned again, it becomes the newest: the oldest are dropped first.
    this.known.delete(address);
    this.known.add(address);
    if (this.known.size > MAX_JOB_SENDERS) this.known.delete(this.known.values().next().value as string);
  }
}
