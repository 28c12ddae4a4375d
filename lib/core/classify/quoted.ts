/**
 * Where the quoted thread starts in a reply: the newest message decides what the email is ("Wednesday at 3:30pm
 * works"), the quoted one below only says what it is about (the interview it was proposed for). A reply header
 * ("On Mon, Mar 2, 2026, Sam wrote:", "Le … a écrit :", "Am … schrieb …:", "El … escribió:", "-----Original
 * Message-----", "From: …" then "Sent:") or the first line quoted with ">" starts it. Forwarded mail is not a
 * quote: the forwarded message is the content.
 *
 * Found with indexOf on each header's fixed word, then checked on its line: this runs on every email, so no
 * regex walks the whole text.
 */

interface HeaderShape {
  /** The fixed word every such header holds. */
  word: string;
  /** How the header's first line starts (a header may wrap onto a second line before its word). */
  opens: readonly string[];
}

const HEADERS: readonly HeaderShape[] = [
  { word: 'wrote:', opens: ['On '] },
  { word: 'a écrit', opens: ['Le '] },
  { word: 'schrieb ', opens: ['Am '] },
  { word: 'escribió', opens: ['El '] },
  { word: 'Original Message', opens: ['--'] },
  { word: 'Ursprüngliche Nachricht', opens: ['--'] },
  { word: "Message d'origine", opens: ['--'] },
  { word: '\nSent: ', opens: ['From: '] },
];

/** The first characters of every header's first line: a line that starts otherwise is not searched at all. */
const OPENING = new Uint8Array(128);
for (const shape of HEADERS) for (const o of shape.opens) OPENING[o.charCodeAt(0)] = 1;

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
    if (first < 128 && OPENING[first] === 1 && opensHeader(text, start, nl)) return start;
    if (nl === -1) break;
    start = nl + 1;
  }
  return text.length;
}

/** Whether the line at `start` (ending at `nl`) opens a reply header whose word follows within reach. */
function opensHeader(text: string, start: number, nl: number): boolean {
  for (const shape of HEADERS) {
    if (!shape.opens.some((o) => text.startsWith(o, start))) continue;
    const afterNext = nl === -1 ? -1 : text.indexOf('\n', nl + 1);
    const reach = Math.min(afterNext === -1 ? text.length : afterNext, start + HEADER_REACH);
    if (text.slice(start, reach).includes(shape.word)) return true;
  }
  return false;
}
