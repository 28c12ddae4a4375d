/** One JSON Lines input record to an Email, or the reason it cannot be one. */
import type { Email } from '../core/email';
import { normalizeDate } from '../import/date';
import { parseAddress } from './address';

export type InputResult = { ok: true; email: Email } | { ok: false; error: string };

const optionalString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

// ISO 8601 or RFC 2822 dates: one reader for the command line and the mail import (lib/import/date.ts).
export { normalizeDate };

export function emailFromRecord(record: unknown, fallbackId: string): InputResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, error: 'not a JSON object' };
  }
  const r = record as Record<string, unknown>;
  if (typeof r.body !== 'string') {
    return { ok: false, error: r.body === undefined ? 'missing "body"' : '"body" must be a string' };
  }
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  // `to` is the mailbox owner's address (LABELS.md): the account the message was read in.
  const owner = parseAddress(r.to).address;
  const from = parseAddress(r.from);
  return {
    ok: true,
    email: {
      id,
      source: 'cli',
      subject: optionalString(r.subject) ?? '',
      from,
      date: normalizeDate(r.date),
      body: r.body,
      html: optionalString(r.html),
      raw: optionalString(r.raw),
      partial: r.partial === true,
      account: owner === '' ? null : { index: null, address: owner },
      // Sent by the owner, as a mail page marks mail from the signed-in address (lib/mail/host.ts, markOwn); both
      // addresses come lower-cased from parseAddress.
      ...(owner !== '' && from.address === owner ? { fromUser: true } : {}),
    },
  };
}
