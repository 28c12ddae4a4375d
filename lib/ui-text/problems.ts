/**
 * What the store and the mail import refuse, in the interface's language: they hand over a code and its values
 * (numbers, times, a place in the file), beside an English sentence the command line prints; this layer words the
 * code. Nothing a browser or a library says in English (a JSON parser's message, a database error) is shown here.
 */
import type { ImportIssue } from '../import/issues';
import type { StoreProblem } from '../store/problems';
import { formatNumber, t, type MessageKey } from './i18n';

/** A setting's own label on the form, to name the field a refused value belongs to. */
const SETTING_LABELS: Record<string, MessageKey> = {
  timeZone: 'settings_zone',
  workingDays: 'settings_working',
  workStart: 'settings_day_starts',
  workEnd: 'settings_day_ends',
  quietStart: 'settings_quiet_from',
  quietEnd: 'settings_quiet_until',
  defaultStance: 'settings_stance_legend',
  draftLanguage: 'settings_draft_language',
  followUpWorkingDays: 'settings_follow_up_days',
  checkInDays: 'settings_check_in_days',
  interviewMinutes: 'settings_interview_minutes',
  notifications: 'settings_notify',
};

const megabytes = (n: number | string) => formatNumber(Number(n), { maximumFractionDigits: 1 });

export function storeProblemText(problem: StoreProblem): string {
  switch (problem.code) {
    case 'file_too_large':
      return t('store_file_too_large', { size: megabytes(problem.values.size), limit: megabytes(problem.values.limit) });
    case 'not_json':
      return t('store_not_json');
    case 'not_export':
      return t('store_not_export');
    case 'wrong_format':
      return t('store_wrong_format', { format: problem.values.format });
    case 'version_not_number':
      return t('store_version_not_number', { version: problem.values.version, expected: problem.values.expected });
    case 'version_other':
      return t('store_version_other', { version: problem.values.version, expected: problem.values.expected });
    case 'forbidden_key':
      return t('store_forbidden_key', { path: problem.values.path });
    case 'bad_field':
      return t('store_bad_field', { path: problem.values.path });
    case 'duplicate_id':
      return t('store_duplicate_id', { path: problem.values.path });
    case 'missing_application':
      return t('store_missing_application', { path: problem.values.path });
    case 'not_written':
      return t('store_not_written');
    case 'work_day_order':
      return t('store_work_day_order', { start: problem.values.start, end: problem.values.end });
    case 'unknown_zone':
      return t('store_unknown_zone', { zone: problem.values.zone });
    case 'bad_setting': {
      const label = SETTING_LABELS[problem.values.field];
      return t('store_bad_setting', { field: label ? t(label) : problem.values.field });
    }
  }
}

/** An error thrown while saving settings, in the interface's language when the store said what it was. */
export function settingsErrorText(error: unknown): string {
  const problems = (error as { problems?: StoreProblem[] } | null)?.problems;
  if (Array.isArray(problems) && problems.length > 0) return problems.map(storeProblemText).join(' ');
  return t('store_not_saved');
}

const ISSUE_KEYS = {
  file_empty: 'import_issue_file_empty',
  only_blank: 'import_issue_only_blank',
  not_mbox: 'import_issue_not_mbox',
  read_failed: 'import_issue_read_failed',
  cannot_parse: 'import_issue_cannot_parse',
  empty_message: 'import_issue_empty_message',
  no_headers: 'import_issue_no_headers',
  headers_unended: 'import_issue_headers_unended',
  parts_unclosed: 'import_issue_parts_unclosed',
} as const satisfies Record<Exclude<ImportIssue['code'], 'not_mail' | 'capped'>, MessageKey>;

/** A file or message the import could not read, or read in part, in the interface's language. */
export function importIssueText(issue: ImportIssue): string {
  switch (issue.code) {
    case 'not_mail':
      return t('import_issue_not_mail', { start: issue.values.start });
    case 'capped':
      return t('import_issue_capped', { read: formatNumber(issue.values.read), size: formatNumber(issue.values.size) });
    default:
      return t(ISSUE_KEYS[issue.code]);
  }
}
