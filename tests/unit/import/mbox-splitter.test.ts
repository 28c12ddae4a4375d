import { describe, expect, it } from 'vitest';
import { MboxSplitter, type RawMessage } from '../../../lib/import/mbox-splitter';

const MBOX = [
  'From 1800000000000000001@xxx Mon Feb 02 10:00:00 +0000 2026',
  'Subject: one',
  '',
  'body one',
  '>From the archive, escaped',
  '',
  'From 1800000000000000002@xxx Tue Feb 03 10:00:00 +0000 2026',
  'Subject: two',
  '',
  'body two',
  'From here a body line that is no envelope: no blank line before it, no weekday after the sender',
  '',
  'From MAILER-DAEMON Wed Feb  4 10:00:00 2026',
  'Subject: three',
  '',
  'last, cut short',
].join('\r\n');

/**
 * The messages of `text` pushed `chunk` bytes at a time, each copied as it comes (a message is valid only until the
 * next push). `reuse`: every chunk is written into the same buffer, as the reader does (chunk-reader.ts).
 */
function split(text: string, chunk: number, keep = 1 << 20, reuse = false): RawMessage[] {
  const out: RawMessage[] = [];
  const s = new MboxSplitter(keep, (m) => out.push({ ...m, bytes: m.bytes.slice() }));
  const bytes = new TextEncoder().encode(text);
  const buffer = new Uint8Array(chunk);
  for (let i = 0; i < bytes.length; i += chunk) {
    const piece = bytes.subarray(i, i + chunk);
    if (!reuse) s.push(piece);
    else {
      buffer.set(piece);
      s.push(buffer.subarray(0, piece.length));
    }
  }
  s.end();
  return out;
}

describe('the mbox splitter gives the same messages whatever the chunk size', () => {
  it.each([1, 2, 3, 5, 7, 64, 100_000])('chunks of %i bytes', (chunk) => {
    const messages = split(MBOX, chunk);
    const text = (m: RawMessage) => new TextDecoder().decode(m.bytes);
    expect(messages.map((m) => m.envelope)).toEqual([
      'From 1800000000000000001@xxx Mon Feb 02 10:00:00 +0000 2026',
      'From 1800000000000000002@xxx Tue Feb 03 10:00:00 +0000 2026',
      'From MAILER-DAEMON Wed Feb  4 10:00:00 2026',
    ]);
    expect(text(messages[1]!)).toContain('From here a body line');
    expect(text(messages[2]!)).toMatch(/last, cut short$/);
    expect(messages.map((m) => m.index)).toEqual([1, 2, 3]);
    const offsets = messages.map((m) => m.offset);
    expect(new TextDecoder().decode(new TextEncoder().encode(MBOX).subarray(offsets[1]!, offsets[1]! + 5))).toBe('From ');
  });

  it('keeps only the first bytes of a huge message, and says so', () => {
    const big = `From a@b Mon Feb 02 10:00:00 2026\nSubject: big\n\n${'x'.repeat(50_000)}\n`;
    const [m] = split(big, 4096, 1000);
    expect(m!.bytes.length).toBe(1000);
    expect(m!.capped).toBe(true);
    expect(m!.size).toBeGreaterThan(50_000);
  });

  it('cuts at the same places for every chunk size, an envelope split anywhere across two chunks', () => {
    const shape = (ms: RawMessage[]) => ms.map((m) => [m.envelope, m.offset, m.end, m.size, new TextDecoder().decode(m.bytes)]);
    const whole = shape(split(MBOX, 1 << 20));
    expect(whole).toHaveLength(3);
    for (let chunk = 1; chunk <= MBOX.length; chunk++) expect(shape(split(MBOX, chunk)), `chunks of ${chunk}`).toEqual(whole);
  });

  it('keeps nothing of a chunk once its push is done: the same buffer filled again for each chunk gives the same messages', () => {
    const shape = (ms: RawMessage[]) => ms.map((m) => [m.envelope, m.offset, m.end, m.size, m.capped, new TextDecoder().decode(m.bytes)]);
    // Messages longer than a chunk, shorter, and one capped, so that each spans several chunks and is gathered.
    const long = `From a@b Mon Feb 02 10:00:00 2026\nSubject: long\n\n${'0123456789\n'.repeat(300)}\n`;
    const text = `${MBOX}\n\n${long}${long.replace('long', 'capped')}${MBOX}`;
    const whole = shape(split(text, 1 << 20, 2000));
    expect(whole).toHaveLength(8);
    for (const chunk of [1, 7, 64, 500, 1999, 4096]) expect(shape(split(text, chunk, 2000, true)), `chunks of ${chunk}`).toEqual(whole);
  });
});
