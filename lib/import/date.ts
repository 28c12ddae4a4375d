/** A mail date (RFC 2822 or ISO 8601) as ISO 8601, keeping the sender's offset; null when unreadable. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const trimmed = value.trim().slice(0, 200);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const offset = /([+-])(\d{2})(\d{2})\s*(\([^)]*\))?$/.exec(trimmed);
  if (offset) {
    const sign = offset[1] === '-' ? -1 : 1;
    const minutes = sign * (Number(offset[2]) * 60 + Number(offset[3]));
    const local = new Date(ms + minutes * 60_000);
    if (Number.isNaN(local.getTime())) return null;
    return `${local.toISOString().slice(0, 19)}${offset[1]}${offset[2]}:${offset[3]}`;
  }
  return new Date(ms).toISOString();
}
