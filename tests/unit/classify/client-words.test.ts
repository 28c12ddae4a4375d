import { describe, expect, it } from 'vitest';
import { classifyByRules } from '../../../lib/core/classify/classify';
import { TOPIC_BIT } from '../../../lib/core/classify/context';
import { defaultModel } from '../../../lib/core/classify/model/default-model';
import { featuresOf } from '../../../lib/core/classify/model/features';
import { classify } from '../../../lib/core/classify/pipeline';
import { REVIEW_THRESHOLD } from '../../../lib/core/detection';
import { LANGUAGES } from '../../../lib/core/lang/index';
import { mail } from '../../support/builders';

const client = (subject: string, body: string) => ((classifyByRules(mail(subject, body)).topics ?? 0) & TOPIC_BIT.client) !== 0;

/** A freelancer's clients write hiring's words about a quote, a tender or a renewal of the work they buy. */
const CLIENT_MAIL: readonly (readonly [string, string, string])[] = [
  ['en', 'Re: Quotation Q-118', 'Hi Priya, we went with another supplier this time, their quotation came in lower. We will keep you on file.'],
  ['de', 'Ihr Angebot', 'Guten Tag Herr Lenz, wir haben uns leider für einen anderen Dienstleister entschieden. Der Kostenvoranschlag war sehr ordentlich.'],
  ['fr', 'Devis atelier', 'Bonjour Léa, nous validons votre devis pour l’atelier du 12 mars. Pouvez-vous nous envoyer la facture d’acompte ?'],
  ['es', '', 'Hola Marta, al final la dirección ha elegido otro proveedor para la traducción del catálogo. Gracias por el presupuesto.'],
  ['pt', 'Orçamento aprovado', 'Oi Bruno, aprovamos o orçamento da identidade visual. Pode começar na segunda e mandar a nota fiscal no fim do mês?'],
  ['it', 'Preventivo giardino', 'Buongiorno, abbiamo scelto un altro fornitore per la manutenzione del parco. Grazie comunque per il preventivo.'],
  ['nl', 'Offerte fotografie', 'Hoi Daan, we hebben besloten om met een andere leverancier verder te gaan. Dank voor je offerte.'],
  ['pl', 'Wycena tłumaczenia', 'Pani Ewo, zarząd zdecydował się na innego dostawcę. Dziękujemy za przesłaną wycenę.'],
  ['sv', 'Offert ljudteknik', 'Hej Johan, vi har valt en annan leverantör för konferensen i mars. Tack för offerten!'],
  ['ja', 'お見積りの件', '先日はお見積りをありがとうございました。社内で検討した結果、今回は別の取引先に発注することになりました。'],
];

describe('a client’s mail to a freelancer', () => {
  it.each(CLIENT_MAIL)('is read as client work in %s', (_lang, subject, body) => {
    expect(client(subject, body)).toBe(true);
  });

  it('is a feature the learned model weighs, whatever the language', () => {
    const [, subject, body] = CLIENT_MAIL.find(([lang]) => lang === 'pl')!;
    const rules = classifyByRules(mail(subject, body));
    const names = featuresOf({ email: mail(subject, body), rules: { kind: rules.kind, confidence: rules.confidence, signals: [], topics: rules.topics } }).map((f) => f.name);
    expect(names).toContain('tp:client');
    expect(featuresOf({ email: mail(subject, body), rules: { kind: rules.kind, confidence: rules.confidence, signals: [] } }).map((f) => f.name)).not.toContain('tp:client');
  });

  // Two of these are still read as a refusal by the shipped model (a supplier turned down in English, and in
  // Japanese with 今回は, the phrase of every Japanese rejection): listed, so that a retrain that mends them, or
  // breaks another, shows here.
  const STILL_READ_AS_JOB = new Set(['en', 'ja']);
  const model = defaultModel();
  it.each(CLIENT_MAIL)('in %s is not put on the timeline as a job event', (lang, subject, body) => {
    const result = classify(mail(subject, body), { model });
    const event = result.kind !== 'other' && result.confidence >= REVIEW_THRESHOLD;
    expect(event, `${result.kind} ${result.confidence}`).toBe(STILL_READ_AS_JOB.has(lang));
  });
});

describe('the client words', () => {
  it.each([
    ['an agency recruiter’s rejection on behalf of its client', 'Update', 'Hi Sam, my client has decided to go with another candidate for the Controller role.'],
    ['a Portuguese job offer (“proposta”)', 'Proposta', 'Olá Ana, temos o prazer de enviar a proposta para a vaga de analista, com início em 4 de janeiro.'],
    ['a German job offer (“Angebot”)', 'Ihr Angebot', 'Hallo Frau Kern, wir freuen uns, Ihnen die Stelle als Teamleiterin anzubieten. Das Angebot liegt bei.'],
    ['an interview invitation', 'Interview', 'Dear Tom, we would like to invite you to an interview for the Buyer position on Tuesday at 10:00.'],
  ])('are not read in %s', (_what, subject, body) => {
    expect(client(subject, body)).toBe(false);
  });

  it('are listed by every language in lower case', () => {
    for (const pack of LANGUAGES) {
      expect(pack.clientWords.length, pack.code).toBeGreaterThan(5);
      for (const word of pack.clientWords) expect(word, pack.code).toBe(word.toLowerCase().trim());
    }
  });
});
