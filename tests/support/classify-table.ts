/**
 * The one table runner of the classifier's specification (tests/unit/classify/<kind>/): every row is an email that
 * must be read as the kind the file is about, grouped by the language it is written in.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/core/classify/index';
import type { EmailKind } from '../../lib/core/detection';
import { mail } from './builders';

/** One email: what it is (the test's name), its subject, its body, and its sender as "Name <address>" or ''. */
export type KindCase = readonly [name: string, subject: string, body: string, from: string];

/** Checks that every row of every group is classified as `kind`. */
export function readsAs(kind: EmailKind, groups: Record<string, readonly KindCase[]>): void {
  describe(`reads as ${kind}`, () => {
    for (const [group, rows] of Object.entries(groups)) {
      describe(group, () => {
        it.each(rows)('%s', (_name, subject, body, from) => {
          expect(classify(mail(subject, body, from)).kind).toBe(kind);
        });
      });
    }
  });
}
