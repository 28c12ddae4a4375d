/**
 * Mailbox providers: domains where anyone can open an address. Such a domain never names a company (a sender at
 * gmail.com works anywhere), and two people at the same provider are not colleagues. One list for the classifier,
 * the company extractor and the timeline's naming.
 */

/** Providers known under one domain each. */
const PROVIDER_DOMAINS: readonly string[] = [
  // International.
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'zoho.com', 'fastmail.com',
  'mail.com', 'gmx.com', 'tutanota.com', 'yandex.com', 'hey.com',
  // German-speaking.
  'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de', 'posteo.de', 'mailbox.org', 'bluewin.ch',
  // French.
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'neuf.fr',
  // Italian, Spanish, Portuguese, Brazilian.
  'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tim.it', 'telefonica.net', 'sapo.pt', 'clix.pt', 'uol.com.br',
  'bol.com.br', 'terra.com.br',
  // Dutch, Belgian, Nordic, Polish.
  'ziggo.nl', 'kpnmail.nl', 'home.nl', 'planet.nl', 'hetnet.nl', 'xs4all.nl', 'telenet.be', 'skynet.be', 'telia.com',
  'bredband.net', 'wp.pl', 'o2.pl', 'onet.pl', 'op.pl', 'interia.pl', 'poczta.fm', 'tlen.pl',
  // Japanese and other.
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp',
  'mail.ru', 'yandex.ru', 'qq.com', '163.com', 'naver.com', 'seznam.cz',
];

/** Providers that run the same service under many country domains (yahoo.co.jp, hotmail.fr, outlook.de). */
const PROVIDER_BRANDS: readonly string[] = ['gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'live', 'icloud', 'aol', 'gmx', 'yandex', 'protonmail'];

const DOMAINS = new Set(PROVIDER_DOMAINS);
const BRANDS = new Set(PROVIDER_BRANDS);

/** Second-level labels under which a country registers names ("co.uk", "com.br", "ne.jp"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ne', 'or', 'ac', 'gov', 'ltd', 'plc']);

/** The registrable label of a domain: "acme" of "mail.acme.co.uk"; '' when there is none. */
export function registrableLabel(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter((l) => l.length > 0);
  if (labels.length < 2) return '';
  let end = labels.length - 1;
  if (labels.length >= 3 && SECOND_LEVEL.has(labels[end - 1] ?? '')) end -= 1;
  return labels[end - 1] ?? '';
}

/** True when the domain (or a parent of it) is a mailbox provider's. */
export function isMailboxProvider(domain: string): boolean {
  if (typeof domain !== 'string' || domain === '') return false;
  // A mailbox meets the same few domains again and again (its owner's on every email): each is worked out once.
  const known = PROVIDER_SEEN.get(domain);
  if (known !== undefined) return known;
  const d = domain.toLowerCase().slice(0, 253);
  let provider = BRANDS.has(registrableLabel(d));
  for (let at = 0; !provider && at !== -1 && at < d.length; at = d.indexOf('.', at) + 1 || -1) {
    if (DOMAINS.has(d.slice(at))) provider = true;
  }
  if (PROVIDER_SEEN.size >= PROVIDER_SEEN_CAP) PROVIDER_SEEN.clear();
  if (domain.length <= 253) PROVIDER_SEEN.set(domain, provider);
  return provider;
}
/** Domains already worked out, bounded: a hostile stream of new domains only refills it. */
const PROVIDER_SEEN = new Map<string, boolean>();
const PROVIDER_SEEN_CAP = 512;

/** The domain of an address, lower case; '' when it has none. */
export function domainOfAddress(address: string): string {
  if (typeof address !== 'string') return '';
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1, at + 254).trim().toLowerCase();
}

/**
 * True when the sender works where the mailbox owner works: both addresses at the same organisation's domain (or one
 * a subdomain of the other), and that domain is not a mailbox provider. Mail between colleagues is rarely about the
 * owner's own job search.
 */
export function isColleague(sender: string, owner: string | null | undefined): boolean {
  if (typeof owner !== 'string' || owner === '') return false;
  const a = domainOfAddress(sender);
  const b = domainOfAddress(owner);
  if (a === '' || b === '' || isMailboxProvider(a) || isMailboxProvider(b)) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
