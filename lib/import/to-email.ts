/**
 * One raw message from a file into an Email for the core, or the reason it is skipped or unreadable. The headers are
 * read first (cheap): Takeout's labels skip spam, trash and chats before any MIME work, and say what the user sent.
 * Then attachment bodies are cut out (never decoded) and postal-mime parses the rest: headers, the text part or the
 * HTML part read as text, a text/calendar invite kept for the core to read. Never throws.
 *
 * Ids (one event per message, however it arrives): a Takeout message is Gmail mail, so it gets source `gmail`, the
 * page's legacy hex id (the envelope's decimal `From 1785...@xxx` in base 16) and the hex of `X-GM-THRID` as its
 * thread: opened in Gmail later, it is the same message. Other mail gets source `import` and its Message-ID (or a
 * hash of sender, date and subject), with the first id of References as its thread.
 */
import PostalMime from 'postal-mime';
import { htmlToText } from '../core/classify/plain-text';
import type { Email } from '../core/email';
import { gmailHexId } from '../core/timeline/gmail-ids';
import { normalizeDate } from './date';
import { addressOf, gmailLabels, header, headerText, latin1Of, readHeaders } from './headers';
import type { RawMessage } from './mbox-splitter';
import { readMultipart } from './multi-part';
import { readSinglePart } from './single-part';
import { stripAttachments } from './strip-attachments';
import { cannotParse, capped, ISSUES, type ImportIssue } from './issues';
import { triage } from './triage';
import { decodeWords } from 'postal-mime';

export interface ConvertOptions {
  /** Parse and classify every message (no triage): slower, for a user who wants every bulk message looked at too. */
  thorough?: boolean;
  /**
   * Threads with bulk mail the triage let through for its words (Gmail's X-GM-THRID, else the first id of
   * References): later bulk mail in such a thread is read too, though it says no job word. Filled as the file is read.
   */
  threads?: Set<string>;
}

export type SkipReason = 'spam' | 'trash' | 'chat' | 'draft' | 'not-job';

export type MessageOutcome =
  | { kind: 'email'; email: Email; warnings: ImportIssue[] }
  | { kind: 'skipped'; reason: SkipReason }
  | ({ kind: 'error' } & ImportIssue);

/** Longest body text kept for the core (it reads at most 64 KB: EXTRACT_BODY_CAP). */
const BODY_CAP = 64 * 1024;
const MAX_LINKS = 20;
const TAKEOUT_ENVELOPE = /^From (\d{6,20})@xxx /;
const ID_TOKEN = /<([^<>\s]{1,300})>/;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/href\s*=\s*["']?((?:https?|mailto):[^"'\s>]{1,2000})/gi)) {
    if (!out.includes(m[1]!)) out.push(m[1]!);
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

/** ">From " at the start of a body line is mboxrd's escape of "From ". */
function unescapeFrom(text: string): string {
  return text.includes('>From ') ? text.replace(/^>(>*From )/gm, '$1') : text;
}

/** windows-1252's characters at 0x80-0x9F (the C1 controls' places), as the WHATWG decoders read them. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Text decoded as latin1 where windows-1252 was meant: Node's TextDecoder reads "windows-1252" (and "iso-8859-1",
 * which the Encoding Standard makes the same) as latin1, so an en dash (0x96) comes out as a C1 control. No mail
 * text holds C1 controls; they are read as windows-1252 did. Browsers already decode this way: nothing changes there.
 */
function windows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/** True when the first `limit` bytes are all white space (or there are none). */
function isBlank(bytes: Uint8Array, limit: number): boolean {
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0b && b !== 0x0c) return false;
  }
  return true;
}

function envelopeDate(envelope: string): string | null {
  const m = /^From \S+ +(.+)$/.exec(envelope);
  return m ? normalizeDate(m[1]!) : null;
}

export async function messageToEmail(raw: RawMessage, fileName: string, options: ConvertOptions = {}): Promise<MessageOutcome> {
  try {
    return await convert(raw, fileName, options);
  } catch (error) {
    return { kind: 'error', ...cannotParse(error) };
  }
}

async function convert(raw: RawMessage, fileName: string, options: ConvertOptions): Promise<MessageOutcome> {
  const bytes = raw.bytes;
  if (isBlank(bytes, 4096)) return { kind: 'error', ...ISSUES.emptyMessage };
  const block = readHeaders(bytes);
  if (block.fields.size === 0) return { kind: 'error', ...ISSUES.noHeaders };
  const labels = gmailLabels(block).map((l) => l.toLowerCase());
  if (labels.includes('spam')) return { kind: 'skipped', reason: 'spam' };
  if (labels.includes('trash')) return { kind: 'skipped', reason: 'trash' };
  if (labels.includes('chat')) return { kind: 'skipped', reason: 'chat' };
  if (labels.includes('draft')) return { kind: 'skipped', reason: 'draft' };
  const warnings: ImportIssue[] = [];
  if (!block.complete) warnings.push(ISSUES.headersUnended);
  if (raw.capped) warnings.push(capped(Math.round(bytes.length / (1024 * 1024)), Math.round(raw.size / (1024 * 1024))));

  const takeout = TAKEOUT_ENVELOPE.exec(raw.envelope);
  const gmailId = takeout ? gmailHexId(takeout[1]!) : null;
  const thrid = header(block, 'x-gm-thrid');
  const gmailThread = thrid ? gmailHexId(thrid) : null;
  const topHeaders = block.complete ? block.text : latin1Of(bytes, 0, block.bodyStart);
  const sent = labels.includes('sent');
  const threadKey = header(block, 'x-gm-thrid') ?? ID_TOKEN.exec(header(block, 'references') ?? header(block, 'in-reply-to') ?? '')?.[1] ?? null;
  if (!options.thorough && !sent) {
    const known = threadKey !== null && options.threads?.has(threadKey);
    if (!known) {
      const subject = headerText(header(block, 'subject') ?? '', decodeWords);
      const pass = triage({ subject, fromAddress: addressOf(header(block, 'from')), fields: block.fields, headerText: topHeaders, labels, bytes, bodyStart: block.bodyStart });
      if (!pass) return { kind: 'skipped', reason: 'not-job' };
      // A person's mail opens no thread for the rest: only mail that says job words (or an invite) does.
      if (threadKey && pass !== 'person') options.threads?.add(threadKey);
    }
  }
  if (sent) {
    // The user's own mail: only that it was sent, when, and in which thread matters (it completes reminders).
    const messageId = ID_TOKEN.exec(header(block, 'message-id') ?? '')?.[1] ?? null;
    const rootRef = ID_TOKEN.exec(header(block, 'references') ?? header(block, 'in-reply-to') ?? '')?.[1] ?? null;
    const subject = headerText(header(block, 'subject') ?? '', decodeWords).slice(0, 1000);
    const date = normalizeDate(header(block, 'date') ?? '') ?? envelopeDate(raw.envelope);
    return {
      kind: 'email',
      warnings,
      email: {
        id: gmailId ?? messageId ?? `h:${hash(`${date ?? ''}\n${subject}\n${fileName}#${raw.index}`)}`,
        threadId: gmailThread ?? rootRef ?? null,
        source: gmailId ? 'gmail' : 'import',
        subject,
        from: { name: '', address: '' },
        date,
        body: '',
        fromUser: true,
      },
    };
  }
  const single = block.complete ? readSinglePart(bytes, block) : null;
  const stripped = single ? null : stripAttachments(bytes, topHeaders, block.bodyStart);
  if (stripped?.unclosed && !raw.capped) warnings.push(ISSUES.partsUnclosed);
  // An invite's calendar part is postal-mime's to read (below); other common multiparts are read here.
  const read = single ?? (block.complete && stripped && !stripped.calendar ? readMultipart(stripped.bytes, block) : null);
  const parsed = read ? { ...read, date: null, messageId: null, attachments: [] } : await PostalMime.parse(stripped!.bytes, { attachmentEncoding: 'utf8' });

  const from = parsed.from && 'address' in parsed.from && parsed.from.address ? parsed.from : null;
  const subject = windows1252((parsed.subject ?? '').slice(0, 1000));
  const date = normalizeDate(header(block, 'date') ?? parsed.date ?? '') ?? envelopeDate(raw.envelope);
  const messageId = ID_TOKEN.exec(parsed.messageId ?? header(block, 'message-id') ?? '')?.[1] ?? null;
  const references = header(block, 'references') ?? header(block, 'in-reply-to');
  const rootRef = references ? ID_TOKEN.exec(references)?.[1] ?? null : null;

  const html = parsed.html ?? '';
  let body = parsed.text && /\S/.test(parsed.text) ? parsed.text : html ? htmlToText(html.length > 4 * BODY_CAP ? html.slice(0, 4 * BODY_CAP) : html) : '';
  body = windows1252(unescapeFrom(body.length > BODY_CAP ? body.slice(0, BODY_CAP) : body));

  let calendarRaw: string | null = null;
  if (stripped?.calendar) {
    const ics = parsed.attachments.find((a) => /text\/calendar/i.test(a.mimeType) && typeof a.content === 'string');
    if (ics && typeof ics.content === 'string') calendarRaw = ics.content.slice(0, 64 * 1024);
    else if (parsed.text?.includes('BEGIN:VCALENDAR')) calendarRaw = null;
  }

  // The mailbox's owner: whom the mail was delivered to (the classifier tells a colleague's mail by it).
  const owner = ownerAddress(header(block, 'delivered-to') ?? header(block, 'x-original-to') ?? header(block, 'to'));
  const email: Email = {
    id: gmailId ?? messageId ?? `h:${hash(`${from?.address ?? ''}\n${date ?? ''}\n${subject}\n${fileName}#${raw.index}`)}`,
    threadId: gmailThread ?? (gmailId ? null : rootRef ?? messageId),
    source: gmailId ? 'gmail' : 'import',
    subject,
    from: { name: windows1252((from?.name ?? '').slice(0, 200)), address: (from?.address ?? '').toLowerCase().slice(0, 320) },
    date,
    body,
    links: html ? hrefs(html) : [],
    ...(calendarRaw ? { raw: calendarRaw } : {}),
    ...(owner ? { account: { index: null, address: owner } } : {}),
  };
  return { kind: 'email', email, warnings };
}

/** The first plain address of a header ("Ana <ana@acme.io>, bo@x.io" -> "ana@acme.io"); null when there is none. */
function ownerAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/.exec(value.slice(0, 1000));
  return match ? match[0].toLowerCase() : null;
}
