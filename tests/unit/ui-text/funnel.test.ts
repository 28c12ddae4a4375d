import { describe, expect, it } from 'vitest';
import type { Application, EventKind, Timeline, TimelineEvent } from '../../../lib/core/timeline/types';
import { funnelOf } from '../../../lib/ui-text/funnel';

const app = (id: string): Application => ({
  id, company: id, companyKey: id, role: null, stage: 'applied', round: 0, stance: null, archived: false,
  stageByUser: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
});
let n = 0;
const ev = (applicationId: string, kind: EventKind, at: string, interviewStart?: string): TimelineEvent => ({
  id: `e${n++}`, applicationId, kind, at, source: 'gmail', messageId: null, threadId: null, subject: null, confidence: 1,
  evidence: [], interview: interviewStart ? { start: interviewStart, end: null, timeZone: null } : null, deadline: null,
  decisionBy: null, links: [],
});

// a: applied, invited after 4 days, interviewed twice, offer. b: applied, rejected after 10 days.
// c: applied, first interview held, rejected 2 days later. d: an interview still ahead.
const timeline: Timeline = {
  applications: ['a', 'b', 'c', 'd'].map(app),
  events: [
    ev('a', 'application_received', '2026-01-01T10:00:00Z'),
    ev('a', 'interview_request', '2026-01-05T10:00:00Z'),
    ev('a', 'interview_confirmed', '2026-01-06T10:00:00Z', '2026-01-08T10:00:00Z'),
    ev('a', 'interview_confirmed', '2026-01-09T10:00:00Z', '2026-01-12T10:00:00Z'),
    ev('a', 'offer', '2026-01-14T10:00:00Z'),
    ev('b', 'application_received', '2026-01-01T10:00:00Z'),
    ev('b', 'rejection', '2026-01-11T10:00:00Z'),
    ev('c', 'application_received', '2026-01-01T10:00:00Z'),
    ev('c', 'interview_confirmed', '2026-01-03T10:00:00Z', '2026-01-04T10:00:00Z'),
    ev('c', 'rejection', '2026-01-06T10:00:00Z'),
    ev('d', 'application_received', '2026-01-01T10:00:00Z'),
    ev('d', 'interview_confirmed', '2026-01-19T10:00:00Z', '2026-02-20T10:00:00Z'),
  ],
  people: [],
  notes: [],
};

describe('the funnel on the timeline page', () => {
  const funnel = funnelOf(timeline, new Date('2026-01-20T00:00:00Z'));
  it.each([
    ['applied', 4],
    ['interviewed', 2],
    ['second_round', 1],
    ['offer', 1],
  ])('counts %s: %i (an interview still ahead does not count)', (id, count) => {
    expect(funnel.steps.find((s) => s.id === id)?.count).toBe(count);
  });

  it.each([
    // a: 4 days, b: 10, c: 2, d: 18 -> median 7
    ['first_answer', 7, 4],
    // a: 1 day after its first interview (the second invitation), c: 2 days -> median 1.5
    ['after_interview', 1.5, 2],
  ])('says how long companies took to answer: %s median %d days over %i', (id, days, over) => {
    expect(funnel.responses.find((r) => r.id === id)).toMatchObject({ medianDays: days, over });
  });

  it('says "not enough data" (null) when nothing answered yet', () => {
    expect(funnelOf({ applications: [], events: [], people: [], notes: [] }).responses.every((r) => r.medianDays === null)).toBe(true);
  });
});
