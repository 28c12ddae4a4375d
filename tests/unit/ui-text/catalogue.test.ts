/**
 * The four catalogues agree: every key in every language, with the same placeholders, numbered the way t() passes
 * them; every plural has its forms; the manifest's __MSG_ names exist; and no German, French or Spanish message is
 * left in English (the few that are the same word in both languages are listed, with why).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueSource, LOCALES, pseudoCatalogue, readCatalogue, setTestLocale, substitute, type Locale } from '../../support/i18n';
import { plural, setMessageSource, t } from '../../../lib/ui-text/i18n';
import { dueText } from '../../../lib/ui-text/due-phrase';

const en = readCatalogue('en');
const others = LOCALES.filter((l) => l !== 'en');

/** Messages a language writes exactly as English does: names, units, and words that are the same in both. */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, string[]> = {
  // A name, placeholders alone, units, and "Name" and "in" (German words too).
  de: ['ext_name', 'bar_evidence', 'notify_item', 'unit_mb', 'unit_gb', 'unit_mb_per_s', 'unit_seconds', 'unit_minutes_seconds', 'person_name', 'import_in_messages'],
  // "Note", "Notes", "Pages", "Minutes", "Notifications" and "message(s)" are French words too.
  fr: ['ext_name', 'bar_evidence', 'notify_item', 'unit_seconds', 'unit_minutes_seconds', 'moment_today', 'moment_weekday', 'moment_date', 'event_note', 'note_general', 'note_field', 'notes', 'pages_nav', 'interview_minutes', 'settings_notifications', 'count_messages_one', 'count_messages_other'],
  // "Formal" is Spanish too.
  es: ['ext_name', 'bar_evidence', 'notify_item', 'unit_mb', 'unit_gb', 'unit_mb_per_s', 'unit_seconds', 'unit_minutes_seconds', 'moment_today', 'moment_weekday', 'moment_date', 'tone_formal'],
};

const placeholdersOf = (locale: string, key: string) => readCatalogue(locale)[key]?.placeholders ?? {};

afterEach(() => setTestLocale('en'));

describe('the interface catalogues', () => {
  it.each(others)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(readCatalogue(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s: every message uses exactly its placeholders, numbered in alphabetical order of their names', (locale) => {
    for (const [key, entry] of Object.entries(readCatalogue(locale))) {
      const names = Object.keys(entry.placeholders ?? {});
      expect(names, `${locale}/${key}`).toEqual([...names].sort());
      expect(names.map((n) => entry.placeholders![n]!.content), `${locale}/${key}`).toEqual(names.map((_, i) => `$${i + 1}`));
      const used = [...new Set([...entry.message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase()))].sort();
      expect(used, `${locale}/${key}: ${entry.message}`).toEqual(names);
      expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
    }
  });

  it.each(others)('%s has the same placeholders as English in every message', (locale) => {
    for (const key of Object.keys(en)) expect(placeholdersOf(locale, key), key).toEqual(placeholdersOf('en', key));
  });

  it('every plural has its "one" and "other" forms', () => {
    const bases = Object.keys(en).filter((k) => /^(count|badge_title)_.*_?other$/.test(k)).map((k) => k.slice(0, -'_other'.length));
    expect(bases.length).toBeGreaterThan(5);
    for (const base of bases) expect(en[`${base}_one`], base).toBeTruthy();
  });

  it.each(others)('%s leaves no message in English', (locale) => {
    const catalogue = readCatalogue(locale);
    const same = Object.keys(en).filter((k) => k !== 'locale_tag' && catalogue[k]?.message === en[k]!.message);
    expect(same.sort()).toEqual(SAME_AS_ENGLISH[locale].filter((k) => k in en).sort());
  });

  it("the manifest's name and description come from the catalogue, with English as the default", () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    expect(config).toMatch(/default_locale: 'en'/);
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['ext_name', 'ext_description']));
    for (const name of names) for (const locale of LOCALES) expect(readCatalogue(locale)[name], `${locale}/${name}`).toBeTruthy();
    // The stores cut a description at 132 characters.
    for (const locale of LOCALES) expect(readCatalogue(locale).ext_description!.message.length, locale).toBeLessThanOrEqual(132);
  });
});

describe('plurals and dates in each language', () => {
  it.each([
    ['en', 1, '1 application'],
    ['en', 2, '2 applications'],
    ['en', 1234, '1,234 applications'],
    ['de', 1, '1 Bewerbung'],
    ['de', 1234, '1.234 Bewerbungen'],
    ['fr', 0, '0 candidature'],
    ['fr', 1, '1 candidature'],
    ['fr', 2, '2 candidatures'],
    ['es', 1, '1 candidatura'],
    ['es', 3, '3 candidaturas'],
  ] as const)('%s: %i reads "%s" (never "1 applications")', (locale, n, expected) => {
    setTestLocale(locale);
    expect(plural('count_applications', n).replace(/\u202f|\u00a0/g, ' ')).toBe(expected);
  });

  it.each([
    ['en', 'en-GB', 'by tomorrow 10:00'],
    ['en', 'en-US', 'by tomorrow 10:00 AM'],
    ['de', 'de', 'bis morgen, 10:00 Uhr'],
    ['fr', 'fr', 'échéance : demain 10:00'],
    ['es', 'es', 'plazo: mañana 10:00'],
  ] as const)('%s (%s): a deadline tomorrow morning reads "%s"', (locale, ui, expected) => {
    setTestLocale(locale, ui);
    const text = dueText({ dueAt: '2026-03-04T10:00:00Z', overdueAt: '2026-03-04T11:00:00Z' }, '2026-03-03T15:00:00Z', 'UTC').text;
    expect(text.replace(/\u202f|\u00a0/g, ' ')).toBe(expected);
  });

  it('a browser in a language without a catalogue reads English with English dates, not a mixture', () => {
    setTestLocale('en', 'pt-BR');
    const text = dueText({ dueAt: '2026-03-06T17:30:00Z', overdueAt: '2026-03-06T18:30:00Z' }, '2026-03-03T09:00:00Z', 'UTC').text;
    expect(text.replace(/\u202f|\u00a0/g, ' ')).toBe('by Friday 05:30 PM');
  });

  it.each([...LOCALES, 'pseudo'] as const)('%s: a message with values reads as the browser fills it, and the catalogue is asked once per key', (locale) => {
    const catalogue = locale === 'pseudo' ? pseudoCatalogue() : readCatalogue(locale);
    const source = catalogueSource(catalogue, 'en-GB');
    const asked: string[] = [];
    setMessageSource({ ...source, message: (key, subs) => (asked.push(key), source.message(key, subs)) });
    let checked = 0;
    for (const [key, entry] of Object.entries(catalogue)) {
      const names = Object.keys(entry.placeholders ?? {}).sort();
      if (names.length === 0) continue;
      // Values that look like placeholders, a dollar sign, and each other's names: put in as they are, once.
      for (const round of [0, 1]) {
        const values = Object.fromEntries(names.map((name, i) => [name, round ? `$1 $$ ${name}` : `v${i}\u00e9`]));
        const expected = substitute(entry, names.map((name) => values[name]!));
        expect(t(key as never, values as never), `${locale} ${key}`).toBe(expected);
      }
      expect(asked.filter((k) => k === key), key).toHaveLength(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('a message missing from the catalogue shows its key rather than nothing, so a page test catches it', () => {
    setMessageSource({ message: () => '', uiLanguage: () => 'en-GB' });
    expect(t('bar_why')).toBe('bar_why');
    expect(plural('count_applications', 2)).toBe('count_applications_other');
  });
});
