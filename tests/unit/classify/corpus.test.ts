import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { emailFromRecord } from '../../../lib/cli/input';
import { classify } from '../../../lib/core/classify/index';
import { EMAIL_KINDS, type EmailKind } from '../../../lib/core/detection';
import { describeWithShared, SHARED_CORPUS } from '../../support/shared';

// The development corpus (read-only, beside the repository: tests/support/shared.ts). Tests may read it; product code
// may not name it. Without it these tests fail and name it, unless CALLBACK_WITHOUT_SHARED=1.
describeWithShared('the development corpus', SHARED_CORPUS, (corpus) => {
  const records = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; label: EmailKind; note: string });
  const classified = records.map((r) => {
    const parsed = emailFromRecord(r, r.id);
    if (!parsed.ok) throw new Error(`${r.id}: ${parsed.error}`);
    return { id: r.id, label: r.label, got: classify(parsed.email).kind };
  });

  it('never calls an `other` email a rejection, and calls at most 2% of them a job kind', () => {
    const others = classified.filter((c) => c.label === 'other');
    expect(others.filter((c) => c.got === 'rejection')).toEqual([]);
    expect(others.filter((c) => c.got !== 'other').length / others.length).toBeLessThanOrEqual(0.02);
  });

  it.each(EMAIL_KINDS.filter((k) => k !== 'other'))('finds at least 90%% of %s emails', (kind) => {
    const ofKind = classified.filter((c) => c.label === kind);
    const found = ofKind.filter((c) => c.got === kind);
    expect(found.length / ofKind.length).toBeGreaterThanOrEqual(0.9);
  });
});
