/**
 * Time-zone words in job mail and the IANA zone they mean. Abbreviations are read as the region's wall clock
 * ("14:00 CET" in July is 14:00 in Central Europe, which is then CEST), because that is what the sender meant.
 */
export const ZONE_WORDS: Readonly<Record<string, string>> = {
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'pacific time': 'America/Los_Angeles',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  'mountain time': 'America/Denver',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  'central time': 'America/Chicago',
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  'eastern time': 'America/New_York',
  akst: 'America/Anchorage',
  hst: 'Pacific/Honolulu',
  gmt: 'Europe/London',
  bst: 'Europe/London',
  'uk time': 'Europe/London',
  'london time': 'Europe/London',
  utc: 'UTC',
  wet: 'Europe/Lisbon',
  west: 'Europe/Lisbon',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  mez: 'Europe/Berlin',
  mesz: 'Europe/Berlin',
  'central european time': 'Europe/Berlin',
  'paris time': 'Europe/Paris',
  'berlin time': 'Europe/Berlin',
  'madrid time': 'Europe/Madrid',
  'warsaw time': 'Europe/Warsaw',
  eet: 'Europe/Athens',
  eest: 'Europe/Athens',
  ist: 'Asia/Kolkata',
  sgt: 'Asia/Singapore',
  hkt: 'Asia/Hong_Kong',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  awst: 'Australia/Perth',
  nzst: 'Pacific/Auckland',
  nzdt: 'Pacific/Auckland',
};

/** Windows zone names that calendar invites from Outlook and Teams put in TZID. */
export const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'pacific standard time': 'America/Los_Angeles',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'gmt standard time': 'Europe/London',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'india standard time': 'Asia/Kolkata',
  'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo',
  'aus eastern standard time': 'Australia/Sydney',
  utc: 'UTC',
};

const validity = new Map<string, boolean>();

/** Whether the runtime knows this IANA zone name (cached; never throws). */
export function isIanaZone(name: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return false;
  let ok = validity.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      ok = name.includes('/') || name === 'UTC';
    } catch {
      ok = false;
    }
    validity.set(name, ok);
  }
  return ok;
}

/** The IANA zone a TZID parameter names: IANA itself, a Windows name, or null. */
export function zoneFromTzid(tzid: string): string | null {
  const cleaned = tzid.trim().replace(/^\/+/, '').replace(/^"|"$/g, '');
  if (isIanaZone(cleaned)) return cleaned;
  return WINDOWS_ZONES[cleaned.toLowerCase()] ?? null;
}

/**
 * The zone named right after a time: "2pm PT", "14:00 (CET)", "10am Pacific Time", "9:00 Europe/Berlin".
 * `after` is the text following the time, at most a few dozen characters are read.
 */
export function zoneAfter(after: string): string | null {
  const head = after.slice(0, 40);
  const iana = /^[\s(,]*([A-Z][A-Za-z_]+\/[A-Z][A-Za-z_]+)/.exec(head);
  if (iana && isIanaZone(iana[1]!)) return iana[1]!;
  const words = /^[\s(,]*([A-Za-z]{2,8}(?: (?:european )?(?:standard |daylight )?time)?)/i.exec(head);
  if (!words) return null;
  const phrase = words[1]!.toLowerCase().replace(/ (standard|daylight)/, '');
  return ZONE_WORDS[phrase] ?? ZONE_WORDS[phrase.split(' ')[0]!] ?? null;
}
