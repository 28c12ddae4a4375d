/**
 * People the email names as interviewers, with their titles: "Interviewer: Jane Doe (Engineering Manager)",
 * "you will meet with Jane Doe, our Head of Data", and for interview mail the signer ("Best regards, / Mike Chen /
 * Engineering Manager"), who is usually on the panel or runs it. Also the way schedules name people: an agenda's
 * lines ("1:30 – 2:15 PM ET  Maria Lindqvist, Engineering Manager"), several names in one sentence ("you'll meet
 * Jane Doe and John Smith"), and a calendar invitation's attendees from the organizer's side.
 */
import type { PersonMention } from '../detection';

const NAME = String.raw`([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’.-]+){1,3})`;
const INTERVIEWER_LINE = /^\s*(?:interviewers?|interviewer\(s\)|panel|you(?:'ll| will) (?:meet|speak) with|gesprächspartner(?:in)?|entrevistador(?:es)?)\s*:\s*(.{2,300})$/i;
const WITH_NAME = new RegExp(String.raw`\b(?:meet|meeting|speak|speaking|chat|talk|interview|call) with\s+${NAME}(?:,? (?:our|the|who is our|who is the)? ?([A-Z][A-Za-z&/ -]{2,60}?))?(?=[,.;!?)\n]|$| on | at | who| from)`, 'g');
const PERSON_WITH_TITLE = new RegExp(String.raw`^${NAME}\s*(?:[,(–-]\s*([^()\n]{2,60}?)\)?)?$`);

const TITLE_WORDS =
  /\b(manager|recruiter|engineer|director|head|lead|partner|coordinator|specialist|officer|founder|ceo|cto|cfo|coo|vp|vice president|president|talent|hr|people|developer|scientist|designer|analyst|architect|principal|staff|senior|consultant|sourcer|owner|personalreferent|responsable|reclutador)/i;
const SIGN_OFFS =
  /^(best|best regards|kind regards|warm regards|regards|sincerely|thanks|thank you|cheers|all the best|many thanks|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|cordialement|bien cordialement|saludos|atentamente|un saludo|pozdrawiam)[,!.]?$/i;
const NOT_PERSON = /\b(team|hiring|recruiting|recruitment|talent|acquisition|inc|llc|ltd|gmbh|corporation|company|group|systems|solutions|technologies|careers|human|resources|department|the)\b/i;

/** A line that starts with a time or a time range: an agenda's slot. Bounded: a line is capped before it is read. */
const AGENDA_LINE = /^\s*(?:\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?\s*(?:[-–—]|to|bis|à|a)\s*)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[-–—|:·]?\s*(.{4,120})$/i;
/** An agenda slot's activity, not a person: "Technical Interview", "Lunch With The Team". */
const ACTIVITY = /\b(interview|lunch|break|welcome|tour|presentation|session|wrap|overview|coffee|intro|introduction|q&a|case|panel|onsite|debrief|demo|check-in|pairing|system|design|coding|behavioral|behavioural|culture|technical|closing|opening|round)\b/i;
/** After a first name: ", Jane Doe", " and John Smith", " & Ana Pereira" (each with an optional title in brackets). */
const MORE_NAMES = new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+(?:and|&|und|et|y|e|en|och|i)\s+)${NAME}(?:\s*\(([^()\n]{2,60})\))?`, 'y');
/** "you'll meet Jane Doe", "you will be meeting Jane Doe": a meeting verb without "with". */
const MEET_NAME = new RegExp(String.raw`\b(?:you(?:'ll| will) (?:be )?meet(?:ing)?|you(?:'ll| will) be speaking to|meeting)\s+${NAME}(?:\s*\(([^()\n]{2,60})\))?`, 'g');

function person(name: string, title: string | null): PersonMention | null {
  const n = name.trim();
  if (NOT_PERSON.test(n) || n.length > 50) return null;
  const t = title?.trim().replace(/(?<![,.;])[,.;]+$/, '') ?? null;
  return { name: n, title: t && TITLE_WORDS.test(t) && t.length <= 60 ? t : null };
}

export function extractPeople(body: string, includeSigner: boolean): PersonMention[] {
  const out: PersonMention[] = [];
  const add = (p: PersonMention | null) => {
    if (p && !out.some((o) => o.name === p.name) && out.length < 8) out.push(p);
  };
  const text = body.slice(0, 8_000);
  const lines = text.split('\n', 400);
  for (const line of lines) {
    const m = INTERVIEWER_LINE.exec(line.slice(0, 320));
    if (!m) continue;
    for (const part of m[1]!.split(/;|\band\b|&|\s\/\s/)) {
      const pm = PERSON_WITH_TITLE.exec(part.trim());
      if (pm) add(person(pm[1]!, pm[2] ?? null));
    }
  }
  for (const line of lines) {
    const m = AGENDA_LINE.exec(line.slice(0, 160));
    if (!m || !/\d/.test(line.slice(0, 6))) continue;
    const rest = m[1]!.replace(/^(?:with|mit|avec|con|com|met|med|z)\s+/i, '');
    const pm = PERSON_WITH_TITLE.exec(rest.trim());
    if (pm && !ACTIVITY.test(pm[1]!)) add(person(pm[1]!, pm[2] ?? null));
  }
  const followers = (end: number) => {
    MORE_NAMES.lastIndex = end;
    for (let more = MORE_NAMES.exec(text); more && out.length < 8; more = MORE_NAMES.exec(text)) add(person(more[1]!, more[2] ?? null));
  };
  for (const m of text.matchAll(WITH_NAME)) {
    add(person(m[1]!, m[2] ?? null));
    followers(m.index! + m[0].length);
  }
  for (const m of text.matchAll(MEET_NAME)) {
    add(person(m[1]!, m[2] ?? null));
    followers(m.index! + m[0].length);
  }
  if (includeSigner) {
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!SIGN_OFFS.test(lines[i]!.trim())) continue;
      const rest = lines.slice(i + 1, i + 6).map((l) => l.trim()).filter((l) => l !== '');
      const nameLine = rest[0] ?? '';
      if (/^[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’.-]+){1,3}$/.test(nameLine)) {
        const titleLine = rest[1] ?? null;
        add(person(nameLine, titleLine && TITLE_WORDS.test(titleLine) ? titleLine : null));
      }
      break;
    }
  }
  return out;
}
