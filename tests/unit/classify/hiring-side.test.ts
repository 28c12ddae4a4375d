import { describe, expect, it } from 'vitest';
import { HiringSides, MAX_HIRING_SIDES, senderOrganisation } from '../../../lib/core/classify/hiring-side';

const from = (address: string) => ({ from: { name: '', address } });

describe('the organisations a mailbox shows its owner hiring for or working at', () => {
  it.each([
    ['an organisation’s own address', 'marta@hr.pianeta-bit.example', 'hr.pianeta-bit.example'],
    ['a country’s second-level domain', 'people@fenwick.co.uk', 'fenwick.co.uk'],
    ['a mailbox provider', 'someone@gmail.com', null],
    ['an applicant-tracking system (it writes for every employer)', 'no-reply@greenhouse.io', null],
    ['mail infrastructure', 'calendar-notification@google.com', null],
    ['no address', '', null],
  ])('reads %s as %s', (_what, address, expected) => {
    expect(senderOrganisation(from(address))).toBe(expected);
  });

  it('knows an organisation once one email showed the owner hiring there, from any of its addresses', () => {
    const hiring = new HiringSides();
    expect(hiring.has(from('hr@acme.example'))).toBe(false);
    hiring.learn(from('calendar@acme.example'));
    expect(hiring.has(from('hr@acme.example'))).toBe(true);
    expect(hiring.has(from('people@eu.acme.example'))).toBe(true);
    expect(hiring.has(from('jobs@other.example'))).toBe(false);
    expect(hiring.learned()).toEqual([{ organisation: 'acme.example', why: 'hires' }]);
  });

  it('keeps apart organisations that share a public suffix: two agencies of one state are two employers', () => {
    const hiring = new HiringSides();
    hiring.learn(from('panel@dot.ca.gov'));
    expect(hiring.has(from('jobs@calhr.ca.gov'))).toBe(false);
    expect(hiring.has(from('hr@dot.ca.gov'))).toBe(true);
  });

  it('never learns a platform or a mailbox provider, so the owner’s own applications through them still count', () => {
    const hiring = new HiringSides();
    hiring.learn(from('no-reply@greenhouse.io'));
    hiring.learn(from('friend@gmail.com'));
    expect(hiring.list()).toEqual([]);
    expect(hiring.has(from('no-reply@greenhouse.io'))).toBe(false);
  });

  it('starts from what the store kept, lists only what it learned since, and forgets on the user’s word', () => {
    const hiring = new HiringSides(['acme.example']);
    hiring.learn(from('hr@acme.example'));
    hiring.learn(from('hr@globex.example'));
    expect(hiring.learned()).toEqual([{ organisation: 'globex.example', why: 'hires' }]);
    // The user's Forget removes it from the store; the next batch starts from what the store keeps.
    const next = new HiringSides(hiring.list().filter((o) => o !== 'acme.example'));
    expect(next.has(from('hr@acme.example'))).toBe(false);
    expect(next.list()).toEqual(['globex.example']);
  });

  it('knows why: an organisation that writes to the owner as staff is where they work, and the first reason stays', () => {
    const hiring = new HiringSides([{ organisation: 'globex.example', why: 'works' }, 'acme.example']);
    expect(hiring.of(from('hr@globex.example'))).toEqual({ organisation: 'globex.example', why: 'works' });
    expect(hiring.of(from('jobs@acme.example'))).toEqual({ organisation: 'acme.example', why: 'hires' });
    hiring.learn(from('payroll@initech.example'), 'works');
    // Known already as one they hire for: a payslip from it later does not change what the options page says.
    hiring.learn(from('payroll@acme.example'), 'works');
    expect(hiring.learned()).toEqual([{ organisation: 'initech.example', why: 'works' }]);
    expect(hiring.of(from('careers@acme.example'))?.why).toBe('hires');
    expect(hiring.list()).toEqual(['globex.example', 'acme.example', 'initech.example']);
  });

  it(`keeps the newest ${MAX_HIRING_SIDES}`, () => {
    const hiring = new HiringSides();
    for (let i = 0; i <= MAX_HIRING_SIDES; i++) hiring.learn(from(`hr@org${i}.example`));
    expect(hiring.list()).toHaveLength(MAX_HIRING_SIDES);
    expect(hiring.has(from('hr@org0.example'))).toBe(false);
    expect(hiring.has(from(`hr@org${MAX_HIRING_SIDES}.example`))).toBe(true);
  });
});
