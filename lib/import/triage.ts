/**
 * A cheap first look at a message, before any MIME parsing: could it be job-search mail at all? Most of a mailbox is
 * bulk (newsletters, receipts, notifications, promotions): those messages are counted and dropped without being
 * parsed or classified when they say nothing job mail says, which is what lets an import run at disk speed. A
 * message it lets through is only parsed and classified as usual (the classifier decides), so a false "maybe" costs
 * time, never a wrong event.
 *
 * What passes, in this order (the first that holds decides):
 * 1. mail written by a person (structure, not words): no mailing-list or bulk headers (List-Unsubscribe, List-Id,
 *    Precedence, Auto-Submitted), not in Gmail's Promotions, Social or Forums tabs, and not from a no-reply address.
 *    A recruiter's "Thursday 2pm works, see you then" names no job, and the classifier must read it;
 * 2. a calendar invitation (a text/calendar part);
 * 3. text it cannot read cheaply (base64 text parts, Japanese and other multi-byte legacy charsets);
 * 4. bulk mail whose sender, subject or first 8 KB of body holds a phrase of the language packs' phrase tables (the rule
 *    classifier's own rows, every language, lib/core/lang/<code>/phrases.ts) or a job-search word below (ATS
 *    names, stems the tables do not hold).
 * Measured on the labelled sets (tests/fixtures/detection, train and tune, judged one message at a time):
 * tests/unit/import/triage.test.ts holds the share of job mail dropped under 1%.
 */
import { byteSearch } from './byte-search';
import { buildMatcher } from '../core/classify/phrase-matcher';
import { KIND_PHRASES } from '../core/classify/phrases';
import { LANGUAGE_PHRASES } from '../core/lang/phrases';

/**
 * Words and stems of job-search mail the phrase tables do not hold (ATS and test-platform names, single words), in
 * the matcher's notation: whole words, `*` ends a stem; accents fold ("gesprach*" reads "Gespräch").
 */
const JOB_WORDS: readonly string[] = [
  // en
  'apply', 'applied', 'applying', 'applicant*', 'application*', 'interview*', 'candida*', 'position*', 'role', 'recruit*',
  'hiring*', 'hire', 'hired', 'talent*', 'assessment*', 'unfortunately', 'regret to', 'career*', 'job', 'jobs', 'resume*',
  'cv', 'opportunit*', 'vacanc*', 'shortlist*', 'screening*', 'offer letter', 'offer of employment', 'offer you',
  'offer to join', 'job offer', 'pleased to offer', 'delighted to offer', 'happy to offer', 'excited to offer',
  'thrilled to offer', 'pleased to extend', 'delighted to extend', 'happy to extend', 'excited to extend',
  'thrilled to extend', 'compensation', 'start date', 'onboarding', 'move forward', 'moving forward', 'next step*',
  'next round', 'coding challenge*', 'coding test*', 'coding exercise*', 'take-home', 'take home', 'takehome',
  'hackerrank*', 'codility*', 'codesignal*', 'greenhouse*', 'lever.co*', 'myworkday*', 'ashbyhq*', 'smartrecruiters*',
  'icims*', 'teamtailor*', 'personio*', 'workable*', 'jobvite*', 'taleo*', 'successfactors*', 'calendly*',
  'hiring manager*', 'onsite', 'on-site', 'final round', 'unsuccessful', 'not selected', 'not been selected',
  'other candidates', 'filled the', 'thank you for your interest', 'thank you for interest', 'thank you for applying',
  'thanks for your interest', 'thanks for interest', 'thanks for applying', 'case study', 'test task*', 'salary*',
  'welcome aboard', 'welcome to the team', 'your availability', 'the team would', 'the team will', 'come in', 'went with',
  // de (compounds: the stems that end a word are listed as words of their own)
  'bewerb*', 'initiativbewerb*', 'vorstellung*', 'gesprach*', 'vorstellungsgesprach*', 'telefongesprach*',
  'kennenlerngesprach*', 'stelle', 'absage*', 'leider', 'einladung zum', 'kandidat*', 'zusage*', 'probetag*',
  // fr
  'entretien*', 'poste', 'malheureusement', 'offre d*', 'recrutement*', 'embauche*', 'candidat*',
  // es pt it
  'solicitud*', 'entrevista*', 'puesto*', 'lamentablemente', 'oferta de', 'oferta laboral', 'seleccion*', 'selecao*',
  'vacante*', 'postulaci*', 'vaga', 'infelizmente', 'processo seletivo', 'colloquio*', 'posizione*', 'purtroppo',
  'proposta di', 'selezione', 'prova tecnica', 'inscricao*', 'domanda di partecipazione',
  // nl sv pl
  'sollicit*', 'gesprek*', 'sollicitatiegesprek*', 'kennismakingsgesprek*', 'selectiegesprek*', 'tweede ronde', 'vacature*', 'helaas', 'aanbod*', 'functie*', 'ansokan*', 'intervju*', 'tjanst*', 'tyvarr', 'erbjud*',
  'rekryt*', 'aplikacj*', 'rekrutac*', 'rozmow*', 'stanowisk*', 'niestety', 'kandydat*',
  // ja
  '応募', '面接', '選考', '採用', '内定', '残念', '書類', '見送', 'エントリー', '求人', '募集', 'ご縁', '日程', '面談', '課題', 'オファー',
];

/**
 * Every phrase of the rule classifier's tables and its "steps forward", in every language, and the words above:
 * found in one left-to-right pass (Aho-Corasick: linear in the text, however many phrases).
 */
const PHRASES = buildMatcher(
  [
    ...new Set([
      ...KIND_PHRASES.map((p) => p.text),
      ...LANGUAGE_PHRASES.flatMap((l) => (l.progress ?? []).map((r) => r[0])),
      ...JOB_WORDS,
    ]),
  ].map((text) => ({ text })),
);

/** Addresses no person writes from. */
const NO_REPLY = /^(no-?reply|do-?not-?reply|donotreply|nao-?responda|naoresponda|noreply-|notifications?|notify|news(letters?)?|marketing|alerts?|mailer-daemon|bounces?|digest|promo(tions?)?)\b/i;
const BULK_PRECEDENCE = /bulk|list|junk/i;
/** Gmail's tabs that hold no mail one person wrote to another. */
const BULK_TABS = new Set(['category promotions', 'category social', 'category forums']);

/** Bytes of the body looked at (after the HTML head, when there is one). */
const PEEK_BYTES = 8 * 1024;
const UNREADABLE = /content-transfer-encoding:\s*base64|charset\s*=\s*"?(iso-2022|shift_jis|sjis|euc-|gb2312|gbk|gb18030|big5|ks_c|koi8|utf-16|x-)/i;
const CALENDAR = 'text/calendar';
const findCalendar = byteSearch(CALENDAR, true);
/** The end of an HTML head ("</head" in ASCII, either case). */
const findHeadEnd = byteSearch('</head', true);

const utf8 = new TextDecoder('utf-8');

/** What the first look reads of a message: its headers (lower-case names), Gmail's labels, and its bytes. */
export interface TriageInput {
  subject: string;
  /** The sender's address, lower case ('' when none: a message cut short or a lossy export, read as a person's). */
  fromAddress: string;
  /** Lower-case header name to its values. */
  fields: ReadonlyMap<string, readonly string[]>;
  /** The header block as text (latin1). */
  headerText: string;
  /** Gmail's labels, lower case. */
  labels: readonly string[];
  bytes: Uint8Array;
  bodyStart: number;
}

/** Why a message goes on to be parsed and classified; null: it is set aside. */
export type TriagePass = 'person' | 'calendar' | 'unreadable' | 'words';

/** Mail sent in bulk or by a machine that says so in its headers, its Gmail tab, or its address. */
export function isBulk(input: Pick<TriageInput, 'fromAddress' | 'fields' | 'labels'>): boolean {
  const f = input.fields;
  if (f.has('list-unsubscribe') || f.has('list-id')) return true;
  if (BULK_PRECEDENCE.test(f.get('precedence')?.[0] ?? '')) return true;
  const auto = f.get('auto-submitted')?.[0];
  if (auto && !/^\s*no\b/i.test(auto)) return true;
  if (input.labels.some((l) => BULK_TABS.has(l))) return true;
  return NO_REPLY.test(input.fromAddress);
}

export function triage(input: TriageInput): TriagePass | null {
  if (!isBulk(input)) return 'person';
  const { bytes, bodyStart } = input;
  if (input.headerText.toLowerCase().includes(CALENDAR) || findCalendar(bytes, bodyStart, bodyStart + 128 * 1024) >= 0) return 'calendar';
  const peek = peekBody(bytes, bodyStart);
  if (UNREADABLE.test(input.headerText) || UNREADABLE.test(peek.slice(0, 4096))) return 'unreadable';
  // The sender counts too: a booking tool (calendly.com, cal.com) or an ATS names itself in the address.
  const from = input.fields.get('from')?.[0] ?? '';
  return mayBeJobText(`${from}\n${input.subject}`) || mayBeJobText(peek) ? 'words' : null;
}

/** True when the text says something job mail says: a phrase of the tables or a job-search word. */
export function mayBeJobText(text: string): boolean {
  return PHRASES.scan(text).length > 0;
}

/** Quoted-printable soft breaks and =XX escapes undone on raw bytes (linear; invalid escapes kept as they are). */
export function unQuote(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let j = 0;
  const hex = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x3d) {
      if (bytes[i + 1] === 0x0a) {
        i += 1;
        continue;
      }
      if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) {
        i += 2;
        continue;
      }
      const h = hex(bytes[i + 1] ?? 0);
      const l = hex(bytes[i + 2] ?? 0);
      if (h >= 0 && l >= 0) {
        out[j++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[j++] = b;
  }
  return out.subarray(0, j);
}

/** The start of the body as text, for the triage: past an HTML head, quoted-printable undone, read as UTF-8. */
export function peekBody(bytes: Uint8Array, bodyStart: number): string {
  let from = bodyStart;
  const window = bytes.subarray(from, Math.min(bytes.length, from + 64 * 1024));
  // Skip an HTML head (style sheets run to tens of KB): "</head" in ASCII.
  const head = findHeadEnd(window);
  if (head >= 0) from += head;
  const slice = bytes.subarray(from, Math.min(bytes.length, from + PEEK_BYTES));
  return utf8.decode(slice.includes(0x3d) ? unQuote(slice) : slice);
}
