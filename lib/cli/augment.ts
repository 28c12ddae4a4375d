/**
 * Training mail as a mailbox shows it. The labelled sets hold the message alone, while real mail comes wrapped in
 * security banners, "view in browser" lines, and confidentiality, privacy and unsubscribe notices, in job mail and
 * other mail alike. Trained on the bare message, the model took such notices for signs of `other` (long neutral text
 * appeared mostly in newsletters and account mail) and lost half the job mail they wrapped. Each training email is
 * therefore also learned once wrapped in notices of its own language (`boilerplate.ts`), so that they decide
 * nothing. Deterministic: the wrapping of an email depends on its id alone.
 */
import type { LabelledEmail } from './labelled-sets';
import { BOILERPLATE } from './boilerplate';

/** FNV-1a of the id: the same email is wrapped the same way on every run and in any order. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32 */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

/** One email wrapped: a banner above (most often), notices below (most often), never neither. */
export function wrapped(item: LabelledEmail): LabelledEmail {
  const pool = BOILERPLATE[item.lang] ?? BOILERPLATE.en!;
  const next = random(seedOf(`${item.set}:${item.email.id}`));
  const roll = next();
  const head = roll < 0.8 ? pick(pool.heads, next) : null;
  const feet = roll >= 0.3 ? [pick(pool.feet, next), ...(next() < 0.4 ? [pick(pool.feet, next)] : [])] : [];
  const unique = [...new Set(feet)];
  const body = [head, item.email.body, unique.length ? `--\n${unique.join('\n\n')}` : null].filter((p): p is string => !!p).join('\n\n');
  return { ...item, email: { ...item.email, id: `${item.email.id}~wrapped`, body } };
}

/** The training emails, each followed by its wrapped copy. */
export function withWrappedCopies(items: readonly LabelledEmail[]): LabelledEmail[] {
  return items.flatMap((item) => [item, wrapped(item)]);
}
