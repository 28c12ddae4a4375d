/**
 * Drafted replies: for a rule of the playbook, a short letter filled from the timeline, or a clear "no letter"
 * with what to do instead. Pure: the clock (`now`) comes in with the input.
 */
import { SOURCES, STANCES } from '../advice/sources';
import type { LangCode } from '../lang/types';
import { PLAYBOOK, RULES } from '../playbook';
import type { Reminder } from '../reminders/types';
import type { DraftLanguage, Settings } from '../settings';
import type { Person, Stance, Timeline, TimelineEvent } from '../timeline/types';
import { gatherFacts } from './facts';
import { letterLang, type LetterLang } from './locale';
import { passOnNote } from './pass-on';
import { REFLECTION_QUESTIONS } from './reflection';
import { renderTemplate } from './render';
import { TONES, type DraftInput, type DraftResult, type NoDraft, type OfferAnswer, type Tone } from './types';

function stanceOf(input: Pick<DraftInput, 'stance' | 'application' | 'settings'>): Stance {
  const stance = input.stance ?? input.application?.stance ?? input.settings?.defaultStance;
  return stance === 'clean_break' ? 'clean_break' : 'door_open';
}

/**
 * The draft for one rule, stance and tone; or, when the rule sends no letter, a NoDraft saying why:
 * - `clean-break`: gracious-reply, be-a-resource and keep-door-open in the clean-break stance (004: no letter after
 *   a rejection); carries the reflection questions to answer instead;
 * - `no-message`: rules whose letters are null in the playbook (reflect, with its questions; move-on, prepare,
 *   interview-soon, assessment-due).
 * Missing facts never leave a hole: the sentence is left out, or a "[label]" blank listed in `blanks` remains.
 *
 * @example
 * const result = draftFor({ ruleId: 'thank-you-email', tone: 'warm', application, event, person, notes,
 *   settings, userName: 'Sam', asReply: true, now });
 * if (result.kind === 'draft') insert(result.body); else showReflection(result.reflection);
 */
export function draftFor(input: DraftInput): DraftResult {
  const { ruleId } = input;
  const stance = stanceOf(input);
  const rule = RULES[ruleId];
  const letters = PLAYBOOK[ruleId]?.letters;
  if (!letters) {
    return {
      kind: 'none',
      ruleId,
      stance,
      reason: 'no-message',
      explain: rule?.why ?? 'This step needs no message.',
      source: SOURCES[rule?.source ?? 'practice'],
      reflection: ruleId === 'reflect' ? REFLECTION_QUESTIONS : null,
    };
  }
  const meta = letters.meta;
  if (meta.doorOpenOnly && stance === 'clean_break') {
    return {
      kind: 'none',
      ruleId,
      stance,
      reason: 'clean-break',
      explain: STANCES.clean_break.explain,
      source: SOURCES[STANCES.clean_break.source],
      reflection: REFLECTION_QUESTIONS,
    };
  }
  const tone: Tone = TONES.includes(input.tone) ? input.tone : 'warm';
  const lang = letterLang(input.lang);
  const written = lang === 'en' ? letters : letters.langs[lang];
  const facts = gatherFacts(input, meta, lang);
  const template = (written.byAnswer?.[input.offerAnswer ?? 'ask-time'] ?? written.tones)[tone];
  const rendered = renderTemplate(template, facts, !input.asReply && !meta.card);
  const passOn = input.via && input.person && input.via.id !== input.person.id ? passOnNote(input.via, input.person, tone, lang) : null;
  if (passOn) {
    // The letter is for Ana but goes to Priya: ask Priya to pass it on, then the letter itself.
    rendered.body = `${passOn}\n\n${rendered.body}`;
    rendered.blanks = rendered.blanks.map((b) => ({ ...b, start: b.start + passOn.length + 2, end: b.end + passOn.length + 2 }));
  }
  return {
    kind: 'draft',
    ruleId,
    stance,
    tone,
    lang,
    subject: rendered.subject,
    body: rendered.body,
    blanks: rendered.blanks,
    source: SOURCES[rule.source],
    why: rule.why,
  };
}

export interface ReminderDraftOptions {
  tone: Tone;
  userName?: string | null;
  /** Default: true when the reminder belongs to a thread (the draft goes into the reply editor). */
  asReply?: boolean;
  /** Overrides the application's stance for this one draft (the user switched it in the popup). */
  stance?: Stance | null;
  now?: string | null;
  offerAnswer?: OfferAnswer;
  /** See DraftInput.via: the letter goes to this person, who is asked to pass it on. */
  via?: Person | null;
  /**
   * The language of this one draft (the user switched it): a language code, or 'conversation' for the language the
   * conversation was read in. Default: the settings' draftLanguage. Without letters in it, the draft is English.
   */
  lang?: DraftLanguage | null;
}

/**
 * The language a reminder's draft is written in: the one asked for, else the conversation's: the reminder's event,
 * else the latest email of its thread read in a language (an event stored before languages were kept reads as
 * English). English when the playbook has no letters in that language.
 */
export function draftLanguageFor(
  reminder: Pick<Reminder, 'eventId' | 'threadId'>,
  timeline: Pick<Timeline, 'events'>,
  wanted: DraftLanguage | null | undefined,
): LetterLang {
  if (wanted && wanted !== 'conversation') return letterLang(wanted);
  let found: LangCode | undefined;
  let latest: TimelineEvent | undefined;
  for (const e of timeline.events) {
    if (e.id === reminder.eventId) found = e.lang;
    else if (reminder.threadId && e.threadId === reminder.threadId && e.lang && (!latest || e.at > latest.at)) latest = e;
  }
  return letterLang(found ?? latest?.lang);
}

/** draftFor a reminder: finds its application, event, person, the application's people and notes in the timeline. */
export function draftForReminder(
  reminder: Reminder,
  timeline: Timeline,
  settings: Settings,
  opts: ReminderDraftOptions,
): DraftResult {
  const application = timeline.applications.find((a) => a.id === reminder.applicationId);
  if (!application) {
    const notFound: NoDraft = {
      kind: 'none',
      ruleId: reminder.ruleId,
      stance: opts.stance ?? settings.defaultStance,
      reason: 'not-found',
      explain: 'This reminder’s application is no longer on the timeline.',
      source: SOURCES[RULES[reminder.ruleId]?.source ?? 'practice'],
      reflection: null,
    };
    return notFound;
  }
  return draftFor({
    ruleId: reminder.ruleId,
    tone: opts.tone,
    stance: opts.stance ?? null,
    application,
    event: timeline.events.find((e) => e.id === reminder.eventId) ?? null,
    person: reminder.personId ? (timeline.people.find((p) => p.id === reminder.personId) ?? null) : null,
    people: timeline.people.filter((p) => p.applicationId === application.id),
    notes: timeline.notes.filter((n) => n.applicationId === application.id),
    settings,
    userName: opts.userName ?? null,
    asReply: opts.asReply ?? reminder.threadId !== null,
    now: opts.now ?? null,
    offerAnswer: opts.offerAnswer,
    via: opts.via ?? null,
    lang: draftLanguageFor(reminder, timeline, opts.lang ?? settings.draftLanguage),
  });
}
