/** Parses a From header value ("Acme Hiring Team <no-reply@ashbyhq.com>", "a@b.com", "") into an Address. */
import type { Address } from '../core/email';

export function parseAddress(value: unknown): Address {
  if (typeof value !== 'string') return { name: '', address: '' };
  const text = value.trim().slice(0, 1_000);
  const lt = text.lastIndexOf('<');
  const gt = text.indexOf('>', lt);
  if (lt !== -1 && gt > lt) {
    const address = text.slice(lt + 1, gt).trim().toLowerCase();
    const name = text.slice(0, lt).trim().replace(/^"(.*)"$/, '$1').trim();
    return { name, address: address.includes('@') ? address : '' };
  }
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return { name: '', address: text.toLowerCase() };
  return { name: text, address: '' };
}
