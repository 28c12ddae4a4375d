// A click on a notification opens the popup on that reminder, once and only shortly after the click.
import { describe, expect, it } from 'vitest';
import { FOCUS_FRESH_MS, focusedReminder } from '../../../lib/popup/focus';

const NOW = new Date('2026-03-03T15:00:00Z');
const at = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();

describe('the reminder a notification asks the popup to show', () => {
  it('is the clicked reminder within a couple of minutes of the click', () => {
    expect(focusedReminder({ reminderId: 'thank-you-email:e1', at: at(5_000) }, NOW)).toBe('thank-you-email:e1');
  });

  it.each([
    ['a click from an earlier opening', { reminderId: 'thank-you-email:e1', at: at(FOCUS_FRESH_MS) }],
    ['the summary notification (no one reminder)', { reminderId: null, at: at(5_000) }],
    ['a click without a time', { reminderId: 'thank-you-email:e1' }],
    ['nothing stored', undefined],
    ['something else stored', 'thank-you-email:e1'],
  ])('is none for %s', (_, stored) => {
    expect(focusedReminder(stored, NOW)).toBeNull();
  });
});
