/**
 * The knowledge tables stay readable: a phrase listed twice (perhaps with two weights) leaves a reader unsure which
 * one counts, and the matcher reports it twice.
 */
import { describe, expect, it } from 'vitest';
import { NEGATION_SIGNALS } from '../../../lib/core/classify/negation';
import { NEGATORS, OTHER_MARKERS } from '../../../lib/core/classify/markers';
import { KIND_PHRASES } from '../../../lib/core/classify/phrases';

describe('the phrase tables', () => {
  it.each([
    ['kind phrases and other markers', [...KIND_PHRASES, ...OTHER_MARKERS]],
    ['negators', NEGATORS],
    ['negation cues and progress phrases', NEGATION_SIGNALS],
  ] as const)('list each of the %s once', (_name, entries) => {
    const seen = new Set<string>();
    const twice = entries.map((e) => `${e.type}: ${e.text}`).filter((key) => seen.size === seen.add(key).size);
    expect(twice).toEqual([]);
  });
});
