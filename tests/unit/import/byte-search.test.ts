import { describe, expect, it } from 'vitest';
import { byteSearch } from '../../../lib/import/byte-search';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The plain answer: every position tried in turn. */
function naive(hay: string, needle: string, ignoreCase: boolean, from = 0): number {
  const h = ignoreCase ? hay.toLowerCase() : hay;
  return h.indexOf(needle, from);
}

describe('byteSearch finds what a plain search finds', () => {
  it('on random text over a small alphabet (many near misses), either case, from any start', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const alphabet = '\nFFromRm calendarTEXT/';
    for (const [needle, ignoreCase] of [['\nFrom ', false], ['text/calendar', true], ['</head', true], ['aa', false]] as const) {
      for (let round = 0; round < 300; round++) {
        let hay = '';
        const n = Math.floor(rand() * 120);
        for (let i = 0; i < n; i++) hay += alphabet[Math.floor(rand() * alphabet.length)];
        if (rand() < 0.5) {
          const at = Math.floor(rand() * (hay.length + 1));
          const planted = ignoreCase ? needle.toUpperCase() : needle;
          hay = hay.slice(0, at) + planted + hay.slice(at);
        }
        const from = Math.floor(rand() * 10);
        expect(byteSearch(needle, ignoreCase)(bytes(hay), from), JSON.stringify({ hay, needle, from })).toBe(naive(hay, needle, ignoreCase, from));
      }
    }
  });

  it('stops at `to`: a match that would end past it is not found', () => {
    const find = byteSearch('from');
    expect(find(bytes('xx from'), 0, 6)).toBe(-1);
    expect(find(bytes('xx from'), 0, 7)).toBe(3);
  });

  it('matches case as written unless told to ignore it', () => {
    expect(byteSearch('\nFrom ')(bytes('a\nfrom b\nFrom c'))).toBe(8);
    expect(byteSearch('text/calendar', true)(bytes('Content-Type: TEXT/Calendar'))).toBe(14);
  });
});
