/** Video, scheduling and assessment links among the email's links and the URLs written in its text. */
import type { Email } from '../email';
import type { FoundLink } from '../detection';
import { LINK_HOSTS } from './link-hosts';

const MAX_LINKS = 20;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`{}|\\^[\]]{1,2000}/gi;
const HREF = /\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]{1,2000})/gi;

function kindOf(url: string): FoundLink['kind'] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  for (const entry of LINK_HOSTS) {
    if (host !== entry.host && !host.endsWith(`.${entry.host}`)) continue;
    if (entry.paths && !entry.paths.some((p) => path.startsWith(p))) continue;
    return entry.kind;
  }
  return null;
}

function clean(url: string): string {
  // Only where a run of trailing punctuation starts: a link ending in 4,000 `)` is read once, not 4,000 times.
  return url.replace(/(?<![.,;:!?)\]*])[.,;:!?)\]*]+$/, '');
}

export function extractLinks(email: Email, text: string, html: string): FoundLink[] {
  const candidates: string[] = [];
  if (Array.isArray(email.links)) for (const l of email.links.slice(0, 500)) if (typeof l === 'string') candidates.push(l);
  for (const m of text.matchAll(URL_IN_TEXT)) candidates.push(m[0]);
  for (const m of html.matchAll(HREF)) candidates.push(m[1]!);
  const out: FoundLink[] = [];
  const seen = new Set<string>();
  for (const raw of candidates) {
    const url = clean(raw.trim());
    if (seen.has(url)) continue;
    seen.add(url);
    const kind = kindOf(url);
    if (kind) out.push({ url, kind });
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}
