/** `classify`: JSON Lines in, one JSON line out per input line, in order; bad lines become errors in place. */
import { createInterface } from 'node:readline';
import { defaultModel } from '../core/classify/model/default-model';
import { detect } from '../core/detect';
import { emailFromRecord } from './input';
import { toOutputLine } from './output';

interface Out {
  write(text: string): void;
}

export async function runClassify(input: NodeJS.ReadableStream, out: Out): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = classifyLine(line, lineNumber);
    if ('error' in result) failed++;
    out.write(`${JSON.stringify(result)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

export function classifyLine(line: string, lineNumber: number): object {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = emailFromRecord(record, `line-${lineNumber}`);
  if (!parsed.ok) return { line: lineNumber, error: parsed.error };
  // The CLI has a clock; the core does not. Today stands in for an email without a date.
  return toOutputLine(parsed.email.id, detect(parsed.email, { now: new Date(), model: defaultModel() }));
}
