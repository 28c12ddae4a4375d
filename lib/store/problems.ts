/**
 * What the store refuses, as a code and its values, beside the English sentence (for the command line, logs and
 * tests): the options page words the code in the interface's language (`lib/ui-text/problems.ts`). Values are
 * numbers, times, a setting's name or a place in the file, never a sentence of their own.
 */
export type StoreProblem =
  | { code: 'file_too_large'; values: { size: string; limit: number } }
  | { code: 'not_json'; values?: undefined }
  | { code: 'not_export'; values?: undefined }
  | { code: 'wrong_format'; values: { format: string } }
  | { code: 'version_not_number'; values: { version: string; expected: number } }
  | { code: 'version_other'; values: { version: number; expected: number } }
  | { code: 'forbidden_key'; values: { path: string } }
  | { code: 'bad_field'; values: { path: string; more: number } }
  | { code: 'duplicate_id'; values: { path: string } }
  | { code: 'missing_application'; values: { path: string } }
  | { code: 'not_written'; values?: undefined }
  | { code: 'work_day_order'; values: { start: string; end: string } }
  | { code: 'unknown_zone'; values: { zone: string } }
  | { code: 'bad_setting'; values: { field: string } };

export type StoreProblemCode = StoreProblem['code'];

/** A setting the store would not save: the Error's message is English, `problems` say the same as codes. */
export class SettingsError extends Error {
  readonly problems: StoreProblem[];
  constructor(problems: StoreProblem[], message: string) {
    super(message);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}
