/** A labelled or scanned JSON record read as an email, the owner's own mail marked as a mail page marks it. */
import { describe, expect, it } from 'vitest';
import { emailFromRecord } from '../../../lib/cli/input';

const read = (record: Record<string, unknown>) => {
  const r = emailFromRecord(record, 'x');
  if (!r.ok) throw new Error(r.error);
  return r.email;
};

describe('a JSON record as an email', () => {
  it('marks mail from the owner’s own address (`to`) as theirs, whatever the case of the address', () => {
    const own = read({ subject: 'Fwd: offer', from: 'Sam Lee <Sam.Lee@Mailbox.example>', to: 'sam.lee@mailbox.example', body: 'Mum, look!' });
    expect(own.fromUser).toBe(true);
    expect(own.account?.address).toBe('sam.lee@mailbox.example');
  });

  it('does not mark mail from anyone else, or when the owner or the sender is unknown', () => {
    expect(read({ from: 'talent@brightwater.example', to: 'sam.lee@mailbox.example', body: 'We are delighted' }).fromUser).toBeUndefined();
    expect(read({ from: '', to: '', body: 'Mum, look!' }).fromUser).toBeUndefined();
    expect(read({ from: 'sam.lee@mailbox.example', to: '', body: 'a note' }).fromUser).toBeUndefined();
  });
});
