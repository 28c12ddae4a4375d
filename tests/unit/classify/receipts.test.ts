import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../lib/core/classify/model/default-model';
import { classify } from '../../../lib/core/classify/pipeline';
import { isMailReceipt } from '../../../lib/core/classify/receipts';
import { REVIEW_THRESHOLD } from '../../../lib/core/detection';
import { mail } from '../../support/builders';

/** Receipts of the owner's own job mail, as mail programs title them: each repeats a job's subject. */
const RECEIPTS: readonly (readonly [string, string])[] = [
  ['Read: Application – Office Manager (ref. OM-2026-31)', 'Your message\n\nTo: Hiring Team\nSubject: Application – Office Manager (ref. OM-2026-31)\nSent: 3 November 2026 09:12\n\nwas read on 3 November 2026 10:40.'],
  ['Gelesen: Bewerbung als Projektleiterin', 'Ihre Nachricht\n\nAn: Personalabteilung\nBetreff: Bewerbung als Projektleiterin\n\nwurde am 04.11.2026 um 08:15 gelesen.'],
  ['Lu : Candidature – Chargée de communication', 'Votre message\n\nÀ : Recrutement\nObjet : Candidature – Chargée de communication\n\na été lu le 5 novembre 2026 à 14:02.'],
  ['Leído: Entrevista del martes a las 10:00', 'Su mensaje\n\nPara: Selección\nAsunto: Entrevista del martes a las 10:00\n\nse ha leído el 6/11/2026 9:30.'],
  ['Lida: Candidatura – Assistente de Marketing', 'A sua mensagem foi lida em 07/11/2026 11:20.'],
  ['Letto: Colloquio finale – conferma orario', 'Il messaggio è stato letto il 09/11/2026 alle 16:45.'],
  ['Gelezen: Sollicitatie facilitair coördinator', 'Uw bericht is gelezen op 10-11-2026 13:05.'],
  ['Przeczytano: Aplikacja – Analityk ds. sprzedaży', 'Wiadomość została przeczytana 12.11.2026 o 08:50.'],
  ['Läst: Ansökan kommunikatör – intervjutid', 'Ditt meddelande lästes 13-11-2026 15:10.'],
  ['開封済み: 応募書類送付の件（営業事務）', '送信したメッセージは 2026/11/16 10:02 に開封されました。'],
  ['Undeliverable: Thank you for the interview today', 'Delivery has failed to these recipients or groups: j.doyle@example.test. The email address you entered could not be found.'],
  ['Unzustellbar: Rückfrage zum Vorstellungsgespräch', 'Die Nachricht konnte an folgende Empfänger nicht zugestellt werden.'],
  ['Mail delivery failed: returning message to sender', 'This message was created automatically by mail delivery software. A message that you sent could not be delivered: Subject: Your offer – signed contract attached.'],
];

describe('read receipts and delivery notices', () => {
  const model = defaultModel();
  for (const [subject, body] of RECEIPTS) {
    it(`"${subject}" is other mail, confidently, with the reason`, () => {
      expect(isMailReceipt(subject)).toBe(true);
      for (const options of [{ model }, {}]) {
        const result = classify(mail(subject, body, 'Microsoft Outlook <postmaster@example.test>'), options);
        expect(result.kind).toBe('other');
        expect(result.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
        expect(result.evidence.map((e) => e.code)).toEqual(['mail_receipt']);
      }
    });
  }

  it('subjects that only start like one are read as usual', () => {
    for (const subject of [
      'Read before your interview: directions to our office',
      'Lunch: Thursday at 12?',
      'Automatic reply: Application – Office Manager',
      'Reading list: week 3',
      'Delivered: your parcel',
      'Re: Interview on Tuesday',
      '',
    ]) {
      expect(isMailReceipt(subject), subject).toBe(false);
    }
    expect(isMailReceipt(undefined)).toBe(false);
    expect(isMailReceipt(42)).toBe(false);
  });

  it('an employer whose mail starts the same way still reaches the timeline', () => {
    const result = classify(
      mail('Read before Thursday: your interview details', 'Hi Sam, your interview for the Office Manager role is confirmed for Thursday 14 March at 10:30 at our Leeds office with Dana Lee.', 'Dana Lee <dana@harbor.example>'),
      { model: defaultModel() },
    );
    expect(result.kind).toBe('interview_confirmed');
  });

  it('a long hostile subject is read in linear time and never throws', () => {
    expect(isMailReceipt(`${' '.repeat(100_000)}read:`)).toBe(false);
    expect(isMailReceipt(`read${' '.repeat(100_000)}x`)).toBe(false);
  });
});
