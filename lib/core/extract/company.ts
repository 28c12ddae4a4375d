/**
 * The company an email is about. An application-tracking system or job board only relays the mail, so its name
 * and domain never count; the company comes from the sender's display name ("Acme via Greenhouse", "Acme Hiring
 * Team"), the subject, the text ("your application to Acme", "position at Acme"), the signature ("The Acme
 * Recruiting Team"), and only last from a company's own mail domain.
 */
import type { Address } from '../email';
import { domainOf, isFreemail, knownSender, KNOWN_SENDERS, localPieces } from '../classify/senders';
import {
  AFTER_COMPANY,
  BEFORE_COMPANY,
  BEFORE_COMPANY_IN_SUBJECT,
  BEFORE_COMPANY_WEAK,
  CONNECTORS,
  DISPLAY_PREFIXES,
  DISPLAY_SUFFIXES,
  FIRST_WORD_BLOCK,
  NOT_A_COMPANY,
  ROLE_MAILBOX_PIECES,
  ROLE_WORDS,
} from './company-words';

/**
 * Reads a company name forward from `start`: capitalised words (or ones with digits or dots, like "Nuts.com"),
 * with connectors between them, up to six words; stops at punctuation.
 */
function nameFrom(text: string, start: number): string | null {
  const words: string[] = [];
  let i = start;
  while (words.length < 7 && i < text.length) {
    while (text[i] === ' ' || text[i] === '*' || text[i] === '"') i++;
    let j = i;
    while (j < text.length && !/[\s,;:!?()[\]{}<>"|*–—]/.test(text[j]!)) j++;
    let word = text.slice(i, j);
    const legalSuffix = /^(inc|co|corp|ltd|llc|s\.a|gmbh|plc)\.?$/i.test(word);
    const endsSentence = /\.$/.test(word) && !legalSuffix;
    if (endsSentence) word = word.slice(0, -1);
    if (legalSuffix && words.length > 0) {
      words.push(word);
      break;
    }
    if (word === '') break;
    const isName = /^[A-Z0-9ÀÁÂÄÇÉÈÊËÍÎÏÑÓÔÖÚÛÜŁŚŻŹ]/.test(word) || /^[a-z]+[A-Z]/.test(word);
    if (isName) words.push(word);
    else if (words.length > 0 && CONNECTORS.has(word.toLowerCase()) && !endsSentence) words.push(word);
    else break;
    if (endsSentence || j >= text.length || /[,;:!?()\n–—|]/.test(text[j]!)) break;
    i = j;
  }
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 0) return null;
  return accept(words.join(' '));
}

/** Words that name a team or campus after the company ("Acme Campus", "Acme Global Talent"), dropped from the end. */
const TEAM_SUFFIXES = new Set(['campus', 'university', 'global', 'us', 'talent', 'graduate']);

/** `text` without the words of `words` at its end, in one pass from the end (a regex `(\s+word)+$` was quadratic). */
function dropTrailingWords(text: string, words: ReadonlySet<string>): string {
  let end = text.length;
  for (;;) {
    let start = end;
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let space = start;
    while (space > 0 && /\s/.test(text[space - 1]!)) space--;
    if (space === start || space === 0 || !words.has(text.slice(start, end).toLowerCase())) return text.slice(0, end);
    end = space;
  }
}

/** Reads a company name backward from `end` (for "The Acme Recruiting Team"). */
function nameBefore(text: string, end: number): string | null {
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 80);
  const segment = text.slice(lineStart, end);
  const cut = Math.max(segment.lastIndexOf(','), segment.lastIndexOf('.'), segment.lastIndexOf('!'), segment.lastIndexOf(':'));
  const trimmed = segment
    .slice(cut + 1)
    .trim()
    .replace(/^[^A-Za-z0-9À-ž]+/, '')
    .replace(/^(the|your|our)\s+/i, '')
    .replace(/['’]s$/, '');
  const tail = dropTrailingWords(trimmed, TEAM_SUFFIXES);
  if (tail === '') return null;
  const words = tail.split(/\s+/);
  if (words.length > 5 || !words.every((w) => /^[A-Z0-9&]/.test(w) || CONNECTORS.has(w.toLowerCase()))) return null;
  return accept(tail);
}

function accept(name: string): string | null {
  const cleaned = name.replace(/['’]s$/, '').replace(/^the\s+(?=[A-Z].*\s)/i, (m) => m).trim();
  if (cleaned.length < 2 || cleaned.length > 60) return null;
  if (/[{}$[\]<>@]/.test(cleaned)) return null;
  const lowerWords = cleaned.toLowerCase().split(/\s+/);
  if (lowerWords.every((w) => NOT_A_COMPANY.has(w) || CONNECTORS.has(w))) return null;
  if (FIRST_WORD_BLOCK.has(lowerWords[0]!)) return null;
  if (ROLE_WORDS.test(cleaned)) return null;
  if (KNOWN_SENDERS.some((s) => s.name.toLowerCase() === cleaned.toLowerCase())) return null;
  return cleaned;
}

function fromDisplayName(from: Address): string | null {
  const name = (from.name ?? '').trim();
  if (name === '') return null;
  const lower = name.toLowerCase();
  const via = lower.indexOf(' via ');
  if (via > 0) return accept(name.slice(0, via).trim());
  for (const suffix of DISPLAY_SUFFIXES) {
    if (lower.endsWith(suffix)) return accept(name.slice(0, -suffix.length).replace(/^the\s+/i, '').trim());
  }
  for (const prefix of DISPLAY_PREFIXES) {
    if (lower.startsWith(prefix)) return accept(name.slice(prefix.length).trim());
  }
  // A relay's display name is often just the company ("Visa <notification@smartrecruiters.com>"), and so is a
  // company's role mailbox ("Riverbend Medical Center <hr-offers@riverbendmc.org>").
  const sender = knownSender(from);
  const relay = sender !== null && (sender.role === 'ats' || sender.role === 'assessment');
  const address = from.address ?? '';
  const roleMailbox =
    sender === null && !isFreemail(domainOf(address)) && localPieces(address).some((piece) => ROLE_MAILBOX_PIECES.has(piece));
  if ((relay || roleMailbox) && !/\b(no-?reply|notifications?|team)\b/i.test(name) && name.split(/\s+/).length <= 5) {
    return accept(name);
  }
  return null;
}

/** The company is named near the top; the signature near the bottom. Only those parts are searched. */
const HEAD_CAP = 8_000;
const TAIL_CAP = 3_000;

/**
 * Anchors grouped by their last word, with the space before it (" at ", " to ", " bei "): one search per group finds
 * where any of its anchors may end, and the group's anchors are checked there. Thirty anchors cost eight searches
 * of the text instead of thirty. Built once per list.
 */
interface AnchorGroup {
  key: string;
  /** The anchors that end with the key, with their place in the list. */
  members: { anchor: string; index: number }[];
  /** The longest of them. */
  longest: number;
}
const ANCHOR_GROUPS = new WeakMap<readonly string[], AnchorGroup[]>();
function anchorGroups(anchors: readonly string[]): AnchorGroup[] {
  let groups = ANCHOR_GROUPS.get(anchors);
  if (!groups) {
    const byKey = new Map<string, AnchorGroup>();
    anchors.forEach((anchor, index) => {
      const space = anchor.lastIndexOf(' ', anchor.length - 2);
      const key = space > 0 ? anchor.slice(space) : anchor;
      const group = byKey.get(key) ?? { key, members: [], longest: 0 };
      group.members.push({ anchor, index });
      group.longest = Math.max(group.longest, anchor.length);
      byKey.set(key, group);
    });
    groups = [...byKey.values()];
    ANCHOR_GROUPS.set(anchors, groups);
  }
  return groups;
}

/** Tries of one anchor: its first three places in the text. */
const ANCHOR_TRIES = 3;

/**
 * The company named after the earliest anchor in the text (an earlier anchor of the list first, at the same place)
 * whose following words make a name; each anchor is tried at its first three places at most.
 */
function fromAnchors(text: string, anchors: readonly string[], lower: string = text.toLowerCase()): string | null {
  let bestAt = -1;
  let bestIndex = -1;
  let bestName: string | null = null;
  const tries = new Uint8Array(anchors.length);
  for (const { key, members, longest } of anchorGroups(anchors)) {
    for (let end = lower.indexOf(key); end !== -1; end = lower.indexOf(key, end + 1)) {
      const keyEnd = end + key.length;
      // Every anchor of the group that ends here starts after the best place found: so does every later one.
      if (bestAt !== -1 && keyEnd - longest > bestAt) break;
      for (const { anchor, index } of members) {
        const at = keyEnd - anchor.length;
        if (at < 0 || tries[index]! >= ANCHOR_TRIES || !lower.startsWith(anchor, at)) continue;
        // Past the best place found (or at it, for a later anchor of the list): not worth a try.
        if (bestAt !== -1 && (at > bestAt || (at === bestAt && index > bestIndex))) continue;
        tries[index]!++;
        const name = nameFrom(text, at + anchor.length);
        if (name) {
          bestAt = at;
          bestIndex = index;
          bestName = name;
          tries[index] = ANCHOR_TRIES;
        }
      }
    }
  }
  return bestName;
}

function fromSignature(text: string): string | null {
  const lower = text.toLowerCase();
  // Reads only the tail: callers pass at most TAIL_CAP characters.
  for (const anchor of AFTER_COMPANY) {
    const at = lower.lastIndexOf(anchor);
    if (at <= 0) continue;
    const name = nameBefore(text, at);
    if (name) return name;
  }
  return null;
}

/** "Acme | Application Update", "Acme — Nous avons bien reçu votre candidature": the part before the separator. */
function fromSubjectPrefix(subject: string): string | null {
  const m = /^(.{2,60}?)\s+[|—–-]\s+(.+)$/.exec(subject.slice(0, 200));
  if (!m) return null;
  if (!/applica|interview|offer|candidat|bewerb|entretien|entrevista|assessment|update/i.test(m[2]!)) return null;
  const left = m[1]!.trim();
  if (left.split(/\s+/).length > 4) return null;
  return nameFrom(left, 0) === left ? accept(left) : null;
}

/** "recruiter@uber.com" -> "Uber"; never a relay's or a mailbox provider's domain. */
function fromDomain(from: Address): string | null {
  const domain = domainOf(from.address ?? '');
  if (domain === '' || knownSender(from) || isFreemail(domain)) return null;
  const parts = domain.split('.').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);
  let core = parts[parts.length - 2]!;
  if (secondLevel.has(core) && parts.length >= 3) core = parts[parts.length - 3]!;
  if (/^(mail|email|e|info|jobs|careers|hr|noreply|notifications?)$/.test(core) || core.length < 2) return null;
  // "kessler-digital.de" reads as "Kessler Digital".
  return core
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function extractCompany(subject: string, body: string, from: Address): string | null {
  const head = body.length > HEAD_CAP ? body.slice(0, HEAD_CAP) : body;
  const tail = body.length > TAIL_CAP ? body.slice(body.length - TAIL_CAP) : body;
  let headLower: string | null = null;
  const lowerHead = () => (headLower ??= head.toLowerCase());
  return (
    fromDisplayName(from) ??
    fromAnchors(subject, BEFORE_COMPANY_IN_SUBJECT) ??
    fromSubjectPrefix(subject) ??
    fromAnchors(head, BEFORE_COMPANY, lowerHead()) ??
    fromSignature(tail) ??
    fromAnchors(head, BEFORE_COMPANY_WEAK, lowerHead()) ??
    spelledAsWritten(fromDomain(from), `${subject}\n${head}\n${tail}`)
  );
}

/**
 * A domain is the last resort, and then it is spelled as the email writes the name: "northwindlabs.com" becomes
 * "Northwind Labs" when the signature says so, not "Northwindlabs". Up to three capitalised words whose letters
 * make the domain's name; one pass over the words.
 */
function spelledAsWritten(guess: string | null, text: string): string | null {
  if (!guess) return null;
  const target = guess.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (target.length < 4) return guess;
  // Cheap first: the name's first letters must be in the text at all, or there is nothing to find.
  const scope = text.length > 6_000 ? `${text.slice(0, 3_000)}\n${text.slice(-3_000)}` : text;
  if (!scope.toLowerCase().includes(target.slice(0, 4))) return guess;
  const words = [...scope.matchAll(/[\p{Lu}][\p{L}\p{N}&'’]*/gu)].slice(0, 1_500);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      const w = words[j]!;
      // Words of one name stand next to each other: only spaces (or a hyphen) between them.
      if (j > i) {
        const prev = words[j - 1]!;
        const gap = scope.slice(prev.index! + prev[0].length, w.index!);
        if (!/^[ -]$/.test(gap)) break;
      }
      joined += w[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (joined === target && j > i) return scope.slice(words[i]!.index!, w.index! + w[0].length);
      if (!target.startsWith(joined)) break;
    }
  }
  return guess;
}
