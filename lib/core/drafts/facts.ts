/**
 * The facts a draft is filled from, gathered from the timeline: who it goes to, who else to thank, the company,
 * the role, the day, the topic the user noted, what they promised to send. A fact the timeline lacks is simply
 * absent, so the template picks a sentence that reads well without it.
 */
import type { Person, TimelineEvent } from '../timeline/types';
import { clockTime, dayPhrase, longDay } from './format-day';
import { joinNamesIn, rolePhraseIn, type LetterLang } from './locale';
import type { DraftInput, DraftNote } from './types';

export type FactKey =
  | 'first'
  | 'name'
  | 'names'
  | 'others'
  | 'company'
  | 'role'
  | 'position'
  | 'day'
  | 'when'
  | 'time'
  | 'scheduling'
  | 'topic'
  | 'resource'
  | 'intro'
  | 'deadline'
  | 'user';

export type Facts = Partial<Record<FactKey, string>>;

/** Whom a rule's message goes to when the caller gave no person. */
export type Recipient = 'interviewer' | 'helper' | 'contact';

const MAX_FACT = 120;
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame']);
const MISSING = new Set(['', 'unknown', 'n/a', 'na', 'none', 'null', 'undefined', 'tbd']);
/** Words that start a noted topic but read lower-case inside a sentence ("our talk about the new pricing"). */
const LOWER_LEADS = new Set(['the', 'a', 'an', 'their', 'your', 'our', 'how', 'what', 'why', 'his', 'her', 'its']);

/** User and email text made safe for a letter: no braces or brackets (ours mark slots and blanks), one line. */
export function clean(text: string | null | undefined, max = MAX_FACT): string | null {
  if (typeof text !== 'string') return null;
  const flat = text.slice(0, 2000).replace(/[{}[\]<>]/g, '').replace(/\s+/g, ' ').trim();
  if (MISSING.has(flat.toLowerCase()) || flat.length > max) return null;
  return flat;
}

/** First name for "Hi Ana,": skips titles, refuses an email address. */
export function firstName(name: string | null | undefined): string | null {
  const full = clean(name, 80);
  if (!full || full.includes('@')) return null;
  const words = full.split(' ').filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const first = words[0]?.replace(/(?<![,;])[,;]+$/, '');
  return first && /\p{L}/u.test(first) ? first : null;
}

function fullName(name: string | null | undefined): string | null {
  const full = clean(name, 80);
  return full && !full.includes('@') ? full : null;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Chloe" (at most four names, then "and the rest of the panel"). */
export function joinNames(names: string[]): string | null {
  return joinNamesIn('en', names);
}

/** A noted topic as a phrase inside a sentence: first sentence only, no closing stop, a leading "The" lowered. */
export function topicPhrase(text: string | null | undefined): string | null {
  const flat = clean(text, 2000);
  if (!flat) return null;
  const firstSentence = (flat.split(/(?<=[.!?])\s/)[0] ?? flat).replace(/(?<![\s.!?;:,])[\s.!?;:,]+$/, '');
  if (firstSentence.length === 0 || firstSentence.length > MAX_FACT) return null;
  const lead = firstSentence.split(' ')[0] ?? '';
  return LOWER_LEADS.has(lead.toLowerCase()) ? lead.toLowerCase() + firstSentence.slice(lead.length) : firstSentence;
}

/** A note's "Ana: topic" prefix, when the prefix is a known first name. */
function splitOwner(text: string, names: Map<string, string>): { owner: string | null; rest: string } {
  const cut = text.slice(0, 40).search(/\s?[:\u2013\u2014-]\s/);
  if (cut > 0) {
    const owner = names.get(text.slice(0, cut).trim().toLowerCase());
    if (owner) return { owner, rest: text.slice(cut).replace(/^\s?[:\u2013\u2014-]\s+/, '') };
  }
  return { owner: null, rest: text };
}

function latest(notes: DraftNote[], kind: DraftNote['kind']): DraftNote[] {
  return notes
    .filter((n) => n.kind === kind && typeof n.text === 'string' && n.text.trim() !== '')
    .sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}

/**
 * The topic to mention to this recipient: their own first ("Ana: event sourcing", or tied to them by id), else a
 * topic noted for the interview without a name, which belongs to everyone who was there. A topic that names someone
 * else is never used.
 */
function topicFor(notes: DraftNote[], people: Person[], recipient: Person | null): string | null {
  const byFirst = new Map<string, string>();
  for (const p of people) {
    const f = firstName(p.name);
    if (f) byFirst.set(f.toLowerCase(), p.id);
  }
  let shared: string | null = null;
  for (const note of latest(notes, 'topic')) {
    const { owner, rest } = splitOwner(note.text, byFirst);
    const ownerId = note.personId ?? owner;
    const phrase = topicPhrase(rest);
    if (!phrase) continue;
    if (recipient && ownerId === recipient.id) return phrase;
    if (!ownerId && shared === null) shared = phrase;
  }
  return shared;
}

function interviewDate(event: TimelineEvent | null | undefined): string | null {
  return event ? (event.interview?.start ?? event.at ?? null) : null;
}

export function pickRecipient(kind: Recipient, input: DraftInput, interviewers: Person[]): Person | null {
  if (input.person) return input.person;
  const people = input.people ?? [];
  // The letter answers an email: its sender is the one to address (the rejection's author, the offer's sender).
  const sender = input.event?.sender ? people.find((p) => p.email === input.event?.sender && p.role !== 'interviewer') : undefined;
  if (sender && (kind === 'contact' || kind === 'helper')) return sender;
  const helper = people.find((p) => p.role === 'recruiter') ?? people.find((p) => p.role === 'helper') ?? null;
  const sole = interviewers.length === 1 ? (interviewers[0] ?? null) : null;
  if (kind === 'interviewer') return sole;
  if (kind === 'helper') return helper;
  return helper ?? sole;
}

/** Interviewers of this event (or of the application, when none were tied to the event). */
export function interviewersOf(input: DraftInput): Person[] {
  const all = (input.people ?? []).filter((p) => p.role === 'interviewer' && p.applicationId === input.application.id);
  const eventId = input.event?.id;
  const ofEvent = eventId ? all.filter((p) => p.eventId === eventId) : [];
  // In the order the email named them ("Ana and Ben"), whatever order the store returns them in.
  const rank = (p: Person) => (typeof p.rank === 'number' ? p.rank : Number.MAX_SAFE_INTEGER);
  return (ofEvent.length > 0 ? ofEvent : all).slice().sort((a, b) => rank(a) - rank(b));
}

export interface FactOptions {
  recipient: Recipient;
  /** Whether the day of `event` is an interview day worth naming (thank-yous, follow-ups). */
  interviewDay: boolean;
  /** One letter per interviewer (each names only its recipient). */
  personal: boolean;
  /** A card by post: read days later, so days are written out, never "yesterday". */
  card?: boolean;
}

/** "Tuesday 4 March at 2pm", "Dienstag, 4. März, um 14 Uhr", "mardi 4 mars à 14 h", "martes 4 de marzo a las 14:00". */
const AT: Record<LetterLang, string> = { en: ' at ', de: ', um ', fr: ' à ', es: ' a las ', pt: ', às ', it: ' alle ', nl: ' om ' };

export function gatherFacts(input: DraftInput, options: FactOptions, lang: LetterLang = 'en'): Facts {
  const { application, settings, event } = input;
  const zone = settings.timeZone;
  const interviewers = interviewersOf(input);
  const recipient = pickRecipient(options.recipient, input, interviewers);
  const facts: Facts = {};
  const set = (key: FactKey, value: string | null | undefined) => {
    if (value) facts[key] = value;
  };

  set('first', firstName(recipient?.name));
  set('name', fullName(recipient?.name));
  const others = interviewers.filter((p) => p.id !== recipient?.id).map((p) => firstName(p.name));
  const otherNames = joinNamesIn(lang, others.filter((n): n is string => n !== null && n !== facts.first));
  if (!recipient && interviewers.length > 1) set('names', otherNames);
  else set('others', otherNames);

  const company = clean(application.company, 80);
  const role = clean(application.role, 80);
  set('company', company);
  set('role', role);
  set('position', rolePhraseIn(lang, role, company));

    // A card arrives days after it is written: "yesterday" would be wrong by then, so its day is written out.
  if (options.interviewDay) set('day', dayPhrase(interviewDate(event), zone, options.card ? null : input.now, lang));
  if (event?.interview?.start) {
    const day = longDay(event.interview.start, zone, lang);
    const time = clockTime(event.interview.start, zone, lang);
    set('when', day && time ? `${day}${AT[lang]}${time}` : day);
    set('time', time);
  }
  if (event?.links?.some((l) => l.kind === 'scheduling')) set('scheduling', 'yes');
  set('deadline', longDay(event?.deadline ?? event?.decisionBy ?? null, zone, lang));

  const notes = (input.notes ?? []).filter((n) => n.applicationId === application.id);
  const peopleAll = input.people ?? [];
  set('topic', topicFor(notes, peopleAll, recipient));
  set('resource', clean(latest(notes, 'resource')[0]?.text, 200)?.replace(/(?<![.!?])[.!?]+$/, ''));
  set('intro', clean(latest(notes, 'introduction')[0]?.text)?.replace(/(?<![.!?])[.!?]+$/, ''));
  set('user', clean(input.userName, 80));
  return facts;
}
