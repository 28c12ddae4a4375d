import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailFromRecord } from '../../../lib/cli/input';
import { classify } from '../../../lib/core/classify/index';
import { EMAIL_KINDS, type EmailKind } from '../../../lib/core/detection';

// The shared development corpus (read-only, beside the repository). Tests may use it; product code may not name it.
const CORPUS = resolve(__dirname, '../../../../shared/corpus/emails.jsonl');
const records = existsSync(CORPUS)
  ? readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { id: string; label: EmailKind; note: string })
  : [];

describe.skipIf(records.length === 0)('the development corpus', () => {
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
