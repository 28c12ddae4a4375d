import { describe, expect, it } from 'vitest';
import { computeDecisionFigures, formatDecisionFigures } from '../../../lib/cli/metrics';
import type { EmailKind } from '../../../lib/core/detection';

type Pair = { expected: EmailKind; got: EmailKind; confidence: number };

describe('decision figures: what reaches the timeline and what waits for review', () => {
  it.each<[string, Pair[], { decided: number; decidedPrecision: number; otherDecidedAsJob: number; sentToReview: number }]>([
    [
      'a confident wrong job kind on an other email counts against decided precision and as other decided as job',
      [
        { expected: 'rejection', got: 'rejection', confidence: 0.9 },
        { expected: 'other', got: 'rejection', confidence: 0.8 },
        { expected: 'other', got: 'other', confidence: 0.95 },
        { expected: 'offer', got: 'offer', confidence: 0.4 },
      ],
      { decided: 3, decidedPrecision: 2 / 3, otherDecidedAsJob: 0.5, sentToReview: 0.25 },
    ],
    [
      'a low-confidence wrong guess goes to review and does not touch decided precision',
      [
        { expected: 'other', got: 'assessment', confidence: 0.3 },
        { expected: 'interview_request', got: 'interview_request', confidence: 0.7 },
      ],
      { decided: 1, decidedPrecision: 1, otherDecidedAsJob: 0, sentToReview: 0.5 },
    ],
    [
      'a low-confidence other is neither decided nor sent to review',
      [{ expected: 'other', got: 'other', confidence: 0.5 }],
      { decided: 0, decidedPrecision: 1, otherDecidedAsJob: 0, sentToReview: 0 },
    ],
  ])('%s', (_, pairs, expected) => {
    const d = computeDecisionFigures(pairs, 0.6);
    expect(d.decided).toBe(expected.decided);
    expect(d.decidedPrecision).toBeCloseTo(expected.decidedPrecision, 6);
    expect(d.otherDecidedAsJob).toBeCloseTo(expected.otherDecidedAsJob, 6);
    expect(d.sentToReview).toBeCloseTo(expected.sentToReview, 6);
  });

  it('prints decided precision and the review share', () => {
    const text = formatDecisionFigures(computeDecisionFigures([{ expected: 'other', got: 'offer', confidence: 0.3 }], 0.6), 1);
    expect(text).toMatch(/decided precision\s+1\.000/);
    expect(text).toMatch(/sent to review\s+100\.0%/);
  });
});
