/** Words the interface shows: counts through Intl.PluralRules, and one name per kind of event everywhere. */
import { describe, expect, it } from 'vitest';

describe('counts read right: plurals through Intl.PluralRules', () => {
  it('1 application, 2 applications, 1 day, 1.5 days', async () => {
    const { APPLICATIONS, DAYS, count } = await import('../../../lib/ui-text/plural');
    expect([count(1, APPLICATIONS), count(2, APPLICATIONS), count(0, APPLICATIONS), count(1, DAYS), count(1.5, DAYS)]).toEqual([
      '1 application',
      '2 applications',
      '0 applications',
      '1 day',
      '1.5 days',
    ]);
  });
});

describe('one name per thing', () => {
  it('the CSV names event kinds as the bar and the timeline do', async () => {
    const { EVENT_LABELS: csv } = await import('../../../lib/store/backup');
    const { EVENT_LABELS: ui, KIND_LABELS } = await import('../../../lib/ui-text/labels');
    expect(csv).toEqual(ui);
    expect(csv.interview_confirmed).toBe(KIND_LABELS.interview_confirmed);
  });
});


