/**
 * Organisations on the mailbox owner's side of hiring, as their own mail shows it: those they hire for, and the one
 * they work for. A team lead's mailbox holds two kinds of hiring: their own search, and their employer's (the panels
 * they sit on, the candidates they turn down, the offers they approve for a new colleague); an employee's holds their
 * search and their employer's internal moves (an internal vacancy's acknowledgement, its interview, its answer). Word
 * by word each pair reads alike ("the board approved the offer: 44,000, start on 1 October"); what tells them apart
 * is whose organisation writes.
 * - One email that shows the owner hiring for its sender's organisation (it names someone else as the candidate, or
 *   lists the owner among the interviewers or as the meeting's organiser: `cand:other`, `owner:panel` in
 *   model/features.ts; not a reply or a calendar's answer, which repeat what the owner sent) marks it as one they
 *   hire for.
 * - One email read as other mail that speaks to the owner as its sender's staff (a payslip, a rota, "Dear colleagues":
 *   staff-words.ts) marks it as one they work for.
 * Organisations are marked by their sender's domain. From then on a job decision in mail from one waits for the
 * user's word in the review list, with the reason shown, instead of changing the timeline.
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

/** Organisations kept at most (the oldest go first): a mailbox hires for one or two, and works for one. */
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

/**
 * Why an organisation is on the owner's side of hiring: they hire for it (its candidates, panels and offers pass
 * through them), or they work there (it writes to them as staff: a payslip, a rota, an internal vacancy;
 * staff-words.ts). Either way a job decision in its mail is more often its own hiring than the owner's search.
 */
export type OwnSide = 'hires' | 'works';

/** One organisation the owner's mail showed on their side, and why. */
export interface SideEntry {
  organisation: string;
  why: OwnSide;
}

function entryOf(known: string | { organisation: string; why?: OwnSide }): SideEntry | null {
  if (typeof known === 'string') return known === '' ? null : { organisation: known, why: 'hires' };
  if (!known || typeof known.organisation !== 'string' || known.organisation === '') return null;
  return { organisation: known.organisation, why: known.why === 'works' ? 'works' : 'hires' };
}

export class HiringSides {
  private readonly known: SideEntry[];
  private readonly fresh: SideEntry[] = [];

  /** `organisations`: those known already (domains, or domains with why; oldest first). A bare domain is one they hire for. */
  constructor(organisations: Iterable<string | { organisation: string; why?: OwnSide }> = []) {
    this.known = [...organisations].map(entryOf).filter((e): e is SideEntry => e !== null).slice(-MAX_HIRING_SIDES);
  }

  /** The organisation on the owner's side that the email's sender writes for (as it was learned, and why), or null. */
  of(email: Pick<Email, 'from'>): SideEntry | null {
    const organisation = senderOrganisation(email);
    return organisation === null ? null : (this.known.find((known) => sameOrganisation(known.organisation, organisation)) ?? null);
  }

  /** Whether the email's sender is an organisation on the owner's side. */
  has(email: Pick<Email, 'from'>): boolean {
    return this.of(email) !== null;
  }

  /**
   * The email shows the owner on its sender's side (hiring for it, or working there): remember the organisation. One
   * already known keeps its first reason.
   */
  learn(email: Pick<Email, 'from'>, why: OwnSide = 'hires'): void {
    const organisation = senderOrganisation(email);
    if (organisation === null || this.known.some((known) => sameOrganisation(known.organisation, organisation))) return;
    const entry = { organisation, why };
    this.known.push(entry);
    if (this.known.length > MAX_HIRING_SIDES) this.known.shift();
    this.fresh.push(entry);
  }

  /** Organisations learned since this was made, in order, with why (the background stores them). */
  learned(): readonly SideEntry[] {
    return this.fresh;
  }

  /** Every organisation known, oldest first. */
  list(): readonly string[] {
    return this.known.map((e) => e.organisation);
  }
}
