import { describe, expect, it } from 'vitest';
import { companyFromAddress } from '../../../lib/core/timeline/normalise';
import { isColleague, isMailboxProvider, registrableLabel } from '../../../lib/core/mailbox-providers';

describe('mailbox providers', () => {
  it.each(['gmail.com', 'hotmail.fr', 'yahoo.co.jp', 'libero.it', 'sapo.pt', 'wp.pl', 'web.de', 'mail.outlook.com'])('%s names no company', (domain) => {
    expect(isMailboxProvider(domain)).toBe(true);
    expect(companyFromAddress(`someone@${domain}`)).toBeNull();
  });

  it.each([['jobs.acme.co.uk', 'acme'], ['northwind.com', 'northwind'], ['hr.kaisha.co.jp', 'kaisha']])('%s is a company domain named %s', (domain, name) => {
    expect(isMailboxProvider(domain)).toBe(false);
    expect(registrableLabel(domain)).toBe(name);
    expect(companyFromAddress(`talent@${domain}`)).toBe(name);
  });
});

describe('a colleague is someone at the owner’s own organisation', () => {
  it('same company domain, or a subdomain of it', () => {
    expect(isColleague('lena@acme.io', 'me@acme.io')).toBe(true);
    expect(isColleague('calendar@eu.acme.io', 'me@acme.io')).toBe(true);
  });

  it('two people at the same mailbox provider are not colleagues', () => {
    expect(isColleague('friend@gmail.com', 'me@gmail.com')).toBe(false);
    expect(isColleague('cafe@libero.it', 'me@libero.it')).toBe(false);
  });

  it('another company, or an unknown owner, is no colleague', () => {
    expect(isColleague('talent@northwind.com', 'me@acme.io')).toBe(false);
    expect(isColleague('talent@northwind.com', null)).toBe(false);
    expect(isColleague('', 'me@acme.io')).toBe(false);
    expect(isColleague('talent@evil-acme.io', 'me@acme.io')).toBe(false);
  });
});
