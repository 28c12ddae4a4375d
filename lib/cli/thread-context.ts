/**
 * The context a labelled email's thread gives its classification, as the background builds it for a thread it reads
 * (`ingestThread` in lib/background/content-handlers.ts): the kinds of the earlier messages others wrote (the
 * owner's own are left out), and whether any earlier message, the owner's own included, speaks of a job.
 */
import { speaksOfJob } from '../core/classify/pipeline';
import type { EmailKind } from '../core/detection';
import type { Email } from '../core/email';
import type { LabelledEmail } from './labelled-sets';

export interface ThreadContext {
  earlier: EmailKind[];
  threadAboutJob: boolean | undefined;
}

/** `kindOf` reads one earlier message (the rules when training, the shipped detector when scoring). */
export function threadContext(item: Pick<LabelledEmail, 'email' | 'earlier'>, kindOf: (email: Email) => EmailKind): ThreadContext {
  const owner = typeof item.email.account?.address === 'string' ? item.email.account.address.toLowerCase() : '';
  const earlier: EmailKind[] = [];
  let threadAboutJob: boolean | undefined;
  for (const message of item.earlier) {
    const kind = kindOf(message);
    const fromOwner = owner !== '' && typeof message.from?.address === 'string' && message.from.address.toLowerCase() === owner;
    if (!fromOwner) earlier.push(kind);
    threadAboutJob = threadAboutJob === true || kind !== 'other' || speaksOfJob(message);
  }
  return { earlier, threadAboutJob };
}
