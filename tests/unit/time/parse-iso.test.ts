/**
 * parseIso reads the timeline's stored times by a short way; whatever the text, its answer must be Date.parse's
 * (a different instant would move every due time; a number where Date.parse says NaN would resurrect a bad event).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIso } from '../../../lib/core/time/iso';

describe('parseIso answers exactly as Date.parse', () => {
  it.each([
    '2025-06-15T10:00:00.000Z',
    '2025-06-15T10:00:00Z',
    '0000-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '1969-12-31T23:59:59.999Z',
    '2024-02-29T12:00:00.000Z',
    '2025-02-30T00:00:00.000Z',
    '2025-01-01T24:00:00.000Z',
    '2025-01-01T23:59:60.000Z',
    '2025-13-01T00:00:00.000Z',
    '2025-00-10T00:00:00.000Z',
    '2025-06-15T10:00:00.000+01:00',
    '2025-06-15t10:00:00.000z',
    '2025-06-15T10:00:00.00Z',
    '2025-06-15 10:00:00.000Z',
    '2025-06-1510:00:00.000ZZ',
    '+275760-09-13T00:00:00.000Z',
    '2025-0a-15T10:00:00.000Z',
    '2025-06-15T1-:00:00.000Z',
    '20250615T100000.000000Z',
    '',
    'NaN',
    'Invalid Date',
  ])('%j', (text) => {
    expect(parseIso(text)).toBe(Date.parse(text));
  });

  it('on every time toISOString can write, with and without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(parseIso(text)).toBe(ms);
        const short = `${text.slice(0, 19)}Z`;
        expect(parseIso(short)).toBe(Date.parse(short));
      }),
      { numRuns: 2000 },
    );
  });

  it('on ISO-shaped text with any characters in its digit places', () => {
    const char = fc.constantFrom('0', '1', '2', '3', '5', '9', '-', ':', 'T', 'Z', '.', ' ', 'a', '+');
    fc.assert(
      fc.property(fc.array(char, { minLength: 18, maxLength: 26 }), fc.integer({ min: 0, max: 3 }), (chars, shape) => {
        // Mostly the stored shape with some places changed, sometimes free text.
        const base = shape === 0 ? chars.join('') : '2025-06-15T10:00:00.000Z'.split('').map((c, i) => (i % (shape + 3) === 0 ? (chars[i] ?? c) : c)).join('');
        expect(parseIso(base)).toBe(Date.parse(base));
      }),
      { numRuns: 3000 },
    );
  });
});
