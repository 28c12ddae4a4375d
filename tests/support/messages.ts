/**
 * One well-formed message of every type the background accepts, and the ways a hostile page can spoil each one.
 * Typed as a map over the protocol's message types: a message added to lib/messaging without a sample here does not
 * compile (and the protocol test fails at run time too).
 */
import type { Email } from '../../lib/core/email';
import type { MessageOf, MessageType } from '../../lib/messaging/protocol';

export const sampleEmail: Email = {
  id: '18c2f0a1b2c3d4e5',
  threadId: '18c2f0a1b2c3d4e0',
  source: 'gmail',
  subject: 'Interview confirmation: Support Engineer',
  from: { name: 'Priya Shah', address: 'priya@northwind.example' },
  date: '2026-03-02T09:15:00+01:00',
  body: 'Hi Sam, thank you for confirming. See you on Thursday at 10:00.',
  links: ['https://meet.example/abc'],
  account: { index: 0, address: 'sam@example.com' },
};

export const VALID: { [T in MessageType]: MessageOf<T> } = {
  'content->bg:hello': { type: 'content->bg:hello', host: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox' },
  'content->bg:thread-seen': { type: 'content->bg:thread-seen', host: 'gmail', threadId: '18c2f0a1b2c3d4e0', emails: [sampleEmail] },
  'content->bg:rows-seen': { type: 'content->bg:rows-seen', host: 'gmail', emails: [{ ...sampleEmail, partial: true }] },
  'content->bg:correct': { type: 'content->bg:correct', host: 'gmail', messageId: '18c2f0a1b2c3d4e5', threadId: null, kind: 'other' },
  'content->bg:stance': { type: 'content->bg:stance', host: 'outlook', applicationId: 'app-1', stance: 'clean_break' },
  'content->bg:undo-correct': { type: 'content->bg:undo-correct', host: 'gmail', messageId: '18c2f0a1b2c3d4e5', threadId: 't' },
  'content->bg:person-address': { type: 'content->bg:person-address', host: 'gmail', personId: 'p-1', threadId: 't', address: 'ana@northwind.example' },
  'content->bg:selector-health': { type: 'content->bg:selector-health', host: 'gmail', stats: { main: { hits: 3, misses: 1 }, 'new:list': { hits: 0, misses: 2 } } },
  'page->bg:ping': { type: 'page->bg:ping' },
  'page->bg:refresh-schedule': { type: 'page->bg:refresh-schedule' },
};

/** Longer than any text a message may carry (the longest, an email body, stops at 200,000 characters). */
const TOO_LONG = 'x'.repeat(200_001);

type Plain = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

/** `key` as an own, enumerable property, as JSON.parse makes `"__proto__"` in a message. */
function withOwnKey(message: unknown, key: string, value: unknown): Plain {
  const copy = clone(message) as Plain;
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function set(message: unknown, path: readonly (string | number)[], value: unknown): Plain {
  const copy = clone(message) as Plain;
  let target = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/**
 * Spoiled copies of a well-formed message, each named: every field of the wrong type, every field missing, every
 * text field over-long, extra keys (`__proto__`, `constructor`, an unknown one) on the message and on a nested
 * email, and an inherited prototype.
 */
export function malformed(message: Plain): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(message)) {
    if (key === 'type') continue;
    out.push([`${key} of the wrong type`, set(message, [key], typeof value === 'string' || value === null ? 42 : 'not-an-object')]);
    out.push([`${key} missing`, set(message, [key], undefined)]);
    if (typeof value === 'string') out.push([`${key} over-long`, set(message, [key], TOO_LONG)]);
  }
  out.push(['an own __proto__ key', withOwnKey(message, '__proto__', { polluted: true })]);
  out.push(['an own constructor key', withOwnKey(message, 'constructor', { prototype: { polluted: true } })]);
  out.push(['an unknown extra key', { ...message, extra: 1 }]);
  out.push(['extra keys on its prototype', Object.assign(Object.create({ polluted: true }) as Plain, clone(message))]);
  const emails = message['emails'];
  if (Array.isArray(emails) && emails.length > 0) {
    out.push(['an email body over-long', set(message, ['emails', 0, 'body'], TOO_LONG)]);
    out.push(['an email subject over-long', set(message, ['emails', 0, 'subject'], TOO_LONG)]);
    out.push(['an email without an id', set(message, ['emails', 0, 'id'], '')]);
    out.push(['an email body that is not text', set(message, ['emails', 0, 'body'], { html: '<b>' })]);
    out.push(['an email date that is not ISO 8601', set(message, ['emails', 0, 'date'], 'Thu, Dec 18, 2014 at 12:35 PM')]);
    out.push(['an email from another source', set(message, ['emails', 0, 'source'], 'import')]);
    out.push(['an email from the other mail host', set(message, ['emails', 0, 'source'], 'outlook')]);
    out.push(['an email with an own __proto__ key', set(message, ['emails', 0], withOwnKey(emails[0], '__proto__', { polluted: true }))]);
    out.push(['an email with HTML the page may not send', set(message, ['emails', 0, 'html'], '<img src=x>')]);
    out.push(['an email account from a foreign origin', set(message, ['emails', 0, 'account'], { index: 0, address: null, origin: 'https://evil.example' })]);
  }
  const stats = message['stats'];
  if (stats && typeof stats === 'object') {
    out.push(['a negative count', set(message, ['stats', 'main', 'hits'], -1)]);
    out.push(['a selector named __proto__', set(message, ['stats'], withOwnKey(stats, '__proto__', { hits: 1, misses: 1 }))]);
    out.push(['a selector named constructor', set(message, ['stats'], withOwnKey(stats, 'constructor', { hits: 1, misses: 1 }))]);
  }
  return out;
}
