/**
 * People the email names as interviewers, with their titles: "Interviewer: Jane Doe (Engineering Manager)",
 * "you will meet with Jane Doe, our Head of Data", and for interview mail the signer ("Best regards, / Mike Chen /
 * Engineering Manager"), who is usually on the panel or runs it.
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
  for (const m of text.matchAll(WITH_NAME)) add(person(m[1]!, m[2] ?? null));
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
