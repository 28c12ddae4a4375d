/**
 * Who wrote to the owner about their search (classify/job-senders.ts): a sender of earlier job mail is known by their
 * exact address; relays that write for every employer and the owner's own address never are; the list is bounded.
 */
import { describe, expect, it } from 'vitest';
import { JobSenders, MAX_JOB_SENDERS } from '../../../lib/core/classify/job-senders';
import type { Email } from '../../../lib/core/email';

const OWNER = { index: 0, address: 'megan.price@mailbox.example' };

function from(address: string, name = ''): Pick<Email, 'from' | 'account'> {
  return { from: { name, address }, account: OWNER };
}

describe('the senders of earlier job mail', () => {
  it('are known by their exact address once their mail was decided as a job kind, and not from other mail', () => {
    const senders = new JobSenders();
    expect(senders.knows(from('pete@aldridgemotors.example'))).toBe(false);
    senders.learn(from('Pete@AldridgeMotors.example'), 'interview_request');
    expect(senders.knows(from('pete@aldridgemotors.example'))).toBe(true);
    // Another address at the same garage, and a newsletter's, are not the person who wrote.
    expect(senders.knows(from('accounts@aldridgemotors.example'))).toBe(false);
    senders.learn(from('news@deli.example'), 'other');
    expect(senders.knows(from('news@deli.example'))).toBe(false);
  });

  it('never include a relay that writes for every employer, nor the owner, nor a sender without an address', () => {
    const senders = new JobSenders();
    for (const relay of ['no-reply@us.greenhouse-mail.io', 'jobs-noreply@linkedin.com', 'notifications@calendly.com']) {
      senders.learn(from(relay), 'application_received');
      expect(senders.knows(from(relay)), relay).toBe(false);
    }
    senders.learn(from(OWNER.address), 'offer');
    expect(senders.knows(from(OWNER.address))).toBe(false);
    senders.learn(from(''), 'offer');
    expect(senders.size).toBe(0);
  });

  it('start from the senders the timeline holds, and keep the newest when there are too many', () => {
    const senders = new JobSenders(['hr@bakery.example', 'Tom@Deli.example']);
    expect(senders.knows(from('tom@deli.example'))).toBe(true);
    for (let i = 0; i < MAX_JOB_SENDERS; i++) senders.learn(from(`person${i}@firm${i}.example`), 'rejection');
    expect(senders.size).toBe(MAX_JOB_SENDERS);
    expect(senders.knows(from('hr@bakery.example'))).toBe(false);
    expect(senders.knows(from(`person${MAX_JOB_SENDERS - 1}@firm${MAX_JOB_SENDERS - 1}.example`))).toBe(true);
  });
});
