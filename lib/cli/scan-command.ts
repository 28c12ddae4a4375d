/** `scan [--json] FILE...`: detects every email in .eml, .mbox and .jsonl files; a table, or JSON Lines. */
import { defaultModel } from '../core/classify/model/default-model';
import { detect } from '../core/detect';
import type { Detection } from '../core/detection';
import type { Email } from '../core/email';
import { toOutputLine } from './output';
import { streamMailFile } from './read-mail-files';

interface Out {
  write(text: string): void;
}

const COLUMNS = ['date', 'kind', 'company', 'role', 'interview'] as const;
const WIDTHS = [17, 21, 26, 34, 25];

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return (flat.length > width ? `${flat.slice(0, width - 1)}…` : flat).padEnd(width);
}

function shortDate(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '-';
}

function row(email: Email, d: Detection): string {
  const values = [shortDate(email.date), d.kind, d.company ?? '-', d.role ?? '-', d.interview ? shortDate(d.interview.start) + (d.interview.timeZone ? ` ${d.interview.timeZone}` : '') : '-'];
  return values.map((v, i) => cell(v, WIDTHS[i]!)).join(' ').trimEnd();
}

export async function runScan(args: string[], out: Out, err: Out): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--fast');
  if (files.length === 0) {
    err.write('scan: give one or more .eml, .mbox or .jsonl files\n');
    return 2;
  }
  let failed = 0;
  if (!json) out.write(`${COLUMNS.map((c, i) => cell(c, WIDTHS[i]!)).join(' ').trimEnd()}\n`);
  const now = new Date();
  const fast = args.includes('--fast');
  for (const file of files) {
    // Streamed: any size, one message in memory. --fast skips what the import's triage skips (spam, not job mail).
    for await (const item of streamMailFile(file, { thorough: !fast })) {
      if (!item.ok) {
        failed++;
        err.write(`${item.where}: ${item.error}\n`);
        if (json) out.write(`${JSON.stringify({ file: item.where, error: item.error })}\n`);
        continue;
      }
      const detection = detect(item.email, { now, model: defaultModel() });
      out.write(json ? `${JSON.stringify({ ...toOutputLine(item.email.id, detection), date: item.email.date, file })}\n` : `${row(item.email, detection)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
