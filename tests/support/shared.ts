/**
 * Material some tests read from `../shared`, beside the repository, which a clone of the repository alone does not
 * have: the development corpus (real published job emails whose licences do not allow copying them in) and the
 * advice articles the product's words must never copy.
 *
 * When it is missing, those tests fail and say what is missing and where it goes. Setting CALLBACK_WITHOUT_SHARED=1
 * says to go without it knowingly (a clean checkout in CI does): the tests are then skipped under a title that names
 * what is missing, and `npm test` repeats it just before its last line (tests/run-all.mjs). No test skips silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../shared');

/** A file or folder of ../shared, and what it is, in words a reader of a failure understands. */
export interface SharedFixture {
  readonly path: string;
  readonly what: string;
}

export const SHARED_CORPUS: SharedFixture = {
  path: resolve(ROOT, 'corpus/emails.jsonl'),
  what: 'the development corpus of labelled job emails (corpus/emails.jsonl)',
};
export const SHARED_ARTICLES: SharedFixture = {
  path: resolve(ROOT, 'advice/articles'),
  what: 'the advice articles the playbook follows (advice/articles/)',
};

/** `describe(title, …)` for tests that read `fixture`; the body gets its path. */
export function describeWithShared(title: string, fixture: SharedFixture, body: (path: string) => void): void {
  if (existsSync(fixture.path)) {
    describe(title, () => body(fixture.path));
    return;
  }
  const missing = `${fixture.what} is missing: expected at ${fixture.path}`;
  if (process.env.CALLBACK_WITHOUT_SHARED === '1') {
    describe.skip(`${title} (CALLBACK_WITHOUT_SHARED=1: ${missing})`, () => {
      it(`reads ${fixture.what}`, () => {});
    });
    return;
  }
  describe(title, () => {
    it(`reads ${fixture.what}`, () => {
      throw new Error(
        `${missing}. It sits beside the repository, in ../shared, not inside it; put it there, or set ` +
          'CALLBACK_WITHOUT_SHARED=1 to skip the tests that read it knowingly.',
      );
    });
  });
}

/** Every run of `length` words in the advice articles, split into words by `words`. */
export function articleRuns(dir: string, words: (text: string) => string[], length: number): Set<string> {
  const runs = new Set<string>();
  for (const file of readdirSync(dir)) {
    const w = words(readFileSync(join(dir, file), 'utf8'));
    for (let i = 0; i + length <= w.length; i++) runs.add(w.slice(i, i + length).join(' '));
  }
  return runs;
}
