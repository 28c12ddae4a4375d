/**
 * Whether an email speaks to its reader as one of the sender's staff: a payslip, a rota, an appraisal, an internal
 * vacancy, "Dear colleagues" (`staffWords` of each pack in `lib/core/lang/`). An employer writes so to its own people
 * only; an outside employer writes so to a candidate at no step of a search. Mail from an organisation, read as other
 * mail, with such words shows the owner works there (hiring-side.ts), so that its later job decisions (the
 * acknowledgement of an internal application, an internal interview, a promotion panel's answer), which read word for
 * word like an outside employer's, wait for the owner's word instead of changing the timeline.
 *
 * A short word counts only in the email's own language (`detectLanguage`): "rota" is a staff rota in English but a
 * road in Portuguese ("Transportadora Rota Sul" in a job alert) and a surname in Italian. A long one
 * ("gehaltsabrechnung", "lönespecifikation", "beste collega"), or one in a script of its own (給与明細), means the same
 * wherever it appears, and counts in any text: a short payroll notice is often too short for its language to be told.
 * One pass of each of two phrase matchers over the subject and the head of the body: linear, whatever the text.
 */
import { detectLanguage, LANGUAGES, type LangCode } from '../lang/index';
import { buildMatcher, type PhraseMatcher } from './phrase-matcher';

/** How much of the body is read: a staff letter says who it is for in its first lines. */
export const STAFF_SCAN = 1_500;

/** Words at least this long (without a stem's `*`) count in a text of any language. */
const SHARED_LENGTH = 8;

const isShared = (word: string): boolean => word.replace(/\*$/, '').length >= SHARED_LENGTH || /[^\u0000-\u024f]/.test(word);

type Matcher = PhraseMatcher<{ text: string }>;
const build = (words: readonly string[]): Matcher | null => (words.length > 0 ? buildMatcher(words.map((text) => ({ text }))) : null);

/** The short words of each language, and the long words of all, built on first use. */
const own = new Map<LangCode, Matcher | null>();
let shared: Matcher | null | undefined;

function ownMatcher(code: LangCode): Matcher | null {
  if (!own.has(code)) own.set(code, build((LANGUAGES.find((pack) => pack.code === code)?.staffWords ?? []).filter((w) => !isShared(w))));
  return own.get(code)!;
}

function sharedMatcher(): Matcher | null {
  if (shared === undefined) shared = build(LANGUAGES.flatMap((pack) => pack.staffWords.filter(isShared)));
  return shared;
}

// Read as its lower case would be, without writing that copy; dotted capital I is the one character whose lower case
// is longer, and a text holding it is lowered first.
const finds = (m: Matcher | null, text: string): boolean =>
  m !== null && (text.includes('\u0130') ? m.scan(text.toLowerCase()) : m.scanLowerCase(text)).length > 0;

/** Whether the subject or the head of the body has a word an employer writes to its own staff. */
export function speaksToStaff(subject: unknown, body: unknown): boolean {
  const s = typeof subject === 'string' ? subject.slice(0, 300) : '';
  const b = typeof body === 'string' ? body.slice(0, STAFF_SCAN) : '';
  const text = s === '' ? b : `${s}\n${b}`;
  if (text === '') return false;
  return finds(sharedMatcher(), text) || finds(ownMatcher(detectLanguage(text)), text);
}
