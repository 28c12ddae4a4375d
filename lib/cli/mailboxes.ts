/**
 * Each owner's mailbox, read in order as the background reads it: what the earlier mail of a labelled set showed of
 * the organisations its owner hires for or works at (core/classify/hiring-side.ts), and who wrote job mail to it
 * (core/classify/job-senders.ts). One per set and owner address, made on first
 * use; evaluation and training's scores read the same way, so both measure what the extension does.
 */
import { HiringSides } from '../core/classify/hiring-side';
import { JobSenders } from '../core/classify/job-senders';
import type { Email } from '../core/email';

export class Mailboxes {
  private readonly byOwner = new Map<string, HiringSides>();
  private readonly sendersByOwner = new Map<string, JobSenders>();

  /** The senders who wrote job mail to the owner of `email`, as the mail of `set` read so far showed them. */
  sendersOf(set: string, email: Email): JobSenders {
    const key = keyOf(set, email);
    let senders = this.sendersByOwner.get(key);
    if (!senders) this.sendersByOwner.set(key, (senders = new JobSenders()));
    return senders;
  }

  /** The organisations the owner of `email` hires for or works at, as the mail of `set` read so far showed them. */
  of(set: string, email: Email): HiringSides {
    const key = keyOf(set, email);
    let hiring = this.byOwner.get(key);
    if (!hiring) this.byOwner.set(key, (hiring = new HiringSides()));
    return hiring;
  }
}

/** One mailbox: a labelled set and its owner's address. */
function keyOf(set: string, email: Email): string {
  const owner = typeof email.account?.address === 'string' ? email.account.address.toLowerCase() : '';
  return `${set}\u0000${owner}`;
}
