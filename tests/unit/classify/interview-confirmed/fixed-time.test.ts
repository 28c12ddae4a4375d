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
    ['Portuguese Gmail header', 'Combinado.\n\nEm seg., 2 de mar. de 2026 às 10:00, Sam <s@example.pt> escreveu:\nantigo', 'Em seg'],
    ['Portuguese Apple Mail header', 'Combinado.\nNo dia 2 de mar. de 2026, às 10:00, Sam <s@example.pt> escreveu:\nantigo', 'No dia'],
    ['Italian Gmail header', 'Perfetto.\nIl giorno lun 2 mar 2026 alle ore 10:00 Sam <s@example.it> ha scritto:\nvecchio', 'Il giorno'],
    ['Dutch Gmail header', 'Prima.\nOp ma 2 mrt 2026 om 10:00 schreef Sam <s@example.nl>:\noud', 'Op ma'],
    ['Dutch Apple Mail header', 'Prima.\nOp 2 mrt. 2026, om 10:00 heeft Sam <s@example.nl> het volgende geschreven:\noud', 'Op 2'],
    ['Polish Gmail header', 'Dziękuję.\npon., 2 mar 2026 o 10:00 Sam <s@example.pl> napisał(a):\nstare', 'pon.'],
    ['Polish Gmail header on a Wednesday', 'Dziękuję.\nśr., 4 mar 2026 o 10:00 Sam <s@example.pl> napisał(a):\nstare', 'śr.'],
    ['Polish Thunderbird header', 'Dziękuję.\nW dniu 2.03.2026 o 10:00, Sam pisze:\nstare', 'W dniu'],
    ['Swedish Gmail header', 'Tack.\nDen mån 2 mars 2026 kl 10:00 skrev Sam <s@example.se>:\ngammalt', 'Den mån'],
    ['Japanese Gmail header', 'ありがとうございます。\n2026年3月2日(月) 10:00 佐藤 <s@example.jp>:\n以前', '2026年'],
    ['Japanese Thunderbird header', 'ありがとうございます。\n2026/03/02 10:00 に 佐藤 さんは書きました:\n以前', '2026/'],
    ['German Outlook header', 'Danke.\nVon: Sam Lee\nGesendet: Montag, 2. März 2026 10:00\nAn: Dana', 'Von: Sam'],
    ['French Outlook header', 'Merci.\nDe : Sam Lee\nEnvoyé : lundi 2 mars 2026 10:00\nÀ : Dana', 'De : Sam'],
    ['Spanish Outlook header', 'Gracias.\nDe: Sam Lee\nEnviado: lunes, 2 de marzo de 2026 10:00\nPara: Dana', 'De: Sam'],
    ['Spanish Outlook header with "Enviado el"', 'Gracias.\nDe: Sam Lee\nEnviado el: viernes, 4 de septiembre de 2026 10:00\nPara: Dana', 'De: Sam'],
    ['Italian Outlook header', 'Grazie.\nDa: Sam Lee\nInviato: lunedì 2 marzo 2026 10:00\nA: Dana', 'Da: Sam'],
    ['Dutch Outlook header', 'Dank.\nVan: Sam Lee\nVerzonden: maandag 2 maart 2026 10:00\nAan: Dana', 'Van: Sam'],
    ['Polish Outlook header', 'Dzięki.\nOd: Sam Lee\nWysłano: poniedziałek, 2 marca 2026 10:00\nDo: Dana', 'Od: Sam'],
    ['Swedish Outlook header', 'Tack.\nFrån: Sam Lee\nSkickat: den 2 mars 2026 10:00\nTill: Dana', 'Från: Sam'],
    ['Japanese Outlook header', 'よろしくお願いします。\n差出人: 佐藤\n送信日時: 2026年3月2日 10:00\n宛先: Dana', '差出人'],
    ['Italian separator', 'Grazie.\n-----Messaggio originale-----\nDa: Sam', '-----'],
  ])('%s', (_name, text, quoted) => {
    expect(text.slice(quoteStart(text)).startsWith(quoted)).toBe(true);
  });

  it.each<[string, string]>([
    ['a forwarded message', '---------- Forwarded message ---------\nFrom: Dana\nDate: Mon\nYour interview is confirmed.'],
    ['"wrote" in a sentence', 'He wrote: we would like to invite you to interview.'],
    ['a German sentence starting with "Am"', 'Am Montag schrieben Sie uns. Wir laden Sie ein.'],
    ['a Dutch sentence that says "schreef"', 'Op maandag schreef u ons over de vacature. Wij nodigen u graag uit.'],
    ['an Italian sentence that says "ha scritto"', 'Il direttore ha scritto la lettera di offerta stamattina.\nA presto.'],
    ['a Swedish sentence that says "skrev"', 'Den rapport du skrev imponerade på oss. Vill du träffas?'],
  ])('leaves %s whole', (_name, text) => {
    expect(quoteStart(text)).toBe(text.length);
  });
});
