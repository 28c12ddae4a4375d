/**
 * The labelled email sets in the repository (`tests/fixtures/detection/<role>/<set>/emails.jsonl`), read into
 * `Email` values with their label, language and the earlier messages of their thread. Training, tuning and blind
 * sets live in separate folders; `normalisedBody` is how a test proves that no email sits in two of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMAIL_KINDS, type EmailKind } from '../core/detection';
import type { Email } from '../core/email';
import { parseAddress } from './address';
import { emailFromRecord } from './input';

export type SetRole = 'train' | 'tune' | 'blind';

export interface LabelledEmail {
  email: Email;
  label: EmailKind;
  lang: string;
  /** Earlier messages of the same conversation, oldest first. */
  earlier: Email[];
  set: string;
}

export function detectionRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'detection');
}

/** The set folders of one role, sorted by name so that every run reads them in the same order. */
export function setFolders(role: SetRole, root = detectionRoot()): string[] {
  const dir = join(root, role);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'emails.jsonl')))
    .map((d) => join(dir, d.name))
    .sort();
}

/** Reads one labelled JSON Lines file. Lines that are not a labelled email are counted, not thrown. */
export function readLabelled(path: string, set = path): { emails: LabelledEmail[]; skipped: number } {
  const emails: LabelledEmail[] = [];
  let skipped = 0;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        skipped++;
        return;
      }
      const parsed = emailFromRecord(record, `${set}:${index + 1}`);
      const label = record.label;
      if (!parsed.ok || typeof label !== 'string' || !(EMAIL_KINDS as readonly string[]).includes(label)) {
        skipped++;
        return;
      }
      const earlier: Email[] = [];
      if (Array.isArray(record.thread)) {
        record.thread.forEach((m: unknown, i) => {
          if (m === null || typeof m !== 'object') return;
          const t = m as Record<string, unknown>;
          earlier.push({
            id: `${parsed.email.id}/thread-${i}`,
            source: 'cli',
            subject: typeof t.subject === 'string' ? t.subject : '',
            from: parseAddress(t.from),
            date: null,
            body: typeof t.body === 'string' ? t.body : '',
          });
        });
      }
      emails.push({ email: parsed.email, label: label as EmailKind, lang: typeof record.lang === 'string' ? record.lang : langOf(record), earlier, set });
    });
  return { emails, skipped };
}

/** Older sets carry no `lang`; their emails are English unless the note names another language. */
function langOf(record: Record<string, unknown>): string {
  const note = typeof record.note === 'string' ? record.note.toLowerCase() : '';
  const names: [string, string][] = [
    ['german', 'de'], ['french', 'fr'], ['spanish', 'es'], ['portuguese', 'pt'], ['italian', 'it'], ['dutch', 'nl'],
    ['polish', 'pl'], ['swedish', 'sv'], ['japanese', 'ja'],
  ];
  for (const [name, code] of names) if (note.includes(name)) return code;
  return 'en';
}

export function readRole(role: SetRole, root = detectionRoot()): LabelledEmail[] {
  return setFolders(role, root).flatMap((folder) => readLabelled(join(folder, 'emails.jsonl'), `${role}/${folder.split('/').pop()}`).emails);
}

/** An email's text as the duplicate check compares it: lower case, digits and white space folded. */
export function normalisedBody(email: Pick<Email, 'subject' | 'body'>): string {
  return `${email.subject}\n${email.body}`.toLowerCase().replace(/[0-9]+/g, '0').replace(/\s+/g, ' ').trim();
}
