/**
 * Drafts and the advice check. The advice check runs on every keystroke in the popup, so its per-call time on a
 * 2,000-character letter matters most: the aim is a p99 well under one frame (16 ms), so typing never stutters.
 */
import { RULES } from '../../lib/core/playbook';
import { checkAdvice, draftFor, TONES } from '../../lib/core/drafts';
import type { RuleId } from '../../lib/core/reminders/types';
import { DEFAULT_SETTINGS } from '../../lib/core/settings';
import type { Application, Note, Person, TimelineEvent } from '../../lib/core/timeline/types';
import { percentile, type Bench, type BenchRow } from './harness';

/** A long thank-you mixing innocent sentences with a few the check should flag, cut to exactly 2,000 characters. */
function letter(seed: number): string {
  const sentences = [
    'Thank you for taking the time to talk with me today about the platform role.',
    'I especially enjoyed our conversation about moving the nightly batches to streaming.',
    "I'm sorry to hear the office move has been hectic, and I enjoyed the tour despite the wrong turn I took on the way in.",
    'After thinking about it more, I can give a better answer to your question about caching.',
    "I'd love to hear about next steps, and I really want this job.",
    'I was so nervous that my mind went blank during the design exercise.',
    'Please pass my thanks on to the rest of the panel as well.',
    'If another role opens up, I would still love to be considered.',
  ];
  let text = '';
  for (let i = seed; text.length < 2000; i++) text += `${sentences[i % sentences.length]} `;
  return text.slice(0, 2000);
}

const application: Application = {
  id: 'a',
  company: 'Example Co',
  companyKey: 'example co',
  role: 'Platform Engineer',
  stage: 'interviewing',
  round: 1,
  stance: null,
  archived: false,
  stageByUser: false,
  createdAt: '2025-03-01T00:00:00Z',
  updatedAt: '2025-03-01T00:00:00Z',
};
const event: TimelineEvent = {
  id: 'e',
  applicationId: 'a',
  kind: 'interview_confirmed',
  at: '2025-03-01T00:00:00Z',
  source: 'gmail',
  messageId: 'm',
  threadId: 't',
  subject: null,
  confidence: 1,
  evidence: [],
  interview: { start: '2025-03-04T13:00:00Z', end: null, timeZone: null },
  deadline: '2025-03-07T16:00:00Z',
  decisionBy: null,
  links: [],
};
const people: Person[] = [
  { id: 'p1', applicationId: 'a', name: 'Alex Doe', email: null, title: null, role: 'interviewer', eventId: 'e' },
  { id: 'p2', applicationId: 'a', name: 'Sam Roe', email: null, title: null, role: 'interviewer', eventId: 'e' },
];
const notes: Note[] = [
  { id: 'n', applicationId: 'a', kind: 'topic', text: 'streaming joins', question: null, createdAt: '2025-03-04T15:00:00Z' },
];

function time(run: () => void, iterations: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const bench: Bench = async () => {
  const texts = Array.from({ length: 50 }, (_, i) => letter(i));
  // Warm up the JIT and the compiled phrase tables.
  for (const t of texts) checkAdvice(t, { ruleId: 'thank-you-email' });

  let k = 0;
  const check = time(() => checkAdvice(texts[k++ % texts.length] ?? '', { ruleId: 'thank-you-email' }), 5000);

  // Typing: the same letter growing one character at a time, as the popup sees it.
  const typed = texts[0] ?? '';
  const keystrokes = time(() => undefined, 0);
  for (let n = 1; n <= typed.length; n++) {
    const start = performance.now();
    checkAdvice(typed.slice(0, n), { ruleId: 'gracious-reply' });
    keystrokes.push(performance.now() - start);
  }

  const rules = (Object.keys(RULES) as RuleId[]).filter((r) => RULES[r].message);
  let j = 0;
  const drafts = time(() => {
    const ruleId = rules[j % rules.length] ?? 'thank-you-email';
    const tone = TONES[j++ % TONES.length] ?? 'warm';
    draftFor({ ruleId, tone, application, event, people, person: people[0], notes, settings: DEFAULT_SETTINGS, userName: 'Kim', asReply: false, now: '2025-03-04T18:00:00Z' });
  }, 5000);

  const rows: BenchRow[] = [
    { name: 'advice check, 2,000-char letter, mean per call', value: mean(check) * 1000, unit: 'µs' },
    { name: 'advice check, 2,000-char letter, p99 per call', value: percentile(check, 99) * 1000, unit: 'µs', aim: '< 16,000 µs (one frame)', met: percentile(check, 99) < 16 },
    { name: 'advice check while typing 2,000 chars, p99 per keystroke', value: percentile(keystrokes, 99) * 1000, unit: 'µs', aim: '< 16,000 µs (one frame)', met: percentile(keystrokes, 99) < 16 },
    { name: 'draft generation, mean per draft', value: mean(drafts) * 1000, unit: 'µs' },
    { name: 'draft generation, p99 per draft', value: percentile(drafts, 99) * 1000, unit: 'µs', aim: '< 5,000 µs', met: percentile(drafts, 99) < 5 },
  ];
  return rows;
};

export default bench;
