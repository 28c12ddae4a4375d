/**
 * What Callback knows of one language, in one place: how to tell a text is in it, the names of its days and
 * months, the words that introduce a meeting's time, and how its dates and times are read. One folder per language
 * (`lang/<code>/index.ts`), listed once in `lang/index.ts`, in the shape of chrono-node's locales.
 */
import type { Chrono } from 'chrono-node';

export type LangCode = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'pl' | 'sv' | 'ja';

export interface LanguagePack {
  code: LangCode;
  /** Frequent short words, each with spaces around it: the language with most of them in a text is its language. */
  markers: readonly string[];
  /** Weekday names and their usual abbreviations, lower case. */
  weekdays: readonly string[];
  /** Month names and their usual abbreviations, lower case. */
  months: readonly string[];
  /** "today", "tomorrow", "tonight": a bare time next to one of these is a fixed time. */
  relativeDays: readonly string[];
  /** Words of a sentence that may hold a meeting's time ("interview", "Termin", "colloquio"); `*` ends a prefix. */
  meetingCues: readonly string[];
  /** Units of a length of time ("minutes", "Stunden"): "a 30-minute call" is no time of day. */
  lengthUnits: readonly string[];
  /** "noon", "midi", "Mittag": a time of day written without a digit. */
  noon: readonly string[];
  /** The date reader: a chrono-node parser for this language. */
  parser: Chrono;
  /**
   * Rewrites the language's own ways of writing a time into ones the parser reads ("kl. 14.30" → "at 14:30"),
   * for languages whose chrono locale lacks them, or that have none (Polish, Swedish: read with English's parser
   * after their day and month names are put in English).
   */
  prepare?: (text: string) => string;
}
