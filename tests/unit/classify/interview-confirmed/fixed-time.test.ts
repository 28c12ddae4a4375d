import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedTimes } from '../../../../lib/core/classify/fixed-time';
import { quoteStart } from '../../../../lib/core/classify/quoted';

describe('fixedTimes finds one fixed date and time of day', () => {
  it.each<[string, string]>([
    ['weekday and pm time', 'Wednesday at 3:30pm ET works for us.'],
    ['month, day and am time', 'Your interview is on March 12 at 10:00 AM.'],
    ['relative day and a bare hour after "at"', "Confirming we're on for tomorrow at 10 at our office."],
    ['German numeric date and Uhr', 'Wir sehen uns am 20.03.2026 um 10:30 Uhr in Berlin.'],
    ['German weekday and date', 'am Dienstag, den 17. März 2026 um 14:00 Uhr'],
    ['French date with "14h"', 'Votre entretien aura lieu le 12 mars à 14h.'],
    ['calendar subject', 'Invitation: Interview @ Thu Mar 12, 2026 11am - 12pm (EDT)'],
    ['a schedule under a date line', 'Date: Thursday, March 19\nSchedule\n9:00 AM - Welcome\n9:30 AM - Coding interview'],
  ])('%s', (_name, text) => {
    const result = fixedTimes(text);
    expect(result.count).toBeGreaterThan(0);
    expect(result.weekdays.size).toBeLessThanOrEqual(1);
  });

  it.each<[string, string]>([
    ['a deadline', 'Please complete the assessment by Friday at 5pm.'],
    ['an expiry', 'The link expires on March 12 at 11:59 PM.'],
    ['the past', 'You applied on March 2 at 10:14 AM.'],
    ['a time with no day', 'The call takes 30 minutes and starts at 10.'],
    ['a date with no time', 'We will decide by the end of March.'],
    ['a year and a street number', 'Founded in 2026, our office is at 500 Harbor Way, Floor 4.'],
    ['a phone number', 'Call us on 030 1234 5678 on Monday.'],
  ])('ignores %s', (_name, text) => {
    expect(fixedTimes(text).count).toBe(0);
  });

  it('reads a time in a question as asked, not fixed', () => {
    const result = fixedTimes('Could you do a video interview on Monday at 3pm?');
    expect(result).toMatchObject({ count: 0, asked: true });
  });

  it('tells slots on several days apart from one fixed day', () => {
    const slots = fixedTimes('The panel is free Tuesday at 10am. Wednesday at 2pm also works for them.');
    expect(slots.weekdays.size).toBe(2);
  });

  it('never throws and stays bounded on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3_000 }), (text) => {
        const result = fixedTimes(text);
        expect(result.count).toBeGreaterThanOrEqual(0);
      }),
    );
    const hostile = '1'.repeat(200_000) + ' at 10 '.repeat(20_000) + 'Monday 3pm '.repeat(20_000);
    expect(() => fixedTimes(hostile)).not.toThrow();
  });
});

describe('quoteStart finds where a reply quotes the thread', () => {
  it.each<[string, string, string]>([
    ['Gmail header', 'Wednesday works.\n\nOn Mon, Mar 2, 2026 at 9:12 AM Sam Lee <sam@example.com> wrote:\n> Hi', 'On Mon'],
    ['wrapped Gmail header', 'ok\nOn Mon, Mar 2, 2026 at 9:12 AM Sam Lee <\nsam@example.com> wrote:\nold', 'On Mon'],
    ['German header', 'Danke!\n\nAm 02.03.2026 um 10:00 schrieb Sam <s@example.de>:\nalt', 'Am 02'],
    ['French header', 'Merci.\nLe lun. 2 mars 2026, Sam <s@example.fr> a écrit :\nancien', 'Le lun'],
    ['Spanish header', 'Gracias.\nEl lun, 2 mar 2026, Sam <s@example.es> escribió:\nviejo', 'El lun'],
    ['Outlook header', 'See you then.\n-----Original Message-----\nFrom: Sam', '-----'],
    ['Outlook From/Sent', 'See you then.\nFrom: Sam Lee\nSent: Monday, March 2, 2026\nTo: Dana', 'From: Sam'],
    ['quoted lines', 'Sounds good.\n> earlier message', '> earlier'],
  ])('%s', (_name, text, quoted) => {
    expect(text.slice(quoteStart(text)).startsWith(quoted)).toBe(true);
  });

  it.each<[string, string]>([
    ['a forwarded message', '---------- Forwarded message ---------\nFrom: Dana\nDate: Mon\nYour interview is confirmed.'],
    ['"wrote" in a sentence', 'He wrote: we would like to invite you to interview.'],
    ['a German sentence starting with "Am"', 'Am Montag schrieben Sie uns. Wir laden Sie ein.'],
  ])('leaves %s whole', (_name, text) => {
    expect(quoteStart(text)).toBe(text.length);
  });
});
