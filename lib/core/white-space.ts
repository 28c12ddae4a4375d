/**
 * The characters a regular expression's `\s` matches (ECMAScript's white space and line terminators), as one list
 * and one test: the phrase scanner builds its alphabet from the list; the body reader and the Gmail date reader test
 * characters one at a time, where a pattern's call cost more than the test. (A test of ranges, not a 64 KB table:
 * the date reader runs in the content script.)
 */
export const WHITE_SPACE_CODES: readonly number[] = [
  9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
