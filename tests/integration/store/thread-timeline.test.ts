import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';
import { ingestEmail, loadThreadTimeline, loadTimeline } from '../../../lib/store';
import { detection, email } from '../../unit/timeline/make';
import { freshDb } from './fresh';

const now = new Date('2025-03-03T12:00:00Z');

describe("a thread's part of the timeline (what the in-thread bar reads)", () => {
  it('holds only the applications the thread touches, and gives them the same reminders as the whole store', async () => {
    const db = freshDb();
    await ingestEmail(db, email({ id: 'a1', threadId: 'ta' }), detection('rejection', { company: 'Acme' }), { now });
    await ingestEmail(db, email({ id: 'b1', threadId: 'tb', from: { name: 'Borealis Talent', address: 'jobs@borealis.example' } }), detection('rejection', { company: 'Borealis' }), { now });

    const slice = await loadThreadTimeline(db, 'ta');
    expect(slice.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(slice.events.map((e) => e.messageId)).toEqual(['a1']);

    const whole = await loadTimeline(db);
    const appId = slice.applications[0]!.id;
    const fromWhole = deriveReminders(whole, [], DEFAULT_SETTINGS, now).filter((r) => r.applicationId === appId);
    expect(fromWhole.length).toBeGreaterThan(0);
    expect(deriveReminders(slice, [], DEFAULT_SETTINGS, now)).toEqual(fromWhole);
  });

  it('is empty for a thread Callback has not stored', async () => {
    const db = freshDb();
    expect(await loadThreadTimeline(db, 'unknown')).toEqual({ applications: [], events: [], people: [], notes: [] });
  });
});
