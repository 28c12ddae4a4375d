/**
 * Learning from the user: each correction (or review answer) is a labelled example of the user's own mail. A later
 * email like it follows the user's answer: from the same sender with a similar subject, or with a nearly identical
 * subject from the same domain (an ATS writes every stage of one company's process from one address, with
 * subjects that differ only in the role or a number). Plain data in and out; the store keeps the examples.
 */
import { REPLY_PREFIX } from './model/mail-shape';
import type { EmailKind, Evidence } from '../detection';
import type { Email } from '../email';
import { tokenize } from './model/features';

export interface UserExample {
  /** Lower-case sender address of the corrected message. */
  sender: string;
  subject: string;
  kind: EmailKind;
  /** When the user said so (ISO 8601): the newest lesson wins. */
  at: string;
}

/** Same sender: a subject this similar (Jaccard of its words) is the same kind of mail. */
export const SAME_SENDER_SIMILARITY = 0.5;
/** Same domain only: the subject must be nearly the same. */
export const SAME_DOMAIN_SIMILARITY = 0.8;
/** How sure a decision that follows the user is: above the review threshold, below the user's own word. */
export const FOLLOWED_CONFIDENCE = 0.9;


function words(subject: string): Set<string> {
  return new Set(tokenize(subject.replace(REPLY_PREFIX, '').slice(0, 300)));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

/** The lesson this email follows, if any: the most similar example, the newest on a tie. */
export function followUser(email: Pick<Email, 'from' | 'subject'>, examples: readonly UserExample[]): { kind: EmailKind; evidence: Evidence } | null {
  const sender = typeof email.from?.address === 'string' ? email.from.address.toLowerCase() : '';
  if (sender === '' || examples.length === 0) return null;
  const subject = words(typeof email.subject === 'string' ? email.subject : '');
  const domain = domainOf(sender);
  let best: { example: UserExample; score: number } | null = null;
  for (const example of examples) {
    const score = similarity(subject, words(example.subject));
    const ok = example.sender === sender ? score >= SAME_SENDER_SIMILARITY : domain !== '' && domainOf(example.sender) === domain && score >= SAME_DOMAIN_SIMILARITY;
    if (!ok) continue;
    if (!best || score > best.score || (score === best.score && example.at > best.example.at)) best = { example, score };
  }
  if (!best) return null;
  return {
    kind: best.example.kind,
    evidence: {
      signal: `you marked similar mail from ${best.example.sender} as ${best.example.kind.replace(/_/g, ' ')}`,
      where: 'sender',
      code: 'user_marked',
      values: { sender: best.example.sender, kind: best.example.kind },
    },
  };
}
