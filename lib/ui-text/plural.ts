/**
 * Counts in words, through Intl.PluralRules and the catalogue: `count(1, 'count_applications')` is
 * "1 application", `count(2, ...)` "2 applications", and each language's own forms come from its messages.json.
 */
import { plural, type PluralKey } from './i18n';

export function count(n: number, forms: PluralKey): string {
  return plural(forms, n);
}

export const APPLICATIONS: PluralKey = 'count_applications';
export const EVENTS: PluralKey = 'count_events';
export const DAYS: PluralKey = 'count_days';
