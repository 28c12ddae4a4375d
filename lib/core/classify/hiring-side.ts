/**
 * Organisations the mailbox owner hires for, as their own mail shows it. A team lead's mailbox holds two kinds of
 * hiring: their own search, and their employer's (the panels they sit on, the candidates they turn down, the offers
 * they approve for a new colleague). Word by word the two read alike ("the board approved the offer: 44,000, start
 * on 1 October"); what tells them apart is whose organisation writes. One email that shows the owner on the hiring
 * side of its sender's organisation (it names someone else as the candidate, or lists the owner among the
 * interviewers or as the meeting's organiser: `cand:other`, `owner:panel` in model/features.ts) marks that
 * organisation; from then on a job decision in mail from it waits for the user's word in the review list, with the
 * reason shown, instead of changing the timeline.
 *
 * Plain data: the caller keeps one per mailbox (the background: in the store, evaluation: per owner of a labelled
 * set) and reads the mail in order. Only organisations' own domains are marked: an applicant-tracking system, a job
 * board, a scheduler or a mailbox provider writes for everyone.
 */
import type { Email } from '../email';
import { domainOfAddress, registrableDomain } from '../mailbox-providers';
import { isFreemail, knownSender } from './senders';

/** Organisations kept at most (the oldest go first): a mailbox hires for one or two. */
export const MAX_HIRING_SIDES = 20;

/** The organisation an email's sender writes for, as a registrable domain, or null when it names none. */
export function senderOrganisation(email: Pick<Email, 'from'>): string | null {
  const address = typeof email.from?.address === 'string' ? email.from.address : '';
  const domain = domainOfAddress(address);
  if (domain === '' || isFreemail(domain) || knownSender(email.from) !== null) return null;
  const organisation = registrableDomain(domain);
  return organisation === '' ? null : organisation;
}

export class HiringSides {
  private readonly known: string[];
  private readonly fresh: string[] = [];

  /** `organisations`: those known already (registrable domains, oldest first). */
  constructor(organisations: Iterable<string> = []) {
    this.known = [...organisations].filter((o) => typeof o === 'string' && o !== '').slice(-MAX_HIRING_SIDES);
  }

  /** Whether the email's sender is an organisation the owner hires for. */
  has(email: Pick<Email, 'from'>): boolean {
    const organisation = senderOrganisation(email);
    return organisation !== null && this.known.includes(organisation);
  }

  /** The email shows the owner hiring for its sender's organisation: remember the organisation. */
  learn(email: Pick<Email, 'from'>): void {
    const organisation = senderOrganisation(email);
    if (organisation === null || this.known.includes(organisation)) return;
    this.known.push(organisation);
    if (this.known.length > MAX_HIRING_SIDES) this.known.shift();
    this.fresh.push(organisation);
  }

  /** The user said mail from this organisation is their own search: forget it. */
  forget(organisation: string): void {
    const at = this.known.indexOf(organisation);
    if (at !== -1) this.known.splice(at, 1);
  }

  /** Organisations learned since this was made, in order (the background stores them). */
  learned(): readonly string[] {
    return this.fresh;
  }

  /** Every organisation known, oldest first. */
  list(): readonly string[] {
    return this.known;
  }
}
