import { describe, expect, it } from 'vitest';
import { classifyByRules } from '../../../lib/core/classify/classify';
import { TOPIC_BIT } from '../../../lib/core/classify/context';
import { defaultModel } from '../../../lib/core/classify/model/default-model';
import { vectorOf } from '../../../lib/core/classify/model/features';
import { predict } from '../../../lib/core/classify/model/linear';
import { classify, ruleViewOf } from '../../../lib/core/classify/pipeline';
import { REVIEW_THRESHOLD } from '../../../lib/core/detection';
import { LANGUAGES } from '../../../lib/core/lang/index';
import { mail } from '../../support/builders';

/** Languages whose client mail below the shipped model still puts on the timeline. */
const STILL_READ_AS_JOB: ReadonlySet<string> = new Set(['ja']);

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

  it('is a feature the shipped model weighs: the same email without it reads differently', () => {
    const model = defaultModel()!;
    const [, subject, body] = CLIENT_MAIL.find(([lang]) => lang === 'pl')!;
    const email = mail(subject, body);
    const rules = classifyByRules(email);
    const view = ruleViewOf(rules);
    const withTopic = predict(model, vectorOf({ email, rules: view })).probabilities.get('other')!;
    const without = predict(model, vectorOf({ email, rules: { ...view, topics: (rules.topics ?? 0) & ~TOPIC_BIT.client } })).probabilities.get('other')!;
    expect(withTopic - without).toBeGreaterThan(0.02);
  });

  // Still read as a job event by the shipped model: a retrain that mends one makes its `it.fails` fail, and the
  // language leaves STILL_READ_AS_JOB.
  const model = defaultModel();
  const isEvent = (subject: string, body: string) => {
    const result = classify(mail(subject, body), { model });
    return result.kind !== 'other' && result.confidence >= REVIEW_THRESHOLD;
  };
  for (const [lang, subject, body] of CLIENT_MAIL) {
    if (STILL_READ_AS_JOB.has(lang)) it.fails(`in ${lang} is not put on the timeline as a job event (still is)`, () => expect(isEvent(subject, body)).toBe(false));
    else it(`in ${lang} is not put on the timeline as a job event`, () => expect(isEvent(subject, body)).toBe(false));
  }
});

describe('the client words', () => {
  it.each([
    ['an agency recruiter’s rejection on behalf of its client', 'Update', 'Hi Sam, my client has decided to go with another candidate for the Controller role.'],
    ['a Portuguese job offer (“proposta”)', 'Proposta', 'Olá Ana, temos o prazer de enviar a proposta para a vaga de analista, com início em 4 de janeiro.'],
    ['a German job offer (“Angebot”)', 'Ihr Angebot', 'Hallo Frau Kern, wir freuen uns, Ihnen die Stelle als Teamleiterin anzubieten. Das Angebot liegt bei.'],
    ['an interview invitation', 'Interview', 'Dear Tom, we would like to invite you to an interview for the Buyer position on Tuesday at 10:00.'],
    ['an acknowledgement that asks to quote a reference', 'Application received', 'Thanks for applying. Please quote reference JR-2231 in any reply. We estimate a decision within two weeks.'],
    ['an offer naming an hourly rate and a direct deposit form', 'Welcome aboard?', 'We are happy to offer you the role. Your hourly rate will be $18.50; please complete the direct deposit form if you accept.'],
    ['a German rejection signed “im Auftrag”', 'Ihre Bewerbung', 'Leider können wir Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\nim Auftrag\nAnna Schmidt\nPersonalabteilung'],
    ['a headhunter writing for their client', '', 'Für unseren Auftraggeber suchen wir einen Leiter Controlling. Namens onze opdrachtgever zoek ik ook een Controller.'],
    ['a Polish offer naming its contract type', 'Oferta pracy', 'Forma zatrudnienia: umowa zlecenie, start od 1 lutego.'],
    ['a Brazilian contractor offer', 'Proposta', 'Contratação PJ, com emissão de nota fiscal mensal e honorários de R$ 12 mil.'],
    ['an Italian job alert and acknowledgement', 'Nuove offerte di lavoro', 'Ecco le nuove offerte di lavoro per te. Grazie per la sua candidatura, ringraziandola in anticipo.'],
    ['a Japanese scout mail describing the work', 'スカウト', '仕事内容：取引先への提案営業、発注業務の管理。'],
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
