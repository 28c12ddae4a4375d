/**
 * Organisations the mailbox owner hires for, as their own mail shows it. A team lead's mailbox holds two kinds of
 * hiring: their own search, and their employer's (the panels they sit on, the candidates they turn down, the offers
 * they approve for a new colleague). Word by word the two read alike ("the board approved the offer: 44,000, start
 * on 1 October"); what tells them apart is whose organisation writes. One email that shows the owner on the hiring
 * side of its sender's organisation (it names someone else as the candidate, or lists the owner among the
 * interviewers or as the meeting's organiser: `cand:other`, `owner:panel` in model/features.ts; not a reply or a
 * calendar's answer, which repeat what the owner sent) marks that organisation by its sender's domain. From then on
 * a job decision in mail from it waits for the user's word in the review list, with the reason shown, instead of
 * changing the timeline.
 *
 * Plain data: the caller keeps one per mailbox (the background: in the store, reloaded per batch, so a Forget there
 * takes effect; evaluation: per owner of a labelled set) and reads the mail in order. An import of past mail neither
 * learns nor holds: a held decision in mail older than the review window would be dropped, not reviewed. Only
 * organisations' own domains are marked: an applicant-tracking system, a job board, a scheduler or a mailbox
 * provider writes for everyone.
 */
import type { Email } from '../email';
import { domainOfAddress } from '../mailbox-providers';
import { isFreemail, knownSender } from './senders';

/** Organisations kept at most (the oldest go first): a mailbox hires for one or two. */
export const MAX_HIRING_SIDES = 20;

/**
 * The organisation an email's sender writes for, as the domain of its address, or null when it names none. The whole
 * domain, not its registrable part: "dot.ca.gov" and "calhr.ca.gov", or two trusts on one health service's domain,
 * are different employers, and a suffix list cannot tell them apart.
 */
export function senderOrganisation(email: Pick<Email, 'from'>): string | null {
  const address = typeof email.from?.address === 'string' ? email.from.address : '';
  const domain = domainOfAddress(address);
  if (domain === '' || !domain.includes('.') || isFreemail(domain) || knownSender(email.from) !== null) return null;
  return domain;
}

/** One domain is the other, or within it ("calendar.acme.example" and "acme.example"): the same organisation. */
export function sameOrganisation(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

export class HiringSides {
  private readonly known: string[];
  private readonly fresh: string[] = [];

  /** `organisations`: those known already (domains, oldest first). */
  constructor(organisations: Iterable<string> = []) {
    this.known = [...organisations].filter((o) => typeof o === 'string' && o !== '').slice(-MAX_HIRING_SIDES);
  }

  /** The organisation the owner hires for that the email's sender writes for (as it was learned), or null. */
  of(email: Pick<Email, 'from'>): string | null {
    const organisation = senderOrganisation(email);
    return organisation === null ? null : (this.known.find((known) => sameOrganisation(known, organisation)) ?? null);
  }

  /** Whether the email's sender is an organisation the owner hires for. */
  has(email: Pick<Email, 'from'>): boolean {
    return this.of(email) !== null;
  }

  /** The email shows the owner hiring for its sender's organisation: remember the organisation. */
  learn(email: Pick<Email, 'from'>): void {
    const organisation = senderOrganisation(email);
    if (organisation === null || this.known.some((known) => sameOrganisation(known, organisation))) return;
    this.known.push(organisation);
    if (this.known.length > MAX_HIRING_SIDES) this.known.shift();
    this.fresh.push(organisation);
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
