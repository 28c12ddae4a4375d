import { describe, expect, it } from 'vitest';
import { threadUrl } from '../../../lib/ui-text/labels';

describe('"Open email" opens the mailbox the thread was seen in', () => {
  it('a Gmail thread opens in its own account', () => {
    expect(threadUrl('18c2f0a1b2c3d4e5', { index: 1, address: 'sam@gmail.com' })).toBe('https://mail.google.com/mail/u/1/#inbox/18c2f0a1b2c3d4e5');
  });

  it('an Outlook conversation opens in Outlook on the web, on the host it was seen on', () => {
    expect(threadUrl('AAQkADk2/x+y=', { index: null, address: 'sam@contoso.com', origin: 'https://outlook.office.com' })).toBe(
      'https://outlook.office.com/mail/deeplink/readconv/AAQkADk2%2Fx%2By%3D',
    );
  });

  it('an origin that is not a mail host is ignored: the link stays on Gmail', () => {
    expect(threadUrl('abc', { index: 0, address: null, origin: 'https://evil.example' })).toBe('https://mail.google.com/mail/u/0/#inbox/abc');
  });
});
