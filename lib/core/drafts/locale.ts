/**
 * What a letter says differently in each language it is written in, beyond its sentences: how the role is named
 * ("the Data Engineer role at Northwind" / "die Stelle als Data Engineer bei Northwind"), how names are joined, and
 * how days and times are written (Intl, in the user's zone). The letters themselves are in the playbook.
 */
import type { LangCode } from '../lang/types';

/** The languages the playbook has letters in; any other conversation gets English. */
export const LETTER_LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

export function isLetterLang(code: unknown): code is LetterLang {
  return typeof code === 'string' && (LETTER_LANGS as readonly string[]).includes(code);
}

/** The language a draft is written in: the wanted one when there are letters in it, else English. */
export function letterLang(wanted: LangCode | null | undefined): LetterLang {
  return isLetterLang(wanted) ? wanted : 'en';
}

/** Intl locale of each letter language (the formats of that language's own country). */
export const LOCALE: Record<LetterLang, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', pt: 'pt-BR', it: 'it-IT', nl: 'nl-NL' };

const ROLE_WORD = /\b(role|position|job|opening|post|internship)$/i;

/**
 * The role as a phrase after a preposition that takes the accusative in German ("für die Stelle"), and after
 * "pour", "concernant" in French, "por", "para", "sobre" in Spanish and "sobre", "para" in Portuguese (the letters never write "de" or "à" before
 * it, which would contract: "du poste", "al puesto").
 */
export function rolePhraseIn(lang: LetterLang, role: string | null, company: string | null): string {
  switch (lang) {
    case 'de':
      return `die Stelle${role ? ` als ${role}` : ''}${company ? ` bei ${company}` : ''}`;
    case 'fr':
      return `le poste${role ? ` de ${role}` : ''}${company ? ` chez ${company}` : ''}`;
    case 'es':
      return `el puesto${role ? ` de ${role}` : ''}${company ? ` en ${company}` : ''}`;
    // Portuguese: after "sobre", "para", "com" (never "de", "em", "por", "a", which contract: "da vaga", "na vaga").
    case 'pt':
      return `a vaga${role ? ` de ${role}` : ''}${company ? ` na ${company}` : ''}`;
    // Italian: as a subject or object, or after "per" (never "di", "a", "su", which contract: "della posizione").
    case 'it':
      return `la posizione${role ? ` di ${role}` : ''}${company ? ` presso ${company}` : ''}`;
    case 'nl':
      return `de functie${role ? ` van ${role}` : ''}${company ? ` bij ${company}` : ''}`;
    default: {
      const noun = role ? (ROLE_WORD.test(role) ? role : `${role} role`) : 'role';
      return company ? `the ${noun} at ${company}` : `the ${noun}`;
    }
  }
}

const AND: Record<LetterLang, string> = { en: 'and', de: 'und', fr: 'et', es: 'y', pt: 'e', it: 'e', nl: 'en' };
/** After four names: the rest of the panel (German accusative, as "grüßen Sie … von mir" takes it). */
const REST: Record<LetterLang, string> = {
  en: 'and the rest of the panel',
  de: 'und das ganze Team',
  fr: 'et le reste de l’équipe',
  es: 'y el resto del equipo',
  pt: 'e o restante da equipe',
  it: 'e il resto del team',
  nl: 'en de rest van het team',
};

/** "Ana, Ben and Chloe" in the language ("Ana, Ben und Chloe", "Ana, Ben et Chloe", "Ana e Inés"). */
export function joinNamesIn(lang: LetterLang, names: string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length > 4) return `${unique.slice(0, 3).join(', ')} ${REST[lang]}`;
  if (unique.length === 1) return unique[0] ?? null;
  const lastName = unique[unique.length - 1] ?? '';
  // Spanish writes "e" before a word that starts with the sound i: "Ana e Inés", "Pablo e Hilda".
  const and = lang === 'es' && /^h?[iíIÍ](?![aeoáéó])/u.test(lastName.replace(/^H/, 'h')) ? 'e' : AND[lang];
  return `${unique.slice(0, -1).join(', ')} ${and} ${lastName}`;
}
