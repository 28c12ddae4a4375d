/** The people of an application (interviewers, recruiters, helpers), as the user edits them. */
import { cleanPerson } from '../core/timeline/people';
import type { Person } from '../core/timeline/types';
import { randomId, type CallbackDb } from './db';
import { putOwned, type WriteOptions } from './repo-helpers';

export type PersonInput = Omit<Person, 'id'> & { id?: string };

/** Add a person (interviewer, recruiter, helper) or update one by id; trimmed and cut as every person is. */
export async function upsertPerson(db: CallbackDb, input: PersonInput, options: WriteOptions = {}): Promise<Person> {
  const person: Person = {
    id: input.id ?? (options.newId ?? randomId)(),
    applicationId: input.applicationId,
    ...cleanPerson(input),
    role: input.role,
    eventId: input.eventId ?? null,
  };
  return putOwned(db, db.people, person);
}

/** Remove a person (e.g. an interviewer the extractor got wrong). */
export async function deletePerson(db: CallbackDb, personId: string): Promise<void> {
  await db.people.delete(personId);
}
