/** Whether an email carries a calendar invitation: an attached event, or a calendar's own words in its text. */
import type { Email } from '../email';

const RAW_SCAN_CAP = 512 * 1024;

/**
 * A calendar's own words in the text of its invitation mail: Google Calendar's footer and its reply row. They say
 * an event was booked, as an attached invite would.
 */
const CALENDAR_TEXT = ['Invitation from Google Calendar', 'This event has been changed', 'Updated invitation with note'];
/**
 * Google Calendar's reply row, "Going? Yes - Maybe - No". Tried only where "Going?" stands (sticky), found with
 * indexOf: the engine's fixed-string search reads an interview email's whole body in about a third of the time the
 * pattern took to be tried at every character.
 */
const GOING = 'Going?';
const GOING_ROW = /Going\?[ \t]{0,8}Yes[ \t]{0,8}-[ \t]{0,8}Maybe[ \t]{0,8}-[ \t]{0,8}No/y;

function hasGoingRow(text: string): boolean {
  for (let at = text.indexOf(GOING); at !== -1; at = text.indexOf(GOING, at + 1)) {
    GOING_ROW.lastIndex = at;
    if (GOING_ROW.test(text)) return true;
  }
  return false;
}

/** An attached event in the raw message's head, in either case. */
function rawHasEvent(raw: string): boolean {
  const head = raw.length > RAW_SCAN_CAP ? raw.slice(0, RAW_SCAN_CAP) : raw;
  return head.includes('BEGIN:VEVENT') || head.includes('begin:vevent');
}

export function hasCalendarInvite(email: Email): boolean {
  const raw = typeof email.raw === 'string' ? email.raw : '';
  const body = typeof email.body === 'string' ? email.body : '';
  // A base64 invite hides its BEGIN:VEVENT; its part header still says what it is. A plain body that carries an
  // invite's text has it as calendar software writes it, in capitals: one search, not two, on every interview email.
  const head = body.length > RAW_SCAN_CAP ? body.slice(0, RAW_SCAN_CAP) : body;
  return (
    (raw !== '' && (rawHasEvent(raw) || /content-type:\s*text\/calendar/i.test(raw.slice(0, RAW_SCAN_CAP)))) ||
    head.includes('BEGIN:VEVENT') ||
    CALENDAR_TEXT.some((marker) => head.includes(marker)) ||
    hasGoingRow(head)
  );
}
