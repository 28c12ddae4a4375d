/**
 * The context a labelled email's thread gives its classification, built as the background builds it for a thread it
 * reads (core/classify/thread-context.ts). A labelled thread message is the owner's own when it is from the address
 * the email was sent to.
 */
import { ConversationSoFar, type ThreadContext } from '../core/classify/thread-context';
import type { EmailKind } from '../core/detection';
import type { Email } from '../core/email';
import type { LabelledEmail } from './labelled-sets';

/** `kindOf` reads one earlier message (the rules when training, the shipped detector when scoring). */
export function threadContext(item: Pick<LabelledEmail, 'email' | 'earlier'>, kindOf: (email: Email) => EmailKind): ThreadContext {
  const owner = typeof item.email.account?.address === 'string' ? item.email.account.address.toLowerCase() : '';
  const soFar = new ConversationSoFar();
  for (const message of item.earlier) {
    const own = owner !== '' && typeof message.from?.address === 'string' && message.from.address.toLowerCase() === owner;
    soFar.add(message, kindOf(message), own);
  }
  return soFar.context();
}
