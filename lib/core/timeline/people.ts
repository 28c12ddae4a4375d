/**
 * A person's fields as the timeline keeps them, written once for every path that stores a person: the people an
 * email names (plan-ingest), the interviewers the user types with a manual interview, and the people editor and
 * the bar's "add their address" (upsertPerson).
 */

/** The longest name, address and title kept (an address is at most 320 characters: RFC 5321's 64 + 1 + 255). */
export const PERSON_LIMITS = { name: 120, email: 320, title: 200 } as const;

export interface PersonFields {
  name: string;
  email?: string | null;
  title?: string | null;
}

/**
 * Trimmed and cut to PERSON_LIMITS; the address lower-case; an address or title left empty is null. The name may
 * come back empty: the caller decides whether a nameless person is dropped.
 */
export function cleanPerson(p: PersonFields): { name: string; email: string | null; title: string | null } {
  return {
    name: p.name.trim().slice(0, PERSON_LIMITS.name),
    email: p.email?.trim().toLowerCase().slice(0, PERSON_LIMITS.email) || null,
    title: p.title?.trim().slice(0, PERSON_LIMITS.title) || null,
  };
}
