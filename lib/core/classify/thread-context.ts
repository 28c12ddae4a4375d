/**
 * What the earlier messages of a conversation tell the classifier about the next one, built message by message:
 * the kinds of those others wrote (the owner's own replies are left out: their kind says what the owner did, not
 * what the conversation is), and whether any of them, the owner's own included, speaks of a job. The background
 * builds it for a thread it reads, and training and evaluation the same way, so the model learns what it is given.
 */
import type { EmailKind } from '../detection';
import type { Email } from '../email';
import { speaksOfJob } from './pipeline';

export interface ThreadContext {
  earlier: EmailKind[];
  /** Undefined before the first message (nothing is known of the conversation yet). */
  threadAboutJob: boolean | undefined;
}

export class ConversationSoFar {
  private readonly kinds: EmailKind[] = [];
  private aboutJob: boolean | undefined;

  /** The context for the next message. */
  context(): ThreadContext {
    return { earlier: [...this.kinds], threadAboutJob: this.aboutJob };
  }

  /** A message read, with the kind it was given; `own`: the owner wrote it. */
  add(email: Email, kind: EmailKind, own: boolean): void {
    if (!own) this.kinds.push(kind);
    // Once the conversation speaks of a job, it does; the rules are read again only until then.
    this.aboutJob = this.aboutJob === true || kind !== 'other' || speaksOfJob(email);
  }
}
