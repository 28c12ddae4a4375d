import { describe, expect, it } from 'vitest';
import { outlookComposeUrl } from '../../../lib/mail/outlook/compose';

describe("a thank-you to someone else opens Outlook's own new message, filled", () => {
  it('on the host the mail was seen on, with the address, subject and letter', () => {
    const url = new URL(outlookComposeUrl({ index: null, address: 'sam@contoso.com', origin: 'https://outlook.office.com' }, { to: 'ana@northwind.example', subject: 'Thank you', body: 'Hi Ana,\nthank you.' })!);
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('ana@northwind.example');
    expect(url.searchParams.get('subject')).toBe('Thank you');
    expect(url.searchParams.get('body')).toBe('Hi Ana,\nthank you.');
  });

  it('nowhere when the page is no Outlook host', () => {
    expect(outlookComposeUrl({ index: null, address: null, origin: null }, { to: 'a@b.example', subject: 's', body: 'b' })).toBeNull();
  });
});
