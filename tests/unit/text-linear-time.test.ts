/**
 * Every text function of the core grows at most linearly with its input, on crafted input: long runs of spaces,
 * tabs, letters, digits, dots, brackets, repeated words and half-open markup, the shapes that make a backtracking
 * pattern quadratic or cubic. Each function is timed at 1k, 10k and 100k characters; the test fails when ten
 * times the input costs far more than ten times the time.
 *
 * Made for a loaded, shared 2-core machine: each point is the fastest of several runs (interference only ever
 * adds time), growth is compared as a ratio with generous headroom (linear is 10x, the bound 25x; quadratic would
 * be 100x and cubic 1,000x), and times below a floor are raised to it so that timer noise on sub-millisecond runs
 * cannot fail the test while a real quadratic (0.05 ms -> 5 ms -> 500 ms) still does at the next step.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/core/classify/index';
import { fixedTimes } from '../../lib/core/classify/fixed-time';
import { bodyText, htmlToText } from '../../lib/core/classify/plain-text';
import { quoteStart } from '../../lib/core/classify/quoted';
import { hiringDisplayName, knownSender } from '../../lib/core/classify/senders';
import { detect } from '../../lib/core/detect';
import { cleanLine, cleanText, foldLine } from '../../lib/core/calendar/ics-text';
import { firstName, topicPhrase } from '../../lib/core/drafts/facts';
import type { Email } from '../../lib/core/email';
import { findCalendarText, readCalendar } from '../../lib/core/extract/calendar';
import { extractCompany } from '../../lib/core/extract/company';
import { detectLang, sentences, zoneIn } from '../../lib/core/extract/dates';
import { extract } from '../../lib/core/extract/index';
import { extractLinks } from '../../lib/core/extract/links';
import { extractPeople } from '../../lib/core/extract/people';
import { extractRole } from '../../lib/core/extract/role';

const SIZES = [1_000, 10_000, 100_000] as const;
const GROWTH_BOUND = 25;
const FLOOR_MS = 0.5;
const RUNS = 5;

/** What repeats to fill the input; each ends with a character that makes a trailing `$` or a lookahead fail. */
const UNITS = [
  ' ', '\t', '\n', ' \n', 'a', 'A', '1', '.', ',', ')', '-', ':', '/', '@', '<', '&', '>', '\u00a0', '\u200b',
  'a ', 'Aa ', '1 ', '. ', ' at \t', ' at ', 'bei ', ' has ', 'global ', 'Engineer ', 'Monday ', '10:00 ', 'Dear ',
  'position: ', 'for the ', 'https://zoom.us/j/1', '<style>', '<script>x</script>', '&amp;', 'Ana Pereira, ', '> ',
  'BEGIN:VEVENT\n', 'DTSTART:2026', 'On Mon, Ana wrote:\n', 'Den skrev\n', 'pon. napisał\n',
];
const TAILS = ['', '!', '\nX'];

const email = (over: Partial<Email>): Email => ({
  id: 'm',
  source: 'gmail',
  subject: 'Interview invitation',
  from: { name: 'Ana Pereira', address: 'ana@northwind.example' },
  date: '2026-03-01T10:00:00Z',
  body: 'Hello',
  ...over,
});
const NOW = { now: new Date('2026-03-01T12:00:00Z') };

/** Each function of the core that reads text an email (or a user) controls, fed one crafted string. */
const FUNCTIONS: Record<string, (s: string) => unknown> = {
  htmlToText: (s) => htmlToText(s),
  'bodyText (HTML only)': (s) => bodyText({ body: '', html: s }, 64 * 1024),
  'classify (body)': (s) => classify(email({ body: s })),
  'classify (subject)': (s) => classify(email({ subject: s })),
  'classify (sender name)': (s) => classify(email({ from: { name: s, address: 'jobs@acme.example' } })),
  'extract interview (body)': (s) => extract(email({ body: s }), 'interview_confirmed', NOW),
  'extract assessment (body)': (s) => extract(email({ body: s }), 'assessment', NOW),
  'extract offer (subject)': (s) => extract(email({ subject: s }), 'offer', NOW),
  'extract interview (HTML)': (s) => extract(email({ body: '', html: s }), 'interview_request', NOW),
  'detect (body)': (s) => detect(email({ body: s }), NOW),
  extractCompany: (s) => extractCompany(s, s, { name: s, address: 'x@y.example' }),
  extractRole: (s) => extractRole(s, s, 'Acme'),
  extractPeople: (s) => extractPeople(s, true),
  'extractLinks (one link of the text)': (s) => extractLinks(email({}), `https://zoom.us/j/1${s}`, ''),
  'extractLinks (10 hrefs, each a tenth of the input)': (s) =>
    extractLinks(email({ links: Array.from({ length: 10 }, (_, i) => `https://meet.google.com/${i}${s.slice(-s.length / 10)}`) }), '', ''),
  findCalendarText: (s) => findCalendarText(s),
  readCalendar: (s) => readCalendar(`BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:${s}\nDTSTART:20260303T100000Z\nEND:VEVENT\nEND:VCALENDAR`, 0),
  fixedTimes: (s) => fixedTimes(s),
  quoteStart: (s) => quoteStart(s),
  sentences: (s) => sentences(s, 50),
  detectLang: (s) => detectLang(s),
  zoneIn: (s) => zoneIn(s),
  'knownSender (address)': (s) => knownSender({ name: '', address: `jobs@${s}` }),
  hiringDisplayName: (s) => hiringDisplayName({ name: s, address: 'jobs@acme.example' }),
  'firstName (drafts)': (s) => firstName(s),
  'topicPhrase (drafts)': (s) => topicPhrase(s),
  'cleanLine (calendar file)': (s) => cleanLine(s, s.length),
  'cleanText (calendar file)': (s) => cleanText(s, s.length),
  'foldLine (calendar file)': (s) => foldLine(`DESCRIPTION:${s}`),
};

function fill(unit: string, tail: string, size: number): string {
  return unit.repeat(Math.ceil((size - tail.length) / unit.length)).slice(0, size - tail.length) + tail;
}

function fastest(fn: (s: string) => unknown, input: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn(input);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** The first input shape on which `fn` grows faster than the bound, with its times, or null. */
function worstGrowth(fn: (s: string) => unknown): string | null {
  for (const unit of UNITS) {
    for (const tail of TAILS) {
      fn(fill(unit, tail, 1_000)); // warm the JIT on this shape
      let previous = fastest(fn, fill(unit, tail, SIZES[0]));
      for (const size of SIZES.slice(1)) {
        const t = fastest(fn, fill(unit, tail, size));
        if (t > GROWTH_BOUND * Math.max(previous, FLOOR_MS)) {
          return `${JSON.stringify(unit)}+${JSON.stringify(tail)}: ${previous.toFixed(2)} ms at ${size / 10}, ${t.toFixed(2)} ms at ${size}`;
        }
        previous = t;
      }
    }
  }
  return null;
}

describe('text handling grows linearly with the input, whatever its shape', () => {
  it.each(Object.entries(FUNCTIONS))('%s', (_name, fn) => {
    expect(worstGrowth(fn)).toBeNull();
  }, 120_000);
});
