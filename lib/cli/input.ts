/** One JSON Lines input record to an Email, or the reason it cannot be one. */
import type { Email } from '../core/email';
import { parseAddress } from './address';

export type InputResult = { ok: true; email: Email } | { ok: false; error: string };

const optionalString = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** ISO 8601 or RFC 2822 date to ISO 8601; null when absent or unreadable (the engine then falls back to `now`). */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim();
  // Keep the sender's offset when the value is already ISO 8601 with one: "tomorrow" means their tomorrow.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const offset = /([+-])(\d{2})(\d{2})\s*(\([^)]*\))?$/.exec(trimmed);
  if (offset) {
    const sign = offset[1] === '-' ? -1 : 1;
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3]));
    const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
    return `${local}${offset[1]}${offset[2]}:${offset[3]}`;
  }
  return new Date(ms).toISOString();
}

export function emailFromRecord(record: unknown, fallbackId: string): InputResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, error: 'not a JSON object' };
  }
  const r = record as Record<string, unknown>;
  if (typeof r.body !== 'string') {
    return { ok: false, error: r.body === undefined ? 'missing "body"' : '"body" must be a string' };
  }
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  return {
    ok: true,
    email: {
      id,
      source: 'cli',
      subject: optionalString(r.subject) ?? '',
      from: parseAddress(r.from),
      date: normalizeDate(r.date),
      body: r.body,
      html: optionalString(r.html),
      raw: optionalString(r.raw),
      partial: r.partial === true,
    },
  };
}
