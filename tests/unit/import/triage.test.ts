/**
 * The quick filter that sets mail aside before it is parsed (lib/import/triage.ts), judged on what the user would
 * lose: job mail of the labelled sets (tests/fixtures/detection, train and tune), each written out as a raw message
 * and read alone (no thread to lean on), must go on to the classifier; and most of a mailbox's bulk mail must not.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelled, setFolders, type LabelledEmail } from '../../../lib/cli/labelled-sets';
import type { RawMessage } from '../../../lib/import/mbox-splitter';
import { messageToEmail } from '../../../lib/import/to-email';
import { generateMailbox } from '../../support/mailbox-gen';
import { MboxSplitter } from '../../../lib/import/mbox-splitter';

const encoder = new TextEncoder();
const word = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`);

/** A labelled email as a raw message, the way a mail program writes it (UTF-8 body, encoded-word subject). */
function raw(e: LabelledEmail, index: number): RawMessage {
  const from = e.email.from.address ? `${word(e.email.from.name ?? '')} <${e.email.from.address}>` : 'undisclosed-recipients:;';
  const text = [
    `From: ${from}`,
    'To: me@example.com',
    `Subject: ${word(e.email.subject)}`,
    'Date: Tue, 03 Feb 2026 10:00:00 +0000',
    `Message-ID: <${e.email.id.replace(/[^\w.-]/g, '_')}@labelled.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    e.email.body,
    '',
  ].join('\r\n');
  const bytes = encoder.encode(text);
  return { index, offset: 0, end: bytes.length, envelope: '', bytes, size: bytes.length, capped: false };
}

async function setAside(message: RawMessage): Promise<boolean> {
  const outcome = await messageToEmail(message, 'labelled.eml', { threads: new Set() });
  return outcome.kind === 'skipped' && outcome.reason === 'not-job';
}

describe('the quick filter before parsing', () => {
  const labelled = [...setFolders('train'), ...setFolders('tune')].flatMap((d) => readLabelled(join(d, 'emails.jsonl'), d).emails);

  it('sends on to the classifier at least 99% of the labelled job mail, each message judged alone', async () => {
    const job = labelled.filter((e) => e.label !== 'other');
    const lost: string[] = [];
    for (const [i, e] of job.entries()) if (await setAside(raw(e, i + 1))) lost.push(`${e.email.id} ${e.label}: ${e.email.subject}`);
    expect(job.length).toBeGreaterThan(3000);
    expect(lost.length / job.length, lost.join('\n')).toBeLessThan(0.01);
  }, 120_000);

  it('sets aside most of a Takeout mailbox that is not job mail (newsletters, notifications), and none of its job mail', async () => {
    let text = '';
    const summary = generateMailbox({ messages: 1500, seed: 5, jobEvery: 50 }, (t) => (text += t));
    const jobIds = new Set(summary.jobThreads.flatMap((t) => t.messages.map((m) => m.id)));
    const messages: RawMessage[] = [];
    const splitter = new MboxSplitter(1 << 20, (m) => messages.push(m));
    splitter.push(encoder.encode(text));
    splitter.end();
    let bulk = 0;
    let bulkAside = 0;
    for (const m of messages) {
      const id = /^From (\d+)@xxx/.exec(m.envelope)![1]!;
      const outcome = await messageToEmail(m, 'takeout.mbox', { threads: new Set() });
      if (jobIds.has(id)) expect(outcome.kind, id).toBe('email');
      else if (/List-Unsubscribe|no-reply@/.test(new TextDecoder().decode(m.bytes.subarray(0, 2000)))) {
        bulk++;
        if (outcome.kind === 'skipped') bulkAside++;
      }
    }
    expect(bulk).toBeGreaterThan(500);
    expect(bulkAside / bulk).toBeGreaterThan(0.9);
  }, 120_000);
});
