/**
 * Drafts in the conversation's language: every rule, stance, tone (and offer answer) in German, French and Spanish
 * reads as written, as short as the English, clean of the advice check, with its facts written in that language;
 * the draft follows the language the conversation was read in, a per-draft switch or the user's default, and falls
 * back to English where the playbook has no letters.
 */
import { describe, expect, it } from 'vitest';
import { checkAdvice, draftFor, draftForReminder, TONES, type Draft, type DraftInput, type DraftResult, type OfferAnswer } from '../../../lib/core/drafts';
import { RULES } from '../../../lib/core/playbook';
import type { RuleId } from '../../../lib/core/reminders/types';
import type { Stance } from '../../../lib/core/timeline/types';
import { ana, application, ben, chloe, event, fullInput as anyInput, note, reminder, sameEvening, settings, timeline } from './fixtures';
import { articleRuns, describeWithShared, SHARED_ARTICLES } from '../../support/shared';

/** Notes in no particular language (the user's own words are kept as written): Kafka, a link, a name. */
const notes = [note('topic', 'Kafka Streams'), note('resource', 'https://example.org/backfills'), note('introduction', 'Lena Vogel')];
const fullInput = (ruleId: RuleId, overrides: Partial<DraftInput> = {}): DraftInput => anyInput(ruleId, { notes, ...overrides });

const LANGS = ['de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
const MESSAGE_RULES = (Object.keys(RULES) as RuleId[]).filter((r) => RULES[r].message);
const DOOR_OPEN_ONLY: RuleId[] = ['gracious-reply', 'be-a-resource', 'keep-door-open'];
const STANCES: Stance[] = ['door_open', 'clean_break'];
const OFFER_ANSWERS: OfferAnswer[] = ['ask-time', 'accept', 'discuss'];

const writes = MESSAGE_RULES.flatMap((ruleId) =>
  STANCES.filter((s) => !(s === 'clean_break' && DOOR_OPEN_ONLY.includes(ruleId))).flatMap((stance) =>
    TONES.flatMap((tone) =>
      (ruleId === 'answer-offer' ? OFFER_ANSWERS : (['ask-time'] as OfferAnswer[])).flatMap((offerAnswer) =>
        LANGS.map((lang) => [ruleId, stance, tone, offerAnswer, lang] as const),
      ),
    ),
  ),
);


const sparseInput = (ruleId: RuleId, o: Partial<DraftInput> = {}): DraftInput => ({
  ruleId,
  tone: 'warm',
  stance: 'door_open',
  application: { ...application, role: null },
  settings,
  asReply: false,
  ...o,
});

function asDraft(result: DraftResult): Draft {
  if (result.kind !== 'draft') throw new Error(`expected a draft, got ${result.reason}`);
  return result;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const wordLimit = (ruleId: RuleId) => (ruleId === 'thank-you-note-post' ? 60 : ruleId === 'thank-you-email' || ruleId === 'thank-you-each' ? 120 : 150);

function expectCleanLetter(draft: Draft) {
  const { body, blanks } = draft;
  expect(body).not.toMatch(/[{}]|\bundefined\b|\bnull\b|\bNaN\b|\[object/);
  expect(body).not.toMatch(/ {2}| [,.;:!?]|,,|\.\.|,\.|\n{3}|^\s|\s$|[ \t]\n|\( ?\)/);
  let outside = body;
  for (const blank of [...blanks].reverse()) {
    expect(body.slice(blank.start, blank.end)).toBe(`[${blank.label}]`);
    outside = outside.slice(0, blank.start) + outside.slice(blank.end);
  }
  expect(outside).not.toMatch(/[[\]]/);
  expect(blanks.length).toBeLessThanOrEqual(1);
  for (const start of body.matchAll(/[.!?]\s+(\S)/gu)) expect(start[1]).toMatch(/[\p{Lu}[¿¡]/u);
  if (draft.subject !== null) expect(draft.subject).toMatch(/^\p{Lu}[^{}[\]\n]{2,80}$/u);
  // English leftovers: a German, French or Spanish letter has none of these words.
  expect(body).not.toMatch(/\b(?:the|Thank|you|your|role|Hi|Dear|regards)\b/);
}

describe('every rule, stance and tone in German, French and Spanish', () => {
  const datasets = {
    complete: fullInput,
    sparse: sparseInput,
    'sparse, no company': (r: RuleId, o: Partial<DraftInput> = {}) => sparseInput(r, { application: { ...application, role: null, company: '' }, ...o }),
  } as const;

  describe.each(Object.entries(datasets))('with %s data', (_label, make) => {
    it.each(writes)('%s (%s, %s, %s) in %s: clean, short, passes the advice check', (ruleId, stance, tone, offerAnswer, lang) => {
      const draft = asDraft(draftFor(make(ruleId, { stance, tone, offerAnswer, lang })));
      expect(draft.lang).toBe(lang);
      expectCleanLetter(draft);
      expect(words(draft.body)).toBeLessThanOrEqual(wordLimit(ruleId));
      expect(checkAdvice(draft.body, { ruleId })).toEqual([]);
    });
  });

  const oncePerLetter = writes.filter(([, , , , lang]) => lang === 'de').map(([r, s, t, a]) => [r, s, t, a] as const);
  it.each(oncePerLetter)('%s (%s, %s, %s): four different letters, one per language', (ruleId, stance, tone, offerAnswer) => {
    const bodies = (['en', ...LANGS] as const).map((l) => asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer, lang: l }))).body);
    expect(new Set(bodies).size).toBe(LANGS.length + 1);
  });

  it('French puts a no-break space before ; : ? ! and German goes on in lower case after the greeting', () => {
    for (const [ruleId, stance, tone, offerAnswer, lang] of writes) {
      const { body } = asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer, lang })));
      if (lang === 'fr') expect(body.replace(/https?:\/\/\S+/g, '')).not.toMatch(/[^\s\u00a0\u202f][;:?!]/u);
      const first = body.split('\n\n')[1] ?? '';
      if (lang === 'de') expect(first).toMatch(/^(?:\p{Ll}|Sie\b|Ihr)/u);
    }
  });
});

describe('facts in the letter’s language', () => {
  it('German: the role, the day, the time and the names', () => {
    const invite = asDraft(draftFor(fullInput('reply-to-invite', { lang: 'de', tone: 'formal' })));
    expect(invite.body).toContain('die Stelle als Data Engineer bei Northwind Labs');
    expect(invite.body).toContain('am Dienstag, 4. März, um 14 Uhr');
    expect(invite.body).toMatch(/^Guten Tag Ana Ribeiro,\n\nhaben Sie vielen Dank/);
    expect(invite.body).toMatch(/\n\nMit freundlichen Grüßen\nSam Lee$/);
    const panel = asDraft(draftFor(fullInput('thank-you-email', { lang: 'de', person: null, now: '2025-03-05T08:00:00Z' })));
    expect(panel.body).toMatch(/^Hallo Ana und Ben,\n\nvielen Dank, dass Sie sich gestern Zeit/);
  });

  it('French and Spanish: dates through Intl, the Spanish greeting with a colon', () => {
    const fr = asDraft(draftFor(fullInput('answer-offer', { lang: 'fr', tone: 'concise' })));
    expect(fr.body).toContain('d’ici le vendredi 7 mars');
    expect(fr.body).toMatch(/\n\nCordialement,\nSam Lee$/);
    const es = asDraft(draftFor(fullInput('missed-call', { lang: 'es', tone: 'warm' })));
    expect(es.body).toMatch(/^Hola, Ana:\n\nTeníamos una llamada prevista para hoy a las 14:00/);
    expect(es.body).toMatch(/\n\nUn saludo,\nSam Lee$/);
    const names = asDraft(draftFor(fullInput('thank-you-email', { lang: 'es', person: null, people: [ana, { ...ben, name: 'Inés Vidal' }] })));
    expect(names.body).toMatch(/^Hola, Ana e Inés:/);
  });

  it('Portuguese: "na terça-feira" but "no sábado", 14h, and no gendered "obrigado"', () => {
    const tuesday = asDraft(draftFor(fullInput('thank-you-email', { lang: 'pt', now: '2025-03-07T09:00:00Z' })));
    expect(tuesday.body).toContain('o tempo que você dedicou na terça-feira para conversarmos sobre a vaga de Data Engineer na Northwind Labs');
    const saturday = event({ interview: { start: '2025-03-08T13:00:00Z', end: null, timeZone: null } });
    expect(asDraft(draftFor(fullInput('thank-you-email', { lang: 'pt', event: saturday, now: '2025-03-10T09:00:00Z' }))).body).toContain('dedicou no sábado');
    expect(asDraft(draftFor(fullInput('reply-to-invite', { lang: 'pt', tone: 'formal' }))).body).toContain('terça-feira, 4 de março, às 14h');
    for (const [ruleId, stance, tone, offerAnswer, lang] of writes.filter((w) => w[4] === 'pt')) {
      expect(asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer, lang }))).body).not.toMatch(/\bobrigad[oa]s?\b/i);
    }
  });

  it('the note asking someone to pass the letter on is in the letter’s language', () => {
    const draft = asDraft(draftFor(fullInput('thank-you-each', { lang: 'de', person: ben, via: chloe })));
    expect(draft.body).toMatch(/^Hallo Chloe Martin,\n\nkönnten Sie bitte meinen Dank an Ben weitergeben\?/);
  });
});

describe('the draft follows the conversation', () => {
  const german = timeline({ events: [event({ lang: 'de' })] });

  it('a German conversation gets a German thank-you', () => {
    const draft = asDraft(draftForReminder(reminder('thank-you-email'), german, settings, { tone: 'warm', now: sameEvening }));
    expect(draft.lang).toBe('de');
    expect(draft.body).toMatch(/^Hallo Ana und Ben,\n\nvielen Dank, dass Sie sich heute Zeit/);
    expect(draft.body).toContain('ich möchte diese Stelle wirklich gern');
  });

  it('an event stored before languages were kept reads as English', () => {
    const draft = asDraft(draftForReminder(reminder('thank-you-email'), timeline(), settings, { tone: 'warm', now: sameEvening }));
    expect([draft.lang, draft.body.slice(0, 15)]).toEqual(['en', 'Hi Ana and Ben,']);
  });

  it('a language with no letters falls back to English', () => {
    for (const lang of ['pl', 'ja', 'sv'] as const) {
      const conversation = timeline({ events: [event({ lang })] });
      const draft = asDraft(draftForReminder(reminder('thank-you-email'), conversation, settings, { tone: 'warm', now: sameEvening }));
      expect([draft.lang, draft.body.slice(0, 15)]).toEqual(['en', 'Hi Ana and Ben,']);
    }
  });

  it('the thread tells the language when the event itself has none', () => {
    const thread = timeline({ events: [event(), event({ id: 'ev-later', lang: 'fr', interview: null, at: '2025-03-01T09:00:00Z' })] });
    expect(asDraft(draftForReminder(reminder('thank-you-email'), thread, settings, { tone: 'warm' })).lang).toBe('fr');
  });

  it('a per-draft switch wins over the default, and the default over the conversation', () => {
    const spanishByDefault = { ...settings, draftLanguage: 'es' as const };
    expect(asDraft(draftForReminder(reminder('thank-you-email'), german, spanishByDefault, { tone: 'warm' })).lang).toBe('es');
    expect(asDraft(draftForReminder(reminder('thank-you-email'), german, spanishByDefault, { tone: 'warm', lang: 'fr' })).lang).toBe('fr');
    expect(asDraft(draftForReminder(reminder('thank-you-email'), german, spanishByDefault, { tone: 'warm', lang: 'conversation' })).lang).toBe('de');
    expect(asDraft(draftForReminder(reminder('thank-you-email'), german, settings, { tone: 'warm', lang: 'en' })).lang).toBe('en');
  });
});

describeWithShared("every language's letters are our own words, never the articles' sentences", SHARED_ARTICLES, (dir) => {
  const normalise = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  const RUN = 7;
  const runs = articleRuns(dir, normalise, RUN);

  it(`no run of ${RUN} words from an article in any draft in any language`, () => {
    const copied: string[] = [];
    for (const [ruleId, stance, tone, offerAnswer, lang] of writes) {
      const w = normalise(asDraft(draftFor(fullInput(ruleId, { stance, tone, offerAnswer, lang }))).body);
      for (let i = 0; i + RUN <= w.length; i++) if (runs.has(w.slice(i, i + RUN).join(' '))) copied.push(w.slice(i, i + RUN).join(' '));
    }
    expect(runs.size).toBeGreaterThan(500);
    expect(copied).toEqual([]);
  });
});
