/**
 * The order reminders come out in: by due time, then rule (its id as text), then within a rule by event and by
 * person in the order the email named them. Made cheap for a thousand applications: reminders arrive in buckets by
 * due time and rule rank (emit.ts), so only the distinct due times and each small bucket are sorted.
 */
import { PLAYBOOK_RULES } from '../playbook';
import type { Person } from '../timeline/types';
import type { Named, Output } from './context';
import type { Reminder, RuleId } from './types';

/**
 * A stable sort that allocates nothing for the short lists it is given here (an application's people, the reminders
 * of one rule due at one instant): insertion sort up to 32 items, the built-in (stable) sort beyond. The built-in
 * sort makes a work copy per call, and thousands of tiny sorts per derivation add up for the collector.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): void {
  if (list.length > 32) {
    list.sort(compare);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
}

/** The order the email named them in (`rank`; people without one after), then by id: the same on every run. */
export function byPersonId(a: Named, b: Named): number {
  const ra = rankOf(a.person);
  const rb = rankOf(b.person);
  if (ra !== rb) return ra - rb;
  return a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
}

export function rankOf(person: Person | undefined): number {
  const rank = person?.rank;
  return typeof rank === 'number' && Number.isFinite(rank) ? rank : Number.MAX_SAFE_INTEGER;
}

/** Person ranks of the timeline being derived (byReminderId reads them; set and cleared by deriveReminders). */
let personRanks: Map<string, number> | null = null;

/**
 * Rules ranked as their ids' prefixes `${ruleId}:` sort as text. Two ids of different rules first differ inside
 * those prefixes (no rule id holds a colon), so the rank alone orders them.
 */
export const RULE_RANK: ReadonlyMap<RuleId, number> = new Map(
  PLAYBOOK_RULES.map((r) => `${r.id}:`)
    .sort()
    .map((prefix, rank) => [prefix.slice(0, -1) as RuleId, rank]),
);

/**
 * The order of ids as text of reminders of one rule (`${ruleId}:${eventId}` or `${ruleId}:${eventId}:${personId}`),
 * decided from their parts where that is exact, so the long joined ids are rarely compared: by event id when neither
 * event id starts with the other; for one event, no person before any person, then in the order the email named
 * them (Person.rank), then by person id; for one event and
 * person, by id (a repeat's suffix makes its id the longer).
 */
function byReminderId(a: Reminder, b: Reminder): number {
  const ea = a.eventId;
  const eb = b.eventId;
  if (ea === eb) {
    const pa = a.personId || null;
    const pb = b.personId || null;
    // The same event and person: a repeat of the rule (the second follow-up, its id longer by its suffix).
    if (pa === pb) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    if (pa === null) return -1;
    if (pb === null) return 1;
    // People in the order the email named them, as in the email: "Ana Pereira and Ben Okafor".
    const ra = personRanks?.get(pa) ?? Number.MAX_SAFE_INTEGER;
    const rb = personRanks?.get(pb) ?? Number.MAX_SAFE_INTEGER;
    if (ra !== rb) return ra - rb;
    return pa < pb ? -1 : 1;
  }
  if (!ea.startsWith(eb) && !eb.startsWith(ea)) return ea < eb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every reminder made, in order. `ranks`: each person's place in the email that named them. */
export function inOrder(out: Output, ranks: Map<string, number>): Reminder[] {
  // By due time, then id (rule rank, then within a rule); equal ids keep the order they were made in (a stable sort).
  const dues = Float64Array.from(out.byDue.keys()).sort();
  const reminders: Reminder[] = [];
  personRanks = ranks;
  try {
    for (const due of dues) {
      for (const slot of out.byDue.get(due)!) {
        if (!slot) continue;
        sortSmall(slot, byReminderId);
        for (const r of slot) reminders.push(r);
      }
    }
  } finally {
    personRanks = null;
  }
  return reminders;
}
