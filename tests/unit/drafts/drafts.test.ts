/**
 * Drafted replies: every rule, stance and tone gives a letter a user could send as it stands (or a clear "no
 * letter"), filled from the timeline, short, and clean of the advice check's warnings, with complete or sparse data.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../lib/core/advice/sources';
import { RULES } from '../../../lib/core/playbook';
import {
  ADVICE_WARNINGS,
  checkAdvice,
  draftFor,
  draftForReminder,
  REFLECTION_QUESTIONS,
  REFLECTION_SKIP,
  TONES,
  type Draft,
  type DraftInput,
  type DraftResult,
  type OfferAnswer,
} from '../../../lib/core/drafts';
import type { RuleId } from '../../../lib/core/reminders/types';
import type { Stance } from '../../../lib/core/timeline/types';
import { ana, application, ben, chloe, event, fullInput, note, notes, person, reminder, sameEvening, settings, timeline } from './fixtures';
import { articleRuns, describeWithShared, SHARED_ARTICLES } from '../../support/shared';

const ALL_RULES = Object.keys(RULES) as RuleId[];
const MESSAGE_RULES = ALL_RULES.filter((r) => RULES[r].message);
const DOOR_OPEN_ONLY: RuleId[] = ['gracious-reply', 'be-a-resource', 'keep-door-open'];
const STANCES: Stance[] = ['door_open', 'clean_break'];


/** No role, no interviewer, no notes, no user name, no event (and, the hardest case, no company either). */
function sparseInput(ruleId: RuleId, overrides: Partial<DraftInput> = {}): DraftInput {
  return { ruleId, tone: 'warm', stance: 'door_open', application: { ...application, role: null }, settings, asReply: false, ...overrides };
}

function asDraft(result: DraftResult): Draft {
  if (result.kind !== 'draft') throw new Error(`expected a draft, got ${result.reason}`);
  return result;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A letter that reads as written: nothing a template left behind, brackets only around the reported blanks. */
function expectCleanLetter(draft: Draft) {
  const { body, blanks } = draft;
  expect(body).not.toMatch(/[{}]|\bundefined\b|\bnull\b|\bNaN\b|\[object/);
  expect(body).not.toMatch(/ {2}| [,.;:!?]|,,|\.\.|,\.|\n{3}|^\s|\s$|[ \t]\n|\( ?\)/);
  let outside = body;
  for (const blank of [...blanks].reverse()) {
    expect(body.slice(blank.start, blank.end)).toBe(`[${blank.label}]`);
    outside = outside.slice(0, blank.start) + outside.slice(blank.end);
  }
  expect(outside).not.toMatch(/[[\]]/);
  expect(blanks.length).toBeLessThanOrEqual(1);
  for (const sentenceStart of body.matchAll(/[.!?]\s+(\S)/g)) expect(sentenceStart[1]).toMatch(/[A-Z[]/);
  if (draft.subject !== null) expect(draft.subject).toMatch(/^[A-Z][^{}[\]\n]{2,80}$/);
}

function wordLimit(ruleId: RuleId): number {
  if (ruleId === 'thank-you-note-post') return 60;
  if (ruleId === 'thank-you-email' || ruleId === 'thank-you-each') return 120;
  return 150;
}

const OFFER_ANSWERS: OfferAnswer[] = ['ask-time', 'accept', 'discuss'];
const matrix = MESSAGE_RULES.flatMap((ruleId) =>
  STANCES.flatMap((stance) =>
    TONES.flatMap((tone) =>
      (ruleId === 'answer-offer' ? OFFER_ANSWERS : (['ask-time'] as OfferAnswer[])).map(
        (offerAnswer) => [ruleId, stance, tone, offerAnswer] as const,
      ),
    ),
  ),
);
const writes = matrix.filter(([ruleId, stance]) => !(stance === 'clean_break' && DOOR_OPEN_ONLY.includes(ruleId)));

describe('every rule that calls for a message, in every stance where it applies and every tone', () => {
  const datasets = {
    complete: fullInput,
    sparse: sparseInput,
    'sparse, no company': (r: RuleId, o: Partial<DraftInput> = {}) => sparseInput(r, { application: { ...application, role: null, company: '' }, ...o }),
  } as const;

  describe.each(Object.entries(datasets))('with %s data', (_label, make) => {
    it.each(writes)('%s (%s, %s, %s) reads cleanly, is short, and passes its own advice check', (ruleId, stance, tone, offerAnswer) => {
      const draft = asDraft(draftFor(make(ruleId, { stance, tone, offerAnswer })));
      expectCleanLetter(draft);
      expect(words(draft.body)).toBeLessThanOrEqual(wordLimit(ruleId));
      expect(checkAdvice(draft.body, { ruleId })).toEqual([]);
      expect(draft).toMatchObject({ ruleId, stance, tone, source: SOURCES[RULES[ruleId].source], why: RULES[ruleId].why });
    });
  });

  it.each(writes)('%s (%s, %s, %s): a subject for a new message, none for a reply in the thread', (ruleId, stance, tone, offerAnswer) => {
    const fresh = asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer })));
    const reply = asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer, asReply: true })));
    expect(reply.subject).toBeNull();
    expect(reply.body).toBe(fresh.body);
    if (ruleId === 'thank-you-note-post') expect(fresh.subject).toBeNull();
    else expect(fresh.subject).toEqual(expect.any(String));
  });

  it.each(TONES)('the three tones differ (%s is its own letter)', (tone) => {
    const others = TONES.filter((t) => t !== tone).map((t) => asDraft(draftFor(fullInput('thank-you-email', { tone: t }))).body);
    expect(others).not.toContain(asDraft(draftFor(fullInput('thank-you-email', { tone }))).body);
  });
});

describe('after a rejection, the clean break writes no letter (004)', () => {
  it.each(DOOR_OPEN_ONLY.flatMap((r) => TONES.map((t) => [r, t] as const)))('%s (%s) offers the reflection instead', (ruleId, tone) => {
    const result = draftFor(fullInput(ruleId, { stance: 'clean_break', tone }));
    expect(result).toMatchObject({ kind: 'none', reason: 'clean-break', stance: 'clean_break', source: SOURCES['004'] });
    expect(result.kind === 'none' && result.reflection).toEqual(REFLECTION_QUESTIONS);
  });

  it.each([
    ['the application chose the clean break', { ...application, stance: 'clean_break' as const }, settings.defaultStance],
    ['the settings default to it', application, 'clean_break' as const],
  ])('the stance comes from the timeline when not given: %s', (_name, app, defaultStance) => {
    const result = draftFor(fullInput('gracious-reply', { stance: null, application: app, settings: { ...settings, defaultStance } }));
    expect(result).toMatchObject({ kind: 'none', reason: 'clean-break' });
  });

  it('the user can switch one rejection back to the open door', () => {
    const result = draftFor(fullInput('gracious-reply', { stance: 'door_open', application: { ...application, stance: 'clean_break' } }));
    expect(result.kind).toBe('draft');
  });

  it('a thank-you is still written in the clean-break stance: it comes before any rejection', () => {
    expect(draftFor(fullInput('thank-you-email', { stance: 'clean_break' })).kind).toBe('draft');
  });
});

describe('rules that ask for an action, not a letter', () => {
  it.each(ALL_RULES.filter((r) => !RULES[r].message))('%s gives no draft, with its reason', (ruleId) => {
    const result = draftFor(fullInput(ruleId));
    expect(result).toMatchObject({ kind: 'none', reason: 'no-message', explain: RULES[ruleId].why });
    expect(result.kind === 'none' && result.reflection).toEqual(ruleId === 'reflect' ? REFLECTION_QUESTIONS : null);
  });

  it('the reflection asks about fit, treatment, expertise and motivation, never trivia', () => {
    expect(REFLECTION_QUESTIONS.map((q) => q.id)).toEqual(['fit', 'treatment', 'expertise', 'motivation']);
    const text = REFLECTION_QUESTIONS.map((q) => `${q.question} ${q.hint}`).join(' ');
    expect(text).not.toMatch(/\b(tie|shoes?|seat|chair)\b/i);
    expect(REFLECTION_SKIP).toMatch(/shoes/);
  });
});

const body = (input: DraftInput) => asDraft(draftFor(input)).body;

describe('drafts are filled from the timeline', () => {
  it('a thank-you names the interviewer, the company, the role, the day, the topic and the user', () => {
    const text = body(fullInput('thank-you-email'));
    expect(text).toMatch(/^Hi Ana,/);
    expect(text).toContain('talk with me today about the Data Engineer role at Northwind Labs');
    expect(text).toContain('our conversation about the move from nightly batches to streaming.');
    expect(text).toContain('Please pass my thanks on to Ben as well.');
    expect(text).toMatch(/Warm regards,\nSam Lee$/);
  });

  it.each([
    [sameEvening, 'Europe/Berlin', 'today'],
    ['2025-03-05T08:00:00Z', 'Europe/Berlin', 'yesterday'],
    ['2025-03-06T08:00:00Z', 'Europe/Berlin', 'on Tuesday'],
    ['2025-03-25T08:00:00Z', 'Europe/Berlin', 'on 4 March'],
    [null, 'Europe/Berlin', 'on Tuesday 4 March'],
    // 23:30Z on Monday is already Tuesday in Berlin, still Monday in New York.
    [null, 'America/New_York', 'on Monday 3 March'],
  ])('now %s in %s: the interview was "%s"', (now, timeZone, phrase) => {
    const interview = event({
      interview: timeZone === 'America/New_York' ? { start: '2025-03-03T23:30:00Z', end: null, timeZone: null } : event().interview,
    });
    const text = body(fullInput('thank-you-email', { now, event: interview, settings: { ...settings, timeZone } }));
    expect(text).toContain(`talk with me ${phrase} about`);
  });

  it('a bad time zone falls back to UTC instead of failing', () => {
    expect(body(fullInput('thank-you-email', { now: null, settings: { ...settings, timeZone: 'Mars/Olympus' } }))).toContain('on Tuesday 4 March');
  });

  it('a panel without one recipient is greeted together', () => {
    expect(body(fullInput('thank-you-email', { person: null }))).toMatch(/^Hi Ana and Ben,/);
  });

  describe('one thank-you per interviewer, each personal (002)', () => {
    const attributed = [note('topic', 'Ben: the on-call rota', 'n-ben'), note('topic', 'streaming joins', 'n-shared')];

    // A topic noted without a name is the interview's: everyone who was there gets it; a named one is theirs only.
    it.each([
      [ana, /^Hi Ana,/, 'streaming joins', 'the on-call rota'],
      [ben, /^Hi Ben,/, 'the on-call rota', 'streaming joins'],
    ])('the letter to %s names them and their topic', (who, greeting, topic, notTopic) => {
      const draft = asDraft(draftFor(fullInput('thank-you-each', { person: who, notes: attributed })));
      expect(draft.body).toMatch(greeting);
      expect(draft.body).toContain(topic);
      expect(draft.body).not.toContain(notTopic);
    });

    it('with no topic noted at all, each letter keeps a blank to fill', () => {
      expect(body(fullInput('thank-you-each', { person: ana, notes: [] }))).toContain('[something you discussed with Ana]');
    });

    it('with a single interviewer, an unattributed topic is theirs', () => {
      const draft = asDraft(draftFor(fullInput('thank-you-each', { person: ana, people: [ana], notes: attributed.slice(1) })));
      expect(draft.body).toContain('your thoughts on streaming joins');
      expect(draft.blanks).toEqual([]);
    });

    it('a note tied to a person by id is theirs', () => {
      const tied = [{ ...note('topic', 'the hiring plan'), personId: 'p-ana' }];
      expect(body(fullInput('thank-you-each', { person: ana, notes: tied }))).toContain('the hiring plan');
    });
  });

  it('the coordinator is thanked for arranging it, and the interviewers are named', () => {
    const text = body(fullInput('thank-helpers', { person: null }));
    expect(text).toMatch(/^Hi Chloe,/);
    expect(text).toContain('It was a pleasure to meet Ana and Ben.');
  });

  it('the gracious reply thanks everyone involved and keeps the door open', () => {
    const text = body(fullInput('gracious-reply', { person: chloe, event: event({ kind: 'rejection', interview: null }) }));
    expect(text).toMatch(/^Hi Chloe,/);
    expect(text).toContain('Please pass my thanks on to Ana and Ben as well.');
    expect(text).toContain("If another role opens up, or plans for this one change, I'd still love to be part of the team.");
  });

  it.each([
    ['the resource and the introduction', notes, ['https://example.org/backfills', 'introduce you to my former colleague'], 0],
    ['only the introduction', [note('introduction', 'Priya, who runs our data guild')], ['introduce you to Priya, who runs our data guild'], 0],
    ['nothing but the topic', [note('topic', 'vendor pricing')], ['you mentioned vendor pricing', '[the article or information you found]'], 1],
  ])('be a resource (002) with %s', (_name, given, expected, blankCount) => {
    const draft = asDraft(draftFor(fullInput('be-a-resource', { notes: given })));
    for (const part of expected) expect(draft.body).toContain(part);
    expect(draft.blanks).toHaveLength(blankCount);
  });

  it.each([
    ['a fixed time', event(), 'Tuesday 4 March at 2pm works well for me'],
    ['a scheduling link', event({ interview: null, links: [{ url: 'https://cal.example.org/x', kind: 'scheduling' }] }), 'through the link you shared'],
    ['no time yet', event({ kind: 'interview_request', interview: null }), "I'm available [two or three times that suit you]."],
  ])('the reply to an invitation with %s', (_name, invite, expected) => {
    expect(body(fullInput('reply-to-invite', { event: invite }))).toContain(expected);
  });

  it.each([
    ['ask-time', "I'll come back to you with my answer by Friday 7 March."],
    ['accept', "I'm delighted to accept!"],
    ['discuss', "Before I accept, I'd love to talk through [the points you would like to discuss]. Could we find a time to speak before Friday 7 March?"],
  ] as const)('the answer to an offer: %s', (offerAnswer, expected) => {
    expect(body(fullInput('answer-offer', { offerAnswer }))).toContain(expected);
  });

  it('without a user name the letter ends on the sign-off (the mail client adds the signature)', () => {
    expect(body(fullInput('thank-you-email', { userName: null }))).toMatch(/\n\nWarm regards,$/);
  });

  it.each([
    ['a company in braces and brackets', { application: { ...application, company: '{Acme} [beta]' } }, 'Acme beta'],
    ['an email address as the name', { person: person('p-x', 'ana@example.org') }, 'Hello,'],
    ['a role written "undefined"', { application: { ...application, role: 'undefined' } }, 'about the role at Northwind Labs'],
    ['a title before the name', { person: person('p-y', 'Prof. Maria Lopez') }, 'Hi Maria,'],
  ])('odd timeline data never leaks: %s', (_name, overrides, expected) => {
    const draft = asDraft(draftFor(fullInput('thank-you-email', overrides as Partial<DraftInput>)));
    expect(draft.body).toContain(expected);
    expectCleanLetter(draft);
  });

  it('a topic too long to quote is left out rather than pasted whole', () => {
    const text = body(fullInput('thank-you-email', { notes: [note('topic', 'word '.repeat(100))] }));
    expect(text).not.toContain('word word');
    expect(text).not.toContain('conversation about');
  });
});

describe('drafts for a reminder', () => {

  it("finds the reminder's interviewer, notes and day", () => {
    const result = asDraft(
      draftForReminder(reminder('thank-you-each', { personId: 'p-ben' }), timeline(), settings, { tone: 'concise', now: sameEvening }),
    );
    expect(result.body).toMatch(/^Hi Ben,\n\nThank you for your time today/);
    expect(result.subject).toBeNull();
  });

  it('a reminder outside any thread gets a subject line', () => {
    const result = asDraft(draftForReminder(reminder('thank-you-email', { threadId: null }), timeline(), settings, { tone: 'warm' }));
    expect(result.subject).toBe('Thank you for the Data Engineer interview');
  });

  it("follows the application's stance", () => {
    const closed = timeline({ applications: [{ ...application, stance: 'clean_break' }] });
    const result = draftForReminder(reminder('gracious-reply', { eventId: 'ev-rejection' }), closed, settings, { tone: 'warm' });
    expect(result).toMatchObject({ kind: 'none', reason: 'clean-break' });
  });

  it('says so when the application is gone', () => {
    const result = draftForReminder(reminder('thank-you-email', { applicationId: 'gone' }), timeline(), settings, { tone: 'warm' });
    expect(result).toMatchObject({ kind: 'none', reason: 'not-found', reflection: null });
  });
});

describeWithShared("the product's words are its own, never the articles' sentences", SHARED_ARTICLES, (dir) => {
  const normalise = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9']+/g) ?? [];
  const RUN = 7;
  const runs = articleRuns(dir, normalise, RUN);
  const copied = (text: string) => {
    const w = normalise(text);
    for (let i = 0; i + RUN <= w.length; i++) if (runs.has(w.slice(i, i + RUN).join(' '))) return w.slice(i, i + RUN).join(' ');
    return null;
  };

  it(`no run of ${RUN} words from an article in any draft, warning or reflection question`, () => {
    const texts = [
      ...writes.map(([ruleId, stance, tone, offerAnswer]) => body(fullInput(ruleId, { stance, tone, offerAnswer }))),
      ...Object.values(ADVICE_WARNINGS).map((w) => w.reason),
      ...REFLECTION_QUESTIONS.flatMap((q) => [q.question, q.hint]),
      REFLECTION_SKIP,
    ];
    expect(runs.size).toBeGreaterThan(500);
    expect(texts.map(copied).filter(Boolean)).toEqual([]);
  });
});
