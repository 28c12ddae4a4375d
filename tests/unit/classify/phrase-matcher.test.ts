import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../lib/core/classify/phrase-matcher';

const matcher = buildMatcher([{ text: 'we regret to inform you' }, { text: 'regret' }, { text: 'bewerb*' }, { text: 'bien reçu' }, { text: "can't offer" }]);
const found = (text: string) => matcher.scan(text).map((h) => [h.entry.text, text.slice(h.start, h.end)]);

describe('the phrase matcher', () => {
  it.each<[string, string, [string, string][]]>([
    ['finds a phrase wrapped over lines and indented, and reports where it is', 'Hi,\n\nWe  regret to\n   inform you that', [['regret', 'regret'], ['we regret to inform you', 'We  regret to\n   inform you']]],
    ['ignores case', 'WE REGRET TO INFORM YOU', [['regret', 'REGRET'], ['we regret to inform you', 'WE REGRET TO INFORM YOU']]],
    ['matches whole words only', 'unregretful regrets', []],
    ['lets a stem take an ending', 'Ihre Bewerbung', [['bewerb*', 'Bewerb']]],
    ['reads accents and their absence alike', 'Nous avons bien recu et BIEN REÇU', [['bien reçu', 'bien recu'], ['bien reçu', 'BIEN REÇU']]],
    ['reads a typographic apostrophe as a plain one', 'We can’t offer you', [["can't offer", 'can’t offer']]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reads a run of any white space as one space, whether or not a phrase of the table ends in a space', () => {
    const text = 'So  we \t\u00a0regret to\u3000 inform\n\n   you.';
    const withEdgeSpace = buildMatcher([{ text: 'we regret to inform you' }, { text: 'so ' }]);
    for (const m of [matcher, withEdgeSpace]) {
      const hit = m.scan(text).find((h) => h.entry.text === 'we regret to inform you');
      expect(hit && text.slice(hit.start, hit.end)).toBe('we \t\u00a0regret to\u3000 inform\n\n   you');
    }
  });

  it('keeps a cap of its own for the words set aside (topic words), so a text dense with them still shows its phrases', () => {
    const topics = buildMatcher([{ text: 'regret', topic: false }, { text: '見積', topic: true }], (e) => e.topic);
    const text = `${'見積'.repeat(600)} we regret it`;
    const hits = topics.scan(text);
    expect(hits.filter((h) => h.entry.topic)).toHaveLength(400);
    expect(hits.map((h) => h.entry.text)).toContain('regret');
    const counted = topics.scan('regret '.repeat(1_000));
    expect(counted).toHaveLength(400);
  });

  it('reads a text up to a given end as it reads that start cut off: a phrase cut at the end is found as its cut would be', () => {
    const text = 'Ihre Bewerbung: we regret to inform you that we regretfully decline';
    // Cut inside "regretfully", "regret" ends the cut text and is a whole word there; cut inside the long phrase, it is not found.
    for (const end of [text.indexOf('regretfully') + 6, text.indexOf('inform') + 3, 4, 0, text.length, text.length + 10]) {
      const cut = text.slice(0, end);
      const at = (hits: { entry: { text: string }; start: number; end: number }[]) => hits.map((h) => [h.entry.text, h.start, h.end]);
      expect(at(matcher.scan(text, end))).toEqual(at(matcher.scan(cut)));
      expect(at(matcher.scanLowerCase(text, end))).toEqual(at(matcher.scanLowerCase(cut)));
    }
    expect(matcher.scan(text, text.indexOf('regretfully') + 6).at(-1)?.start).toBe(text.indexOf('regretfully'));
  });

  it('stops at 400 hits, so a text made of phrases cannot flood the scorer', () => {
    const text = 'we regret to inform yo '.repeat(20_000);
    expect(matcher.scan(text)).toHaveLength(400);
  });

  it('finds a phrase once and in its place wherever it lies in a long text', () => {
    const phrase = 'we regret to   inform you';
    // Texts of 3,000 characters; the phrase is placed at each place from 1,460 to 1,510, after a run of white space.
    for (let at = 1_460; at <= 1_510; at++) {
      // A run of white space just before the phrase, and one inside it, are each read as one space.
      const head = `${'x '.repeat(at)}`.slice(0, at - 6) + '      ';
      const text = `${head}${phrase} ${'y '.repeat(1_500)}`.slice(0, 3_000);
      expect(found(text)).toEqual([['regret', 'regret'], ['we regret to inform you', phrase]]);
      expect(matcher.scan(text).map((h) => h.start)).toEqual([at + 3, at]);
    }
  });

  it('keeps the first 400 hits in the order of the text when the cap falls late in a long text', () => {
    const text = `${'filler '.repeat(300)}${'regret '.repeat(500)}`;
    const hits = matcher.scan(text);
    expect(hits).toHaveLength(400);
    expect(hits.map((h) => h.start)).toEqual(Array.from({ length: 400 }, (_, k) => 2_100 + 7 * k));
  });

  it('reads a text in place exactly as it reads the text lower-cased, beside every character there is', () => {
    // Kelvin sign, Ohm and Angstrom signs lower-case to letters; Georgian and Cherokee capitals cross the word
    // characters' range; a capital sigma lower-cases by its neighbours. Each sits before, inside and after phrases.
    const hitsOf = (hits: { entry: { text: string }; start: number; end: number }[]) => hits.map((h) => `${h.entry.text}@${h.start}-${h.end}`);
    const differ: string[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      const text = `${ch}regret ${ch}bewerb${ch} WE REGRET${ch}TO INFORM YOU ${ch}regret${ch} can${ch}t offer`;
      if (text.toLowerCase().length !== text.length) continue;
      const inPlace = hitsOf(matcher.scanLowerCase(text));
      if (inPlace.join() !== hitsOf(matcher.scan(text.toLowerCase())).join()) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
    const kelvin = 'we \u212Aeep \u212Aeep';
    const keep = buildMatcher([{ text: 'keep' }]);
    expect(keep.scanLowerCase(kelvin)).toHaveLength(2);
    expect(keep.scan(kelvin)).toHaveLength(0);
  });
});
