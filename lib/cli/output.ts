/** The CLI's output line for one detection (the contract of `classify` and `scan --json`). */
import type { Detection } from '../core/detection';

export interface OutputLine {
  id: string;
  kind: Detection['kind'];
  confidence: number;
  evidence: { signal: string; where: string }[];
  company: string | null;
  role: string | null;
  people: { name: string; title: string | null }[];
  interview: { start: string; end: string | null; timeZone: string | null } | null;
  links: string[];
  deadline: string | null;
}

export function toOutputLine(id: string, d: Detection): OutputLine {
  return {
    id,
    kind: d.kind,
    confidence: d.confidence,
    evidence: d.evidence.map((e) => ({ signal: e.signal, where: e.where })),
    company: d.company,
    role: d.role,
    people: d.people.map((p) => ({ name: p.name, title: p.title })),
    interview: d.interview ? { start: d.interview.start, end: d.interview.end, timeZone: d.interview.timeZone } : null,
    links: d.links.map((l) => l.url),
    deadline: d.deadline,
  };
}
