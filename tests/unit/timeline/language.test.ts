/** The language an email was read in travels with it: extraction names it, the stored event keeps it. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/core/extract/index';
import { planIngest } from '../../../lib/core/timeline/plan-ingest';
import { eventSchema } from '../../../lib/store/backup-schema';
import { detection, email, idFactory, mail } from '../../support/builders';

describe('the conversation’s language', () => {
  it.each([
    ['de', 'Einladung zum Vorstellungsgespräch', 'Guten Tag Frau Weber, wir möchten Sie gern zu einem Gespräch am Dienstag um 14 Uhr einladen. Mit freundlichen Grüßen'],
    ['fr', 'Invitation à un entretien', 'Bonjour, nous avons le plaisir de vous inviter à un entretien mardi à 14 h. Nous vous prions de confirmer votre présence. Cordialement'],
    ['es', 'Invitación a entrevista', 'Hola, nos gustaría invitarle a una entrevista el martes a las 14:00. Por favor, confirme si le viene bien. Un saludo'],
    ['en', 'Interview invitation', 'Hi, we would like to invite you to an interview on Tuesday at 2pm. Please let us know if that works for you.'],
  ])('an email in %s is read in it', (lang, subject, body) => {
    expect(extract(mail(subject, body), 'interview_request').lang).toBe(lang);
  });

  it('the stored event keeps the language, and the export schema accepts it (and events without it)', () => {
    const plan = planIngest(
      { applications: [], events: [], people: [] },
      email({ id: 'm' }),
      detection('interview_request', { lang: 'de' }),
      { now: '2025-03-10T12:00:00Z', newId: idFactory() },
    );
    if (plan.kind !== 'write') throw new Error(plan.kind);
    expect(plan.event.lang).toBe('de');
    expect(eventSchema.safeParse(plan.event).success).toBe(true);
    const { lang: _lang, ...old } = plan.event;
    expect(eventSchema.safeParse(old).success).toBe(true);
    expect(eventSchema.safeParse({ ...plan.event, lang: 'xx' }).success).toBe(false);
  });
});
