/**
 * Email and user text is hostile input: whatever the timeline holds, a draft never shows a template's insides, and
 * the advice check never throws or points outside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAdvice, draftFor, TONES } from '../../../lib/core/drafts';
import type { RuleId } from '../../../lib/core/reminders/types';
import { application, event, note, person, settings } from './fixtures';

const RULES_WITH_LETTERS: RuleId[] = [
  'thank-you-email',
  'thank-you-each',
  'thank-helpers',
  'thank-you-note-post',
  'follow-up-silence',
  'gracious-reply',
  'be-a-resource',
  'keep-door-open',
  'reply-to-invite',
  'answer-offer',
];

const text = fc.string({ unit: fc.constantFrom(...'aAzZ éß{}[]<>$.,:;-\u2013\'"\n\t0'.split('')), maxLength: 60 });

describe('odd timeline data never leaks into a letter', () => {
  it('no braces, no stray brackets, no doubled spaces, whatever the names, company, role and notes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES_WITH_LETTERS),
        fc.constantFrom(...TONES),
        text,
        fc.option(text),
        text,
        text,
        text,
        fc.option(text),
        (ruleId, tone, company, role, name, topic, resource, userName) => {
          const result = draftFor({
            ruleId,
            tone,
            stance: 'door_open',
            application: { ...application, company, role },
            event: event(),
            person: person('p-odd', name),
            people: [person('p-odd', name), person('p-other', name)],
            notes: [note('topic', topic), note('resource', resource)],
            settings,
            userName,
            asReply: false,
          });
          if (result.kind !== 'draft') throw new Error('expected a draft');
          let outside = result.body;
          for (const blank of [...result.blanks].reverse()) outside = `${outside.slice(0, blank.start)}BLANK${outside.slice(blank.end)}`;
          expect(outside).not.toMatch(/[{}[\]]| {2}|\bundefined\b/);
          expect(result.subject ?? '').not.toMatch(/[{}[\]]/);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the advice check on any text', () => {
  it('never throws, and every match lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom<RuleId | null>(null, 'thank-you-email', 'gracious-reply'), (input, ruleId) => {
        for (const warning of checkAdvice(input, { ruleId })) {
          for (const m of warning.matches) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(input.length);
            expect(m.start).toBeLessThan(m.end);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a flagged phrase is still flagged inside a long letter, wherever it sits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (before, after) => {
        const filler = 'We talked about the roadmap and the team. ';
        const letter = `${filler.repeat(before)}Could you please reconsider my application? ${filler.repeat(after)}`;
        const begging = checkAdvice(letter).find((w) => w.id === 'begging');
        expect(letter.slice(begging?.match?.start, begging?.match?.end)).toBe('reconsider');
      }),
      { numRuns: 50 },
    );
  });
});
