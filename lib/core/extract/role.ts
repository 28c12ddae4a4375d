/**
 * The role an email is about: "Position: Data Engineer", "for the Data Engineer position", "the position of Data
 * Engineer", "your application for Data Engineer", "Interview Invitation - Data Engineer". Patterns run on single
 * lines of at most a few hundred characters, with bounded repetition, so they stay linear.
 */

const LINE_PATTERNS: readonly RegExp[] = [
  /\b(?:position|role|job title|job|poste|stelle|puesto)(?: applied for)?\s*:\s*([^\n]{2,90})/i,
  /\bapplying to our role:\s*([^\n.!]{2,90})/i,
  /\b(?:for|to|in|of) (?:the|our|this) ([^\n.,;!?]{2,90}?) (?:position|role|opening|vacancy|program|programme)\b/i,
  /\b(?:position|role) of ([^\n.,;!?()]{2,90}?)(?: at | with | in |[.,;!?(]|$)/i,
  /\bapplication for (?:the )?([^\n.,;!?]{2,90}?)(?: position| role| at | with |[.,;!?]|$)/i,
  /\bapplying for (?:the )?([^\n.,;!?]{2,90}?)(?: position| role| at | with |[.,;!?]|$)/i,
  /\binterest in (?:the |our )?([^\n.,;!?]{2,90}?) (?:position|role|opening)\b/i,
  /\bpour le poste (?:de |d')?([^\n.,;!?()]{2,90})/i,
  /\bals ([^\n.,;!?()]{2,60}?)(?: bei |[.,;!?(]|$)/i,
];

/** Subject lines like "Interview Invitation - Senior Software Engineer" or "Offer Letter - Full Stack Developer". */
const SUBJECT_PATTERN =
  /\b(?:interview|offer|assessment|application|invitation|confirmation|request|next steps|einladung|absage|testaufgabe|vertragsangebot|candidature)\b[^-–|:]{0,40}[-–|:]\s*([^-–|]{2,80})$/i;

const ROLE_WORDS =
  /\b(engineer|developer|manager|intern|internship|analyst|designer|scientist|specialist|associate|lead|director|consultant|coordinator|assistant|officer|architect|administrator|representative|executive|technician|programmer|accountant|recruiter|writer|editor|nurse|teacher|sales|marketing|entwickler|werkstudent|praktikant|ingénieur|développeur|stagiaire|desarrollador|ingeniero)/i;

const ID_NOISE = [
  /\((?:id|req|ref)[^)]*\)/gi,
  /\b(?:JR|R|REQ)\d{4,}\b/g,
  // A match starts only where a run of spaces (or its comma) starts: each run is read once, not once per space.
  /(?<![\s,]),?\s*\b\d{4}-\d{3,}\b/g,
  /(?<![\s,]),?\s*\b\d{6,}\b/g,
  /\bReq ID\s*\S+/gi,
];

/** " at Acme", " with Acme": the company after the title. */
const AT_COMPANY = /(?<!\s)\s+(?:at|with|bei|chez)\s/i;
const SENTENCE_GOES_ON = /(?<!\s)\s+(?:has|have|had|was|were|is|are|will|would|landed|did)\b/i;

/**
 * `text` up to the first match of `word` in its last line (what `/word.*$/` removes), in one pass. The regex form
 * read the rest of the text again from every candidate start: quadratic, and cubic with runs of spaces.
 */
function cutLastLineAt(text: string, word: RegExp): string {
  const lineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029')) + 1;
  const m = word.exec(text.slice(lineStart));
  return m ? text.slice(0, lineStart + m.index) : text;
}

function clean(role: string, company: string | null): string | null {
  let r = role;
  for (const noise of ID_NOISE) r = r.replace(noise, ' ');
  r = r.replace(/\([^()]{0,120}\)/g, ' ').replace(/\([^)]*$/, ' ').replace(/["“”]/g, ' ');
  const andThe = r.toLowerCase().lastIndexOf(' and the ');
  if (andThe !== -1) r = r.slice(andThe + 9);
  r = r.replace(/\s{2,}/g, ' ').replace(/^(the|a|an|our)\s+/i, '').replace(/(?<![\s,:;–-])[\s,:;–-]+$/, '').replace(/^[\s,:;–-]+/, '').trim();
  if (company) {
    const at = r.toLowerCase().lastIndexOf(` at ${company.toLowerCase()}`);
    if (at > 0) r = r.slice(0, at).trim();
  }
  r = cutLastLineAt(r, AT_COMPANY).trim();
  // "Backend Engineer has been reviewed", "Nurse Practitioner was successfully submitted": the sentence went on.
  r = cutLastLineAt(r, SENTENCE_GOES_ON).replace(/(?<!\s)\s+(?:job|vacancy|opening|posting)$/i, '').trim();
  // Leading lower-case words are not part of a title ("open", "current", "position Software Engineer").
  r = r.replace(/^(?:[a-z][\w'-]*\s+)+(?=[A-Z0-9])/, '');
  if (/^[a-z]/.test(r)) return null;
  if (/^\d/.test(r) && !/^(19|20)\d\d\b/.test(r)) return null;
  if (r.includes('://') || r.includes('www.')) return null;
  if (/\b(application|applied|following|recent)\b/i.test(r)) return null;
  if (r.length < 2 || r.length > 90) return null;
  if (/[{}$[\]<>]|\b(you|your|we|our|us)\b/i.test(r)) return null;
  if (company && r.toLowerCase() === company.toLowerCase()) return null;
  if (!/[A-Za-zÀ-ž]/.test(r)) return null;
  return r;
}

export function extractRole(subject: string, body: string, company: string | null): string | null {
  const lines = body.slice(0, 6_000).split('\n', 120);
  for (const pattern of LINE_PATTERNS) {
    for (const line of lines) {
      const m = pattern.exec(line.slice(0, 500));
      if (m) {
        const role = clean(m[1]!, company);
        if (role) return role;
      }
    }
  }
  // After a dash a subject names the company as often as the role: take it only when it reads like a role.
  const s = SUBJECT_PATTERN.exec(subject.slice(0, 300));
  if (s && ROLE_WORDS.test(s[1]!)) return clean(s[1]!, company);
  return null;
}
