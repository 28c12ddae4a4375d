/**
 * Writes the import benches' Takeout-like mbox (`npx tsx tests/bench/takeout-file.ts <path> <MB>`), or a mailbox of
 * small messages (`... <path> 0 <messages>`), in a process of its own so that the bench's memory figures are the
 * import's, not the generator's. Prints what it made as JSON.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { generateMailbox, type GenOptions } from '../support/mailbox-gen';

/**
 * A Takeout's mix: most messages are not job mail (HTML newsletters of 14 to 56 KB, notifications, personal mail,
 * spam) and most bytes are attachments (a third of personal messages carry one of 0.1 to 0.9 MB).
 */
export const TAKEOUT_MIX: GenOptions = { seed: 3, attachmentEvery: 3, attachmentBytes: 500 * 1024, attachmentSpread: true, newsletterParagraphs: [40, 160] };

/** A mailbox of many small messages (the same mix without attachments or long newsletters: about 5 KB each). */
export const SMALL_MIX: GenOptions = { seed: 5, attachmentEvery: 1e9 };

export async function writeTakeout(path: string, mb: number, messages?: number): Promise<{ messages: number; jobThreads: number }> {
  const out = createWriteStream(path);
  let pending = '';
  const summary = generateMailbox(messages ? { ...SMALL_MIX, messages } : { ...TAKEOUT_MIX, bytes: mb * 1024 * 1024 }, (t) => {
    pending += t;
    if (pending.length > 1 << 20) {
      out.write(pending);
      pending = '';
    }
  });
  out.write(pending);
  await new Promise<void>((r) => out.end(r));
  return { messages: summary.messages, jobThreads: summary.jobThreads.length };
}

/** The Takeout-like mbox written by a process of its own (the caller's memory stays the import's). */
export function makeTakeout(path: string, mb: number): { messages: number; jobThreads: number } {
  return make([path, String(mb)]);
}

/** A mailbox of `messages` small messages (SMALL_MIX), written by a process of its own. */
export function makeSmallMailbox(path: string, messages: number): { messages: number; jobThreads: number } {
  return make([path, '0', String(messages)]);
}

function make(args: string[]): { messages: number; jobThreads: number } {
  const script = join(import.meta.dirname, 'takeout-file.ts');
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })) as { messages: number; jobThreads: number };
}

if (process.argv[1]?.endsWith('takeout-file.ts') && process.argv[2]) {
  console.log(JSON.stringify(await writeTakeout(process.argv[2], Number(process.argv[3] ?? 1024), Number(process.argv[4] ?? 0) || undefined)));
}
