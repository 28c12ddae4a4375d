/**
 * Counts in words, through Intl.PluralRules so "1 application" and "2 applications" (and a language's other forms)
 * come from one place: `count(1, { one: 'application', other: 'applications' })`.
 */
const rules = new Map<string, Intl.PluralRules>();

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function count(n: number, forms: PluralForms, locale = 'en'): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return `${n} ${forms[rule.select(n)] ?? forms.other}`;
}

export const APPLICATIONS: PluralForms = { one: 'application', other: 'applications' };
export const EVENTS: PluralForms = { one: 'event', other: 'events' };
export const DAYS: PluralForms = { one: 'day', other: 'days' };
