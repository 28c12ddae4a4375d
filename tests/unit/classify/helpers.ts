import type { Email } from '../../../lib/core/email';

/** A short email for tests: subject, body and an optional "Name <address>" sender. */
export function mail(subject: string, body: string, from = '', extra: Partial<Email> = {}): Email {
  const m = /^(.*?)\s*<([^>]+)>$/.exec(from);
  return {
    id: 'test',
    source: 'manual',
    subject,
    from: m ? { name: m[1]!, address: m[2]!.toLowerCase() } : { name: '', address: from.toLowerCase() },
    date: '2026-03-05T10:00:00+00:00',
    body,
    ...extra,
  };
}
