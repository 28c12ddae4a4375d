/**
 * Each owner's mailbox, read in order as the background reads it: what the earlier mail of a labelled set showed of
 * the organisations its owner hires for or works at (core/classify/hiring-side.ts). One per set and owner address, made on first
 * use; evaluation and training's scores read the same way, so both measure what the extension does.
 */
import { HiringSides } from '../core/classify/hiring-side';
import type { Email } from '../core/email';

export class Mailboxes {
  private readonly byOwner = new Map<string, HiringSides>();

  /** The organisations the owner of `email` hires for or works at, as the mail of `set` read so far showed them. */
  of(set: string, email: Email): HiringSides {
    const owner = typeof email.account?.address === 'string' ? email.account.address.toLowerCase() : '';
    const key = `${set}\u0000${owner}`;
    let hiring = this.byOwner.get(key);
    if (!hiring) this.byOwner.set(key, (hiring = new HiringSides()));
    return hiring;
  }
}
