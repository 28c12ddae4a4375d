/**
 * Why a file or a message could not be read, or was read only in part: a code with its values for the options
 * page to word in the interface's language, and `reason`, the same in English for the command line.
 */
export type ImportIssue = { reason: string } & (
  | { code: 'file_empty' | 'only_blank' | 'not_mbox' | 'read_failed' | 'cannot_parse' | 'empty_message' | 'no_headers' | 'headers_unended' | 'parts_unclosed' }
  | { code: 'not_mail'; values: { start: string } }
  | { code: 'capped'; values: { read: number; size: number } }
);

export type ImportIssueCode = ImportIssue['code'];

/** Problems that leave a message unread (counted as errors), as opposed to one read in part. */
export const UNREADABLE: ReadonlySet<ImportIssueCode> = new Set(['cannot_parse', 'empty_message', 'no_headers']);

export const ISSUES = {
  fileEmpty: { code: 'file_empty', reason: 'the file is empty' },
  onlyBlank: { code: 'only_blank', reason: 'not an mbox or .eml file (it starts with only blank lines)' },
  notMbox: { code: 'not_mbox', reason: 'not an mbox file (no "From " line starts a message)' },
  emptyMessage: { code: 'empty_message', reason: 'empty message' },
  noHeaders: { code: 'no_headers', reason: 'no mail headers found' },
  headersUnended: { code: 'headers_unended', reason: 'its headers never end (cut short?)' },
  partsUnclosed: { code: 'parts_unclosed', reason: 'its MIME parts never close (cut short or broken)' },
} as const satisfies Record<string, ImportIssue>;

export const notMail = (start: string): ImportIssue => ({ code: 'not_mail', values: { start }, reason: `not an mbox or .eml file (it starts with ${start})` });

export const capped = (read: number, size: number): ImportIssue => ({ code: 'capped', values: { read, size }, reason: `only its first ${read} MB read (${size} MB in all)` });

export const cannotParse = (error: unknown): ImportIssue => ({
  code: 'cannot_parse',
  reason: `cannot parse: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300),
});

export const readFailed = (error: unknown): ImportIssue => ({ code: 'read_failed', reason: error instanceof Error ? error.message : String(error) });
