/**
 * Material the tests read from `../shared` beside the repository, which a clone of the repository alone does not
 * have: the development corpus (real published emails whose licences do not allow copying them in) and the advice
 * articles the product's words must never copy. Tests that need them skip with this reason, and `npm test` names
 * what was missing just before its last line (tests/run-all.mjs), so a skip is never silent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../shared');

export const SHARED_CORPUS = resolve(ROOT, 'corpus/emails.jsonl');
export const SHARED_ARTICLES = resolve(ROOT, 'advice/articles');

/** The path when it exists, else null. */
export function shared(path: string): string | null {
  return existsSync(path) ? path : null;
}
