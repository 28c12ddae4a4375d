/** The user's settings: only what they changed is stored; DEFAULT_SETTINGS and their own time zone fill the rest. */
import { z } from 'zod';
import { DEFAULT_SETTINGS, DRAFT_LANGUAGES, SETTING_LIMITS, type Settings } from '../core/settings';
import type { CallbackDb } from './db';
import { SettingsError, type StoreProblem } from './problems';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:mm');

/** A time zone the runtime knows (Intl throws a RangeError for unknown names). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.strictObject({
  timeZone: z.string().max(64).refine(isTimeZone, 'an IANA time zone such as Europe/Berlin'),
  workingDays: z.array(z.number().int().min(1).max(7)).max(7),
  workStart: hhmm,
  workEnd: hhmm,
  quietStart: hhmm,
  quietEnd: hhmm,
  defaultStance: z.enum(['door_open', 'clean_break']),
  draftLanguage: z.enum(DRAFT_LANGUAGES),
  followUpWorkingDays: z.number().int().min(SETTING_LIMITS.followUpWorkingDays.min).max(SETTING_LIMITS.followUpWorkingDays.max),
  checkInDays: z.number().int().min(SETTING_LIMITS.checkInDays.min).max(SETTING_LIMITS.checkInDays.max),
  interviewMinutes: z.number().int().min(SETTING_LIMITS.interviewMinutes.min).max(SETTING_LIMITS.interviewMinutes.max),
  notifications: z.boolean(),
});

/** The zone this browser runs in, UTC when it cannot tell. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The settings, complete: stored values over the defaults, the browser's time zone when none was chosen. */
export async function getSettings(db: CallbackDb, fallbackTimeZone: string = systemTimeZone()): Promise<Settings> {
  const stored = await db.settings.get('user');
  const { id: _id, ...values } = stored ?? { id: 'user' as const };
  const merged: Settings = { ...DEFAULT_SETTINGS, timeZone: fallbackTimeZone, ...values };
  // A stored value that no longer validates (hand-edited data) falls back to the default, field by field.
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const repaired: Record<string, unknown> = { ...merged };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof Settings | undefined;
    if (field) repaired[field] = field === 'timeZone' ? 'UTC' : DEFAULT_SETTINGS[field];
  }
  return repaired as unknown as Settings;
}

/**
 * What is impossible in a set of settings, as sentences that say what to fix (empty when all is well): a working
 * day that ends before it starts, a time zone that does not exist.
 */
export function settingsProblems(settings: Partial<Settings>): string[] {
  return settingsChecks(settings).map(english);
}

/** The same problems as codes, for the interface to word in its language. */
function settingsChecks(settings: Partial<Settings>): StoreProblem[] {
  const problems: StoreProblem[] = [];
  if (settings.workStart && settings.workEnd && settings.workEnd <= settings.workStart) {
    problems.push({ code: 'work_day_order', values: { start: settings.workStart, end: settings.workEnd } });
  }
  if (settings.timeZone !== undefined && !isTimeZone(settings.timeZone)) problems.push({ code: 'unknown_zone', values: { zone: settings.timeZone } });
  return problems;
}

function english(problem: StoreProblem): string {
  switch (problem.code) {
    case 'work_day_order':
      return (
        `The working day ends at ${problem.values.end}, before it starts at ${problem.values.start}: set an end after the start ` +
        '(for example 09:00 to 17:30).'
      );
    case 'unknown_zone':
      return `The time zone “${problem.values.zone}” does not exist: choose one such as Europe/Berlin or America/New_York.`;
    default:
      return problem.code;
  }
}

/**
 * Save some settings. Validated first: a bad value, or a combination that cannot be (a day ending before it
 * starts), throws a SettingsError that says what to fix (in English, and as codes), and nothing is written.
 * Returns the complete settings after the save.
 */
export async function saveSettings(db: CallbackDb, patch: Partial<Settings>): Promise<Settings> {
  const check = settingsSchema.partial().safeParse(patch);
  if (!check.success) {
    const first = check.error.issues[0];
    const field = first?.path.join('.') || '(unknown)';
    if (field === 'timeZone' && typeof patch.timeZone === 'string') {
      const problem: StoreProblem = { code: 'unknown_zone', values: { zone: patch.timeZone } };
      throw new SettingsError([problem], english(problem));
    }
    throw new SettingsError([{ code: 'bad_setting', values: { field } }], `Invalid setting ${field}: ${first?.message ?? 'bad value'}`);
  }
  await db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get('user')) ?? { id: 'user' as const };
    // Checked with what is stored (a new start against the stored end), inside the write: nothing written if wrong.
    const problems = settingsChecks({ workStart: DEFAULT_SETTINGS.workStart, workEnd: DEFAULT_SETTINGS.workEnd, ...stored, ...check.data });
    if (problems.length > 0) throw new SettingsError(problems, problems.map(english).join(' '));
    await db.settings.put({ ...stored, ...check.data, id: 'user' });
  });
  return getSettings(db);
}
