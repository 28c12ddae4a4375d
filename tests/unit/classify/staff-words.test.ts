import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/core/lang/index';
import { classifyByRules } from '../../../lib/core/classify/classify';
import { INTERNAL_REACH } from '../../../lib/core/classify/region';
import { speaksToStaff, STAFF_SCAN } from '../../../lib/core/classify/staff-words';
import { mail } from '../../support/builders';

describe('mail that speaks to its reader as the sender’s staff', () => {
  it.each([
    ['en', 'New rota posted', 'Hi all, the November rota for the warehouse team is now on the staff portal. Swaps by Friday please.'],
    ['en', 'To all staff', 'The 2026/27 pay rise has been agreed and will be paid with the December salary.'],
    ['de', 'Ihre Gehaltsabrechnung September', 'Guten Tag, Ihre Abrechnung liegt im Mitarbeiterportal.'],
    ['fr', 'Campagne 2026', 'Bonjour, votre entretien annuel avec votre responsable est à planifier avant le 30 novembre.'],
    ['es', 'Cuadrante de diciembre', 'Hola a todos, ya está publicado el cuadrante de turnos de diciembre en el tablón.'],
    ['pt', 'Holerite disponível', 'Olá, seu holerite de outubro já está disponível no portal do colaborador.'],
    ['it', 'Cedolino di ottobre', 'Gentile collega, il cedolino di ottobre è disponibile nell’area riservata.'],
    ['nl', 'Functioneringsgesprek', 'Hoi Sanne, zullen we je functioneringsgesprek op dinsdag 10 november houden?'],
    ['pl', 'Pasek płacowy za październik', 'Dzień dobry, pasek płacowy za październik jest dostępny w systemie kadrowym.'],
    ['sv', 'Lönespecifikation oktober', 'Hej! Din lönespecifikation för oktober finns nu på Mina sidor.'],
    ['ja', '給与明細のお知らせ', '10月分の給与明細を社内ポータルに掲載しました。ご確認ください。'],
  ])('reads %s staff mail: %s', (_lang, subject, body) => {
    expect(speaksToStaff(subject, body)).toBe(true);
  });

  it.each([
    ['an outside employer’s acknowledgement', 'Your application to Kestrel Foods', 'Thank you for applying for the Shift Supervisor role. We will be in touch within two weeks.'],
    ['a job alert that names a company “Rota” in Portuguese', 'Vagas para você', 'Separamos vagas: Analista de Dados – Transportadora Rota Sul – Barueri. Ver todas as vagas.'],
    ['a surname in Italian', 'Profili', 'Buongiorno, le invio tre profili per la posizione di magazziniere. Cordiali saluti, Stefano Rota'],
    ['a school newsletter', 'Newsletter', 'Dear parents, the autumn term timetable is attached. Parents’ evening is on 12 November.'],
    ['nothing at all', '', ''],
  ])('does not read %s so', (_what, subject, body) => {
    expect(speaksToStaff(subject, body)).toBe(false);
  });

  it('reads only the head of a long body, and any text without throwing', () => {
    expect(speaksToStaff('', `${'x '.repeat(STAFF_SCAN)}your payslip is ready`)).toBe(false);
    expect(speaksToStaff(undefined, null)).toBe(false);
    expect(speaksToStaff('İ'.repeat(500), 'Dear colleagues, the rota is out.')).toBe(true);
  });

  it('every language lists its words in lower case, each a phrase the matcher accepts', () => {
    for (const pack of LANGUAGES) {
      expect(pack.staffWords.length, pack.code).toBeGreaterThan(3);
      expect(pack.internalWords.length, pack.code).toBeGreaterThan(2);
      for (const word of [...pack.staffWords, ...pack.internalWords]) expect(word, pack.code).toBe(word.toLowerCase().trim());
    }
  });

  it.each([
    ['en', 'We received your internal application', 'Hi Dwayne, thanks for applying for Crew Planning Lead.'],
    ['es', 'Solicitud recibida', 'Hola Javier: hemos recibido tu solicitud para la vacante interna de analista.'],
    ['de', '', 'Hallo Jonas, deine interne Bewerbung auf die Teamleitung ist angekommen.'],
    ['nl', 'Uitnodiging gesprek interne vacature Teamleider', 'Beste Sanne, graag nodigen we je uit.'],
    ['ja', '社内公募へのご応募について', '営業企画部の社内公募にご応募いただきありがとうございます。'],
  ])('reads %s mail that names its vacancy or application internal', (_lang, subject, body) => {
    expect(classifyByRules(mail(subject, body)).internalPost).toBeDefined();
  });

  it('does not read an outside employer’s mail so, nor an internal word far down a long letter, nor a public exam’s two routes', () => {
    const internal = (subject: string, body: string) => classifyByRules(mail(subject, body)).internalPost !== undefined;
    expect(internal('Your application', 'Thank you for applying. We will review all applications, internal candidates included, by Friday.')).toBe(false);
    expect(internal('Interview invitation', 'We would like to invite you to an interview for the Analyst role.')).toBe(false);
    // A public competition open to outside candidates names both its routes.
    expect(internal('Convocatoria: primer ejercicio', 'Proceso selectivo de Auxiliar Administrativo, turno libre y promoción interna: el primer ejercicio se celebrará el 14 de noviembre.')).toBe(false);
    expect(internal('', `${'Thank you. '.repeat(INTERNAL_REACH / 10)}This was an internal vacancy.`)).toBe(false);
  });
});
