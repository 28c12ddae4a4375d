/** What a confirmed interview's evidence names when a fixed date line is all that makes it one. */
import { expect, it } from 'vitest';
import { classify } from '../../../../lib/core/classify/index';
import { mail } from '../../../support/builders';

it('keeps a confirmed interview confirmed when the date line is the only clue beside "interview"', () => {
  const result = classify(mail('Re: Interview', 'Great, see you Tuesday, March 10 at 2:30 PM at our office.', 'hr@quillon.io'));
  expect(result.kind).toBe('interview_confirmed');
  expect(result.evidence.map((e) => e.signal)).toContain('interview at a fixed date and time');
});
