/**
 * Finding a short ASCII string in bytes without visiting every byte (Horspool): the byte under the needle's last
 * place says how far the needle can move, so text where the needle's letters are rare is crossed in steps of the
 * needle's length. A scan for one byte (`indexOf`) stops at every common letter; in base64 or HTML that is every few
 * dozen bytes, a call each. Linear in the bytes at worst (no backtracking beyond the needle).
 */

/** ASCII letters folded to lower case; every other byte as it is. */
const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
const SAME = new Uint8Array(256);
for (let b = 0; b < 256; b++) SAME[b] = b;

/** Where the needle starts in `bytes[from, to)`, or -1. */
export type ByteSearch = (bytes: Uint8Array, from?: number, to?: number) => number;

/**
 * A search for `needle` (ASCII, 1 to 255 characters). `ignoreCase`: ASCII letters match either case (the needle is
 * then given in lower case).
 */
export function byteSearch(needle: string, ignoreCase = false): ByteSearch {
  const m = needle.length;
  if (m === 0 || m > 255) throw new RangeError('needle of 1 to 255 characters');
  const fold = ignoreCase ? FOLD : SAME;
  const pattern = new Uint8Array(m);
  for (let i = 0; i < m; i++) pattern[i] = fold[needle.charCodeAt(i) & 0xff]!;
  // How far the needle moves when the byte under its last place is b (folded).
  const shift = new Uint8Array(256).fill(m);
  for (let i = 0; i < m - 1; i++) shift[pattern[i]!] = m - 1 - i;
  const last = pattern[m - 1]!;
  return (bytes, from = 0, to = bytes.length) => {
    const end = Math.min(to, bytes.length);
    let i = Math.max(0, from) + m - 1;
    while (i < end) {
      const b = fold[bytes[i]!]!;
      if (b === last) {
        let k = m - 2;
        let j = i - 1;
        while (k >= 0 && fold[bytes[j]!] === pattern[k]) {
          k--;
          j--;
        }
        if (k < 0) return j + 1;
      }
      i += shift[b]!;
    }
    return -1;
  };
}
