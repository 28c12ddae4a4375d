import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/core/classify/index';
import { detect } from '../../../lib/core/detect';
import { EMAIL_KINDS } from '../../../lib/core/detection';
import type { Email } from '../../../lib/core/email';

const PHRASES = [
  'unfortunately',
  'interview',
  'we are unable to offer you the position',
  'Congratulations!',
  'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260310T140000Z\nEND:VEVENT\nEND:VCALENDAR',
  'Content-Type: text/calendar',
  'tomorrow at 10am PT',
  'https://zoom.us/j/1',
  '<a href="https://calendly.com/x">',
  'position at Acme',
  '<<<<<<<<',
  '\u0000\uFFFF\uD800',
];

// Text that mixes arbitrary Unicode with the phrases the engine reacts to, so the paths after a match run too.
const hostileText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...PHRASES)), { maxLength: 30 })
  .map((parts) => parts.join(' '));

const email = fc.record({
  id: fc.string(),
  source: fc.constant('manual' as const),
  subject: hostileText,
  from: fc.record({ name: fc.string({ unit: 'binary' }), address: fc.string() }),
  date: fc.option(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), { nil: null }),
  body: hostileText,
  html: fc.option(hostileText, { nil: undefined }),
  raw: fc.option(hostileText, { nil: undefined }),
  partial: fc.option(fc.boolean(), { nil: undefined }),
});

function isIsoOrNull(value: string | null): boolean {
  return value === null || !Number.isNaN(Date.parse(value));
}

describe('any input gives a valid result and never throws', () => {
  it('classify: a known kind, confidence in [0, 1], evidence with a place', () => {
    fc.assert(
      fc.property(email, (e) => {
        const result = classify(e as Email);
        expect(EMAIL_KINDS).toContain(result.kind);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        for (const ev of result.evidence) expect(['subject', 'body', 'sender']).toContain(ev.where);
      }),
      { numRuns: 300 },
    );
  });

  it('detect: extraction fields are null, strings or well-formed, dates parse', () => {
    fc.assert(
      fc.property(email, fc.date({ noInvalidDate: true }), (e, now) => {
        const d = detect(e as Email, { now });
        expect(d.company === null || typeof d.company === 'string').toBe(true);
        expect(d.role === null || typeof d.role === 'string').toBe(true);
        expect(Array.isArray(d.people) && Array.isArray(d.links)).toBe(true);
        expect(isIsoOrNull(d.deadline) && isIsoOrNull(d.decisionBy)).toBe(true);
        if (d.interview) expect(isIsoOrNull(d.interview.start) && isIsoOrNull(d.interview.end)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('survives missing fields and wrong types from a careless caller', () => {
    const odd = [
      {},
      { body: null, subject: null, from: null },
      { body: 42, subject: {}, from: { name: 1, address: null } },
      { body: 'x'.repeat(2_000_000), subject: 'y'.repeat(100_000) },
      // Found by the property above: a date at the end of JavaScript's range once made chrono loop forever.
      { body: 'Your interview is tomorrow at 10am PT.', subject: 'Interview confirmed', date: '+275760-09-12T23:59:59.984Z', from: { name: '', address: '' } },
      { body: 'Your interview is tomorrow at 10am PT.', subject: 'Interview confirmed', date: '2026-03-05T10:00:00+99:00', from: { name: '', address: '' } },
    ];
    for (const value of odd) {
      expect(() => detect(value as unknown as Email)).not.toThrow();
      expect(EMAIL_KINDS).toContain(detect(value as unknown as Email).kind);
    }
  });
});
