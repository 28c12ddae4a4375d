/** move-on: after the reflection (clean break), archive the application and move on. */
import { describe, expect, it } from 'vitest';
import { deriveReminders } from '../../../lib/core/reminders/derive';
import { app, B, BERLIN, ev, find, note, NOW, timeline } from '../../support/builders';

describe('it follows the reflection, and archiving completes it', () => {
  const rejection = ev('r1', 'rejection', B(3, 14, 16));

  it('writing a reflection completes reflect, and move-on starts then; archiving completes move-on', () => {
    const notes = [note('n1', 'reflection', B(3, 15, 11))];
    const list = deriveReminders(timeline([rejection], [], notes, app({ stance: 'clean_break' })), [], BERLIN, NOW);
    expect(find(list, 'reflect').status).toBe('done');
    expect(find(list, 'move-on')).toMatchObject({ status: 'pending', startsAt: B(3, 15, 11) });
    const archived = deriveReminders(timeline([rejection], [], notes, app({ stance: 'clean_break', archived: true })), [], BERLIN, NOW);
    expect(archived.map((r) => [r.ruleId, r.status])).toEqual([['move-on', 'done']]);
  });

  it('not in the door-open stance', () => {
    const list = deriveReminders(timeline([rejection]), [], BERLIN, NOW);
    expect(list.map((r) => r.ruleId)).not.toContain('move-on');
  });
});
