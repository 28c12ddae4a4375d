/** A person's name, address and title are kept one way, whatever wrote them (cleanPerson, lib/core/timeline/people.ts). */
import { describe, expect, it } from 'vitest';
import { cleanPerson, PERSON_LIMITS } from '../../../lib/core/timeline/people';

describe('a person as the timeline keeps them', () => {
  it.each([
    ['spaces around every field go', { name: '  Ana Pereira ', email: ' Ana.Pereira@Example.COM ', title: ' Head of Data  ' }, { name: 'Ana Pereira', email: 'ana.pereira@example.com', title: 'Head of Data' }],
    ['an empty or blank address or title is none', { name: 'Bo', email: '   ', title: '' }, { name: 'Bo', email: null, title: null }],
    ['no address or title given is none', { name: 'Bo' }, { name: 'Bo', email: null, title: null }],
    ['a blank name stays empty, for the caller to drop', { name: '   ', email: null, title: null }, { name: '', email: null, title: null }],
  ])('%s', (_, input, expected) => {
    expect(cleanPerson(input)).toEqual(expected);
  });

  it('each field is cut to its limit, after the spaces go', () => {
    const long = (n: number) => 'x'.repeat(n + 50);
    const p = cleanPerson({ name: `  ${long(PERSON_LIMITS.name)}`, email: `  ${long(PERSON_LIMITS.email)}`, title: `  ${long(PERSON_LIMITS.title)}` });
    expect([p.name.length, p.email?.length, p.title?.length]).toEqual([PERSON_LIMITS.name, PERSON_LIMITS.email, PERSON_LIMITS.title]);
  });
});
