/** Notes on an application: topics discussed, resources to send, introductions, reflection answers. */
import type { Note, NoteKind } from '../core/timeline/types';
import { isoNow, randomId, type CallbackDb } from './db';
import { putOwned, type WriteOptions } from './repo-helpers';

/** The longest note kept. */
const MAX_TEXT = 20_000;

export interface NoteInput {
  applicationId: string;
  kind: NoteKind;
  text: string;
  question?: string | null;
}

/** Keep a note (topic discussed, resource to send, introduction, reflection answer). */
export async function addNote(db: CallbackDb, input: NoteInput, options: WriteOptions = {}): Promise<Note> {
  const note: Note = {
    id: (options.newId ?? randomId)(),
    applicationId: input.applicationId,
    kind: input.kind,
    text: input.text.slice(0, MAX_TEXT),
    question: input.question ?? null,
    createdAt: isoNow(options.now),
  };
  return putOwned(db, db.notes, note);
}

/** Delete a note. */
export async function deleteNote(db: CallbackDb, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}
