import { describe, expect, it } from 'vitest';
import type { Email } from '../../../lib/core/email';
import { extract } from '../../../lib/core/extract/index';
import { detectLanguage, LANGUAGES } from '../../../lib/core/lang/index';

/** Sent on Monday 2 March 2026, 09:00 in Central Europe; each confirms an interview on Thursday 12 March. */
const SENT = '2026-03-02T09:00:00+01:00';
const CASES: [string, string, string][] = [
  ['en', 'Your interview is confirmed for Thursday, March 12 at 2:30pm. You will meet the team on Teams.', '2026-03-12T14:30'],
  ['de', 'Ihr Vorstellungsgespräch findet am Donnerstag, 12. März um 14:30 Uhr statt. Wir freuen uns auf Sie.', '2026-03-12T14:30'],
  ['fr', 'Votre entretien est confirmé le jeudi 12 mars à 14h30 dans nos locaux.', '2026-03-12T14:30'],
  ['es', 'Te confirmamos la entrevista el jueves 12 de marzo a las 14:30 en nuestras oficinas.', '2026-03-12T14:30'],
  ['pt', 'Confirmamos a sua entrevista na quinta-feira, 12 de março, às 14h30, por videochamada.', '2026-03-12T14:30'],
  ['it', 'Le confermiamo il colloquio per giovedì 12 marzo alle ore 14.30 presso la nostra sede.', '2026-03-12T14:30'],
  ['nl', 'Hierbij bevestigen wij het gesprek op donderdag 12 maart om 14.30 uur op ons kantoor.', '2026-03-12T14:30'],
  ['pl', 'Potwierdzamy rozmowę rekrutacyjną w czwartek 12 marca o godz. 14:30 w naszym biurze.', '2026-03-12T14:30'],
  ['sv', 'Vi bekräftar intervjun torsdag 12 mars kl. 14.30 på vårt kontor. Välkommen!', '2026-03-12T14:30'],
  ['ja', '一次面接の日時が確定いたしました。\n日時：2026年3月12日（木）14:30～15:30\n当日はよろしくお願いいたします。', '2026-03-12T14:30'],
];

function mail(body: string): Email {
  return { id: 'm', source: 'manual', subject: '', from: { name: 'Recruiting', address: 'jobs@kestrel.example' }, date: SENT, body };
}

describe('every language read has its own pack', () => {
  it('lists the ten languages the classifier was trained on, each with days, months and a date reader', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'ja']);
    for (const l of LANGUAGES) {
      expect(l.weekdays.length, l.code).toBeGreaterThanOrEqual(7);
      expect(l.months.length, l.code).toBeGreaterThanOrEqual(12);
      expect(l.meetingCues.length, l.code).toBeGreaterThan(3);
      expect(l.relativeDays.length, l.code).toBeGreaterThan(1);
    }
  });

  it.each(CASES)('tells a %s email by its words', (code, body) => {
    expect(detectLanguage(body)).toBe(code);
  });
});

describe('a confirmed interview gets its time in every language, so its reminders appear', () => {
  it.each(CASES)('%s', (_code, body, local) => {
    const found = extract(mail(body), 'interview_confirmed', { now: new Date(SENT) });
    expect(found.interview?.start.slice(0, 16)).toBe(local);
  });

  it('a length of time is not the interview time, in any language', () => {
    for (const body of ['Das Gespräch dauert etwa 45 Minuten.', "L'entretien dure environ 30 minutes.", 'Il colloquio durerà circa 45 minuti.', 'Het gesprek duurt ongeveer 45 minuten.', 'Intervjun tar cirka 45 minuter.', '面接時間は約45分です。']) {
      expect(extract(mail(body), 'interview_confirmed', { now: new Date(SENT) }).interview, body).toBeNull();
    }
  });
});
