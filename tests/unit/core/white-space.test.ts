import { describe, expect, it } from 'vitest';
import { isWhiteSpace, WHITE_SPACE_CODES } from '../../../lib/core/white-space';

describe('white space, as the scanner, the body reader and the Gmail date reader read it', () => {
  it('is exactly what a regular expression\'s \\s matches, over every UTF-16 code unit', () => {
    const differ: number[] = [];
    const listed = new Set(WHITE_SPACE_CODES);
    for (let c = 0; c < 65536; c++) {
      const expected = /\s/.test(String.fromCharCode(c));
      if (isWhiteSpace(c) !== expected || listed.has(c) !== expected) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
