/**
 * Hostile emails for the speed of the core on any input: each fills a body (plain text, or HTML) with one unit
 * repeated to a size, the shapes that make a backtracking pattern quadratic (runs of spaces, digits, dots,
 * brackets, half-open markup, repeated words), the same units as tests/unit/text-linear-time.test.ts.
 */
import type { Email } from '../../lib/core/email';

export const CRAFTED_UNITS = [
  ' ', '\t', '\n', ' \n', 'a', 'A', '1', '.', ',', ')', '-', ':', '/', '@', '<', '&', '>', '\u00a0', '\u200b',
  'a ', 'Aa ', '1 ', '. ', ' at \t', ' at ', 'bei ', ' has ', 'global ', 'Engineer ', 'Monday ', '10:00 ', 'Dear ',
  'position: ', 'for the ', 'https://zoom.us/j/1', '<style>', '<script>x</script>', '&amp;', 'Ana Pereira, ', '> ',
  'BEGIN:VEVENT\n', 'DTSTART:2026', 'On Mon, Ana wrote:\n', '面接', 'Bewerbung ',
] as const;

/** One email per unit and form (text body, HTML body, subject), each `size` characters of that unit. */
export function craftedEmails(size: number): Email[] {
  const emails: Email[] = [];
  CRAFTED_UNITS.forEach((unit, i) => {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '!';
    const base = { source: 'gmail' as const, from: { name: 'Ana Pereira', address: 'ana@northwind.example' }, date: '2026-03-01T10:00:00Z' };
    emails.push({ ...base, id: `text-${i}`, subject: 'Interview invitation', body: text });
    emails.push({ ...base, id: `html-${i}`, subject: 'Interview invitation', body: '', html: `<div>${text}</div>` });
    emails.push({ ...base, id: `subject-${i}`, subject: text, body: 'Hello' });
  });
  return emails;
}
