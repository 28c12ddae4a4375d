/** thank-helpers: a quick thanks to the recruiter or coordinator who arranged the interview. */
import { describe, expect, it } from 'vitest';
import { draftFor, TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { BERLIN, interview, NOW, person, timeline } from '../../support/builders';
import { ana, application, ben, event, settings } from '../drafts/fixtures';
import { asDraft, letterFor } from './letter';

describe('a recruiter in the thread is thanked too', () => {
  const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');

  it('one interviewer gets the thank-you email; a recruiter in the thread gets a thank-helpers reminder', () => {
    const people = [person('p1', 'Ada Lovelace', 'i1'), person('p3', 'Rita Recruiter', 'i1', 'recruiter')];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, NOW);
    expect(list.map((r) => r.id)).toEqual(expect.arrayContaining(['thank-you-email:i1', 'thank-helpers:i1:p3']));
  });
});

describe('the letter thanks them for arranging it', () => {
  it.each(TONES)('%s', (tone) => {
    const letter = letterFor('thank-helpers', tone);
    expect(letter.subject).toBe('Thank you for arranging my interview');
    expect(letter.body).toMatch(/^(Hi Chloe|Dear Chloe Martin),/);
    expect(letter.body).toMatch(/arranging my interview/);
  });
});

describe('people are people, however they were added', () => {
  it('a recruiter added by hand gets a thank-you reminder like one found in the email', () => {
    const friday = interview('i1', '2025-03-14T14:00:00+01:00', '2025-03-14T15:00:00+01:00');
    const people = [person('p1', 'Ada Lovelace', 'i1'), { ...person('p-manual', 'Rita Recruiter', 'i1', 'recruiter'), eventId: null }];
    const list = deriveReminders(timeline([friday], people), [], BERLIN, new Date('2025-03-14T18:00:00Z'));
    expect(list.map((r) => r.id)).toContain('thank-helpers:i1:p-manual');
  });
});

describe('a letter names the interviewers in the email\'s order', () => {
  it('"It was a pleasure to meet Ana and Ben", whatever order the store gives', () => {
    const priya = { ...person('p-priya', 'Priya Natarajan', 'ev-interview', 'recruiter'), applicationId: 'app-1' };
    const people = [{ ...ben, rank: 1 }, { ...ana, rank: 0 }, priya];
    const draft = asDraft(draftFor({ ruleId: 'thank-helpers', tone: 'warm', application, event: event(), person: priya, people, settings, asReply: true }));
    expect(draft.body).toContain('It was a pleasure to meet Ana and Ben.');
  });
});
