/**
 * The shape of an email as the learned model reads it, in any language: reply and forward prefixes, a forwarded
 * message's header line, a meeting invitation's subject or join link, which side of an organisation the sender and
 * the owner stand on, and whether an invitation names the owner. Each is a bounded pattern or an indexOf.
 */
import { LANGUAGES } from '../../lang';
import type { MailShapeWords } from '../../lang/types';
import { domainOfAddress, isMailboxProvider } from '../../mailbox-providers';

/**
 * Every language pack's words of one kind (`mailShape` in lang/<code>/index.ts), each once, as alternatives of a
 * pattern (escaped, longest first). Alternatives that must be followed by a colon, a space or a bracket match the
 * same text in any order; longest first only spares the engine a retry.
 */
function alternatives(pick: (words: MailShapeWords) => readonly string[]): string {
  const words = [...new Set(LANGUAGES.flatMap((pack) => pick(pack.mailShape)))];
  return words
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** A reply's or a forward's subject prefixes, in the languages read (Re, AW, SV, RV, Antw, R, ENC, Odp, 返信…). */
export const REPLY_PREFIX = new RegExp(`^\\s*(?:(?:${alternatives((w) => [...w.replyPrefixes, ...w.forwardPrefixes])})\\s*[:：]\\s*)+`, 'i');
/**
 * A calendar's answer to an invitation, by its subject: "Accepted: …", "Abgelehnt: …", "Accepté : …", "承諾: …". It
 * repeats the invitation's details, the organiser's name among them: when the owner organised a call and a
 * recruiter accepts it, the owner is the organiser of the recruiter's answer.
 */
export const CALENDAR_RESPONSE = new RegExp(`^\\s*(?:${alternatives((w) => w.calendarAnswers)})\\s*[:：]`, 'i');
/** A forward's subject prefix, after any reply prefixes (Fwd, WG, TR, RV, ENC, I, PD, VB, Doorst, 転送). */
const FORWARD_PREFIX = new RegExp(
  `^\\s*(?:(?:${alternatives((w) => w.replyPrefixes)})\\s*[:：]\\s*)*(?:${alternatives((w) => w.forwardPrefixes)})\\s*[:：]`,
  'i',
);
/** The line a mail program writes above a forwarded message, in the languages read. */
const FORWARD_MARKS = [...new Set(LANGUAGES.map((pack) => pack.mailShape.forwardLine))];
/**
 * The join links of the video meeting services an invitation carries, and a calendar file's opening line. The links
 * on ".com/" are searched only in a text that has ".com/" at all: one search instead of three for most mail.
 */
const MEETING_LINKS_COM = ['meet.google.com/', 'teams.microsoft.com/l/meetup-join', '.webex.com/'];
const MEETING_LINKS_OTHER = ['zoom.us/j/', 'BEGIN:VEVENT'];
/**
 * Whether a text holds any of a list of fixed strings. One search per string: each is a fast search for a fixed
 * string, and together they cost half of one pattern of alternatives, which tries every alternative at each
 * character (measured over the detection bench's bodies: 1.2 µs against 2.7 for the forward marks).
 */
function holdsAny(text: string, list: readonly string[]): boolean {
  for (const s of list) if (text.includes(s)) return true;
  return false;
}
/** A calendar's invitation subject: "Invitation: Sprint review @ Fri 9 Oct 2026 15:00 - 16:00 (CEST) (me@x.example)". */
const INVITE_SUBJECT = / @ [^@]{0,80}\d/;

/** A calendar invitation's subject or a video meeting's join link. */
export function isInvitation(subject: string, body: string): boolean {
  return INVITE_SUBJECT.test(subject) || holdsAny(body, MEETING_LINKS_OTHER) || (body.includes('.com/') && holdsAny(body, MEETING_LINKS_COM));
}

/** A forward, by its subject prefix or the header line above the forwarded message. */
export function isForwarded(rawSubject: string, body: string): boolean {
  return FORWARD_PREFIX.test(rawSubject) || holdsAny(body, FORWARD_MARKS);
}

/**
 * Whether the owner is named in the subject's title, read after owner-mask.ts has put "ownername" for their name:
 * only before a calendar's " @ ", whose "(owner@…)" tail names the owner on every invitation.
 */
export function ownerNamed(maskedSubject: string): boolean {
  const cut = maskedSubject.indexOf(' @ ');
  return (cut === -1 ? maskedSubject : maskedSubject.slice(0, cut)).includes('ownername');
}

/** Whether an address is a personal mailbox (a provider's), an organisation's, or unknown. */
export function sideOf(address: string): 'personal' | 'org' | 'none' {
  const domain = domainOfAddress(address);
  if (domain === '') return 'none';
  return isMailboxProvider(domain) ? 'personal' : 'org';
}

/** "Candidate" in the languages read, as a schedule's or an invitation's label names the person interviewed. */
const CANDIDATE = alternatives((w) => w.candidate);
/**
 * A label line: "Candidate: Matteo Greco", "Kandidat: …", "候補者：…" (at most 60 characters read after it). Tried
 * at each line's start only (sticky), not at every character of the text.
 */
const CANDIDATE_LINE = new RegExp(`[ \\t•*-]*(?:${CANDIDATE})\\s*[:：]\\s*([^\\n]{2,60})`, 'iy');

/** The first label line of a text, or null. */
function candidateLine(text: string): RegExpExecArray | null {
  for (let at = 0; at < text.length; ) {
    CANDIDATE_LINE.lastIndex = at;
    const hit = CANDIDATE_LINE.exec(text);
    if (hit) return hit;
    const nl = text.indexOf('\n', at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return null;
}
/**
 * What every word of CANDIDATE starts with (candid-, kandid-, kandyd-, sökande, bewerber, 候補者, 応募者): one search
 * says most mail has none. Written out for speed; tests/unit/classify/mail-shape.test.ts holds it to the packs.
 */
export const CANDIDATE_WORD = /[ck]and[iy]d|sökande|bewerber|候補者|応募者/i;
/** A name as a schedule writes it: "Pedro Alves", or an initial and a surname, "J. Szymański". */
const NAME = `\\p{Lu}[\\p{Ll}'’-]{1,30}\\s+\\p{Lu}[\\p{Ll}'’-]{1,30}|\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}'’-]{1,30}`;
/** In a title: "Technical interview – candidate Pedro Alves", "Rozmowa – kandydat Michał Zieliński", "candidata G. Ferraris". */
const CANDIDATE_NAMED = new RegExp(`(?:^|[\\s(\\[–—:-])(?:${CANDIDATE})[:：]?\\s+(${NAME})`, 'u');
/**
 * The label after the name, as a guest list writes it: "Jenna Whitaker (candidate)", "Álvaro Roig (candidato)".
 * Tried at each "(" only (sticky), found with indexOf: a global search tried the pattern at every character.
 */
const CANDIDATE_AFTER = new RegExp(`\\((?:${CANDIDATE})\\)`, 'iuy');
const NAME_BEFORE = new RegExp(`(${NAME})\\s*$`, 'u');
const CANDIDATE_SCAN = 2_000;

/** Lower case without accents: "Wiśniewska" is read as "wisniewska", as an address writes it. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether a name is the owner's: masked already, or a word of it that starts with a part of the owner's address
 * ("Magdalena" for magda.wisniewska@…), which the mask misses when the address shortens a name.
 */
function isOwnerName(name: string, ownerParts: readonly string[]): boolean {
  if (/ownername/i.test(name)) return true;
  const words = folded(name).split(/[^a-z]+/);
  // The parts come folded already (ownerMaskOf).
  return ownerParts.some((part) => words.some((w) => w.length >= 3 && (w.startsWith(part) || part.startsWith(w))));
}

/** The first name in the text labelled "(candidate)" after it that is not the owner's. */
function labelledAfter(text: string, ownerParts: readonly string[]): boolean {
  for (let at = text.indexOf('('); at !== -1; ) {
    CANDIDATE_AFTER.lastIndex = at;
    if (!CANDIDATE_AFTER.test(text)) {
      at = text.indexOf('(', at + 1);
      continue;
    }
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
    if (name && !isOwnerName(name[1]!, ownerParts)) return true;
    at = text.indexOf('(', CANDIDATE_AFTER.lastIndex);
  }
  return false;
}

/**
 * Whether the email names, as "the candidate", someone who is not the owner: a schedule or an invitation for an
 * interview the owner runs ("Candidate: Matteo Greco", "Jenna Whitaker (candidate)" to giulia.ferrari@…). Read after
 * owner-mask.ts has put "ownername" for the owner's name, so the owner's own "Candidate: Ravi Menon" does not count;
 * `ownerParts` (the name parts of the owner's address) catch what the mask misses.
 */
export function namesOtherCandidate(maskedSubject: string, maskedBody: string, ownerParts: readonly string[] = []): boolean {
  const head = maskedBody.length > CANDIDATE_SCAN ? maskedBody.slice(0, CANDIDATE_SCAN) : maskedBody;
  // Every pattern below needs a word for "candidate": most mail has none, and one search says so.
  if (!CANDIDATE_WORD.test(head) && !CANDIDATE_WORD.test(maskedSubject)) return false;
  const hit = candidateLine(head) ?? candidateLine(maskedSubject) ?? CANDIDATE_NAMED.exec(maskedSubject) ?? CANDIDATE_NAMED.exec(head.slice(0, 400));
  if (hit !== null && !isOwnerName(hit[1]!, ownerParts)) return true;
  return labelledAfter(maskedSubject, ownerParts) || labelledAfter(head, ownerParts);
}

/** The start of the line before the one that starts at `start` (> 0). */
function lineBefore(text: string, start: number): number {
  return start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
}
const BLANK = /^\s*$/;

/**
 * A panel's label in the languages read ("Interviewers:", "Entrevistadores:", "Commissione:", "面接官："), the employer's
 * side of a hiring by role (the owner named there hires or recruits for the role), and a meeting's organiser as
 * calendars label it: the owner who organises an interview runs it (a candidate is a guest of the employer's
 * calendar; a calendar's answer to the candidate's own invitation is told apart by its subject, CALENDAR_RESPONSE).
 */
const PANEL = alternatives((w) => w.panel);
/**
 * A panel's label line and the list after it: the rest of the line and up to four lines of names that follow
 * (lines without a label of their own). Tried at each line's start only, reading at most 500 characters.
 */
const PANEL_LINE = new RegExp(`[ \\t•*-]*(?:${PANEL})\\s*[:：]([^\\n]{0,200}(?:\\n[ \\t•*-]*[^\\n:：]{2,60}){0,4})`, 'iy');
/** The owner named with an interviewer's role: "Sander de Wit – interviewer", "ownername (entrevistador)". */
const OWNER_ROLE = new RegExp(`ownername\\s{0,3}[(–—-]\\s{0,3}(?:${alternatives((w) => w.interviewerRoles)})`, 'i');

/**
 * Whether the owner sits on the panel: named in an interview's list of interviewers, or with an interviewer's role
 * next to their name. Read after owner-mask.ts has put "ownername" for the owner's name: an interview the owner runs,
 * not one they attend as the candidate (whose invitation lists them among the guests, not the interviewers).
 */
export function ownerOnPanel(maskedSubject: string, maskedBody: string): boolean {
  const head = maskedBody.length > CANDIDATE_SCAN ? maskedBody.slice(0, CANDIDATE_SCAN) : maskedBody;
  const first = head.indexOf('ownername');
  if (first === -1) return false;
  if (OWNER_ROLE.test(head)) return true;
  // A label's list reaches four lines below its colon, and the colon may stand below the label after blank lines:
  // only the lines from there above the first "ownername" to the line of the last can start a list that names the
  // owner (more lines tried than that would change nothing, fewer could).
  let at = head.lastIndexOf('\n', first - 1) + 1;
  for (let up = 0; up < 4 && at > 0; up++) at = lineBefore(head, at);
  while (at > 0 && BLANK.test(head.slice(lineBefore(head, at), at))) at = lineBefore(head, at);
  if (at > 0) at = lineBefore(head, at);
  const last = head.lastIndexOf('ownername');
  while (at <= last) {
    PANEL_LINE.lastIndex = at;
    const hit = PANEL_LINE.exec(head);
    if (hit && hit[1]!.includes('ownername')) return true;
    const nl = head.indexOf('\n', at);
    if (nl === -1) break;
    at = nl + 1;
  }
  return false;
}

