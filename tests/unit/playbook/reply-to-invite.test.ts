/** reply-to-invite: an invitation to interview, answered within a working day. */
import { describe, expect, it } from 'vitest';
import { TONES } from '../../../lib/core/drafts';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { event } from '../drafts/fixtures';
import { B, BERLIN, ev, find, interview, NOW, timeline } from '../../support/builders';
import { letterFor } from './letter';

describe('when it is due, and what answers it', () => {
  it('a Friday invitation is due Monday at the end of work', () => {
    const list = deriveReminders(timeline([ev('q1', 'interview_request', B(3, 14, 10))]), [], BERLIN, NOW);
    expect(find(list, 'reply-to-invite').dueAt).toBe(B(3, 17, 17, 30));
  });

  it('an invitation is answered once the interview is confirmed', () => {
    const request = ev('q1', 'interview_request', '2025-03-03T09:00:00Z');
    const confirmed = interview('i2', '2025-03-12T10:00:00+01:00', null, null, { at: '2025-03-04T09:00:00Z' });
    expect(find(deriveReminders(timeline([request]), [], BERLIN, NOW), 'reply-to-invite').status).toBe('pending');
    expect(find(deriveReminders(timeline([request, confirmed]), [], BERLIN, NOW), 'reply-to-invite').status).toBe('done');
  });
});

describe('the letter accepts the time offered, or offers times', () => {
  it.each(TONES)('%s', (tone) => {
    const offered = letterFor('reply-to-invite', tone, { event: event({ kind: 'interview_request' }) });
    expect(offered.body).toContain('Tuesday 4 March at 2pm');
    const none = letterFor('reply-to-invite', tone, { event: event({ kind: 'interview_request', interview: null }) });
    expect(none.body).toContain('[two or three times that suit you]');
  });
});
