/**
 * Where the quoted thread starts in a reply: the newest message decides what the email is ("Wednesday at 3:30pm
 * works"), the quoted one below only says what it is about (the interview it was proposed for). A reply header in
 * any language read (each pack's `replyHeaders`: "On Mon, Mar 2, 2026, Sam wrote:", "Op ma 2 mrt 2026 om 10:00
 * schreef …:", "W dniu … pisze:", "-----Original Message-----", Outlook's "Von: …" then "Gesendet: …") or the first
 * line quoted with ">" starts it. Forwarded mail is not a quote: the forwarded message is the content.
 *
 * Found with indexOf on each header's fixed word, then checked on its line: this runs on every email, so no
 * regex walks the whole text.
 */
import { LANGUAGES } from '../lang/index';
import type { ReplyHeader } from '../lang/types';

type Candidate = { open: string; header: ReplyHeader };

/**
 * Every language's headers by the first character of their first line: a line that starts otherwise is not searched
 * at all, and one that does is tried only against the headers that can start so.
 */
const BY_FIRST = new Map<number, Candidate[]>();
for (const header of LANGUAGES.flatMap((pack) => pack.replyHeaders)) {
  for (const open of header.opens) {
    const code = open.charCodeAt(0);
    const list = BY_FIRST.get(code) ?? [];
    list.push({ open, header });
    BY_FIRST.set(code, list);
  }
}

/** Lines read: the newest message of a reply is rarely longer, and hostile input costs a bounded amount. */
const MAX_LINES = 400;
/** A header, wrapped onto a second line at most, is shorter than this. */
const HEADER_REACH = 300;

/**
 * The index where the quoted thread starts, or the text's length when there is none. One pass over the line
 * starts (this runs on every email): only a line that opens like a header is searched for the header's word.
 */
export function quoteStart(text: string): number {
  let start = 0;
  for (let lines = 0; lines < MAX_LINES && start < text.length; lines++) {
    const nl = text.indexOf('\n', start);
    const first = text.charCodeAt(start);
    if (first === 62 /* > */) return start;
    const candidates = BY_FIRST.get(first);
    if (candidates !== undefined && opensHeader(text, start, nl, candidates)) return start;
    if (nl === -1) break;
    start = nl + 1;
  }
  return text.length;
}

/**
 * Whether the line at `start` (ending at `nl`) opens a reply header whose word follows within reach. A header that
 * is not a separator line ("-----Original Message-----") ends its attribution with a colon after the word ("… wrote:",
 * "… napisał(a):", "Sent: …"): a sentence that starts "Op …" and says "schreef" is not one.
 */
function opensHeader(text: string, start: number, nl: number, candidates: readonly Candidate[]): boolean {
  // The header's reach (its line and the next, at most HEADER_REACH characters), cut once for every header tried.
  let line: string | null = null;
  for (const { open, header } of candidates) {
    if (!text.startsWith(open, start)) continue;
    if (line === null) {
      const afterNext = nl === -1 ? -1 : text.indexOf('\n', nl + 1);
      line = text.slice(start, Math.min(afterNext === -1 ? text.length : afterNext, start + HEADER_REACH));
    }
    const at = line.indexOf(header.word);
    if (at === -1) continue;
    if (open === '--') return true;
    if (line.indexOf(':', at) !== -1 || line.indexOf('：', at) !== -1) return true;
  }
  return false;
}
