/**
 * Turns a template and the facts at hand into a letter. A sentence is a list of alternatives; the first whose
 * facts are all known is used, and a sentence with none is left out, so a missing fact never leaves a hole.
 *
 * Alternative syntax:
 * - `{key}` is a fact (see facts.ts); the alternative needs it;
 * - `?key,!other ` at the start: needs `key` known and `other` unknown, without writing either;
 * - `[[label]]` is a blank the user fills: written "[label]" and reported as a Blank.
 */
import type { FactKey, Facts } from './facts';
import type { Blank } from './types';

export type Sentence = string | readonly string[];

export interface Template {
  /** null: this kind of message never has a subject (a card). */
  subject: Sentence | null;
  greeting: Sentence;
  /** Paragraphs of sentences. */
  body: ReadonlyArray<readonly Sentence[]>;
  signoff: string;
  /**
   * German: after "Hallo Ana," the letter goes on in lower case ("vielen Dank …"), unless its first word is
   * the polite "Sie" or "Ihr" (the letters start with such a word, or one that is lower-cased).
   */
  lowerStart?: boolean;
}

/** German words that keep their capital at the start of a letter after the greeting's comma. */
const KEEP_CAPITAL = /^(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/u;

const SLOT = /\{(\w+)\}/g;
const BLANK_MARK = /\[\[([^[\]]{1,80})\]\]/g;
const BLANK_TEXT = /\[([^[\]\n]{1,80})\]/g;

function renderAlternative(alt: string, facts: Facts): string | null {
  let text = alt;
  if (text.startsWith('?')) {
    const space = text.indexOf(' ');
    const conditions = text.slice(1, space).split(',');
    for (const c of conditions) {
      const wanted = !c.startsWith('!');
      const key = (wanted ? c : c.slice(1)) as FactKey;
      if (Boolean(facts[key]) !== wanted) return null;
    }
    text = text.slice(space + 1);
  }
  let missing = false;
  // One pass: a fact's own text is never scanned again for slots.
  const filled = text.replace(SLOT, (_, key: string) => {
    const value = facts[key as FactKey];
    if (!value) missing = true;
    return value ?? '';
  });
  if (missing) return null;
  const withBlanks = filled.replace(BLANK_MARK, '[$1]');
  return withBlanks.charAt(0).toUpperCase() + withBlanks.slice(1);
}

export function renderSentence(sentence: Sentence, facts: Facts): string | null {
  const alternatives = typeof sentence === 'string' ? [sentence] : sentence;
  for (const alt of alternatives) {
    const text = renderAlternative(alt, facts);
    if (text !== null) return text;
  }
  return null;
}

export interface Rendered {
  subject: string | null;
  body: string;
  blanks: Blank[];
}

export function renderTemplate(template: Template, facts: Facts, withSubject: boolean): Rendered {
  const paragraphs = template.body
    .map((p) => p.map((s) => renderSentence(s, facts)).filter((s): s is string => s !== null).join(' '))
    .filter((p) => p !== '');
  const greeting = renderSentence(template.greeting, facts);
  const first = paragraphs[0];
  if (template.lowerStart && greeting && first && !KEEP_CAPITAL.test(first)) paragraphs[0] = first.charAt(0).toLowerCase() + first.slice(1);
  const closing = facts.user ? `${template.signoff}\n${facts.user}` : template.signoff;
  const body = [greeting, ...paragraphs, closing].filter(Boolean).join('\n\n');
  const blanks: Blank[] = [];
  for (const m of body.matchAll(BLANK_TEXT)) {
    blanks.push({ start: m.index, end: m.index + m[0].length, label: m[1] ?? '' });
  }
  const subject = withSubject && template.subject ? renderSentence(template.subject, facts) : null;
  return { subject, body, blanks };
}
