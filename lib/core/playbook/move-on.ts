/** After the reflection (clean break): archive the application and move on. */
import { emit } from '../reminders/emit';
import { rejectionFor } from '../reminders/triggers';
import { reflect, reflectedAt } from './reflect';
import type { PlaybookRule } from './types';

export const moveOn: PlaybookRule = {
  id: 'move-on',
  action: 'Archive and move on',
  // 004: actors take what the audition taught them and go to the next one; so does a job-seeker.
  why: 'Like actors after an audition: take the lesson, close the file, go to the next one.',
  source: '004',
  timing: {
    trigger: 'reflect-done',
    due: 'the day reflect is done (or was due); completes when the application is archived',
    overdue: 'a week later',
    stances: ['clean_break'],
    completesByReply: false,
    lapseDays: 30,
    lapseWhy: 'Archiving is bookkeeping, not a message: a month after it is due it has stopped mattering (004: the next application is the next audition).',
  },
  letters: null,
  keptWhenArchived: true,
  derive(c) {
    const r = rejectionFor(c, moveOn.timing.stances);
    if (!r || !reflect.timing.stances?.includes(r.stance)) return;
    const { clock } = c;
    const doneAt = reflectedAt(c, r);
    const start = Number.isFinite(doneAt) ? doneAt : clock.endOfDay(r.day + 2);
    const moveDay = clock.dayOf(start);
    emit(c, moveOn, { event: r.event, startsAt: start, dueAt: Math.max(start, clock.endOfDay(moveDay)), overdueAt: clock.endOfDay(moveDay + 7), done: c.app.archived });
  },
};
