/**
 * A stress test of what the learned model reads: the English tuning emails, each body wrapped in a security banner
 * above and a confidentiality and unsubscribe notice below, as a mailbox shows much real mail. The wording is written
 * for this check alone (not the notices training wraps emails in, `lib/cli/boilerplate.ts`), so the model has never
 * seen it. Banner and notice are chosen by the email's place in the list: the file is the same on every run.
 * A second wording (`--second`, written in the fifteenth session) tells a model that leans on notices in general
 * from one that happens to lean on this wording's words: one fixed text can meet an unlucky bucket or two.
 * Usage: npx tsx tests/bench/wrapped-tuning.ts out.jsonl [--second] && npm run --silent eval -- out.jsonl
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BANNERS = [
  'CAUTION: This message came from a sender outside your company. Do not open attachments or follow links unless you recognise who sent it and were expecting the content.',
  '[EXTERNAL SENDER] Be careful with this email. It was sent from an address that is not part of our network. Report anything suspicious using the Phish Alert button in your mail toolbar.',
  'Notice: this email was received from the internet. Our security team reminds you never to share passwords or one-time codes by email, even when a message looks genuine.',
  'WARNING - External mail. Links in this message have been rewritten and checked for safety at the time of delivery. If in doubt, contact the IT help desk before clicking.',
];
const NOTICES = [
  'This communication and any files sent with it are intended only for the person or organisation to whom it is addressed and may contain privileged or confidential material. If you are not the intended recipient, please notify the sender immediately, delete it from your systems and do not copy, forward or disclose its contents. Email is not guaranteed to be secure or free of errors or viruses.\n\nYou are receiving this email because of your account with us. To change how often we write to you, update your preferences, or to stop receiving these messages altogether, unsubscribe here. Our postal address: 400 Harbour Street, Suite 12, Portland, OR 97204.',
  'PRIVACY: The information in this message is confidential and may be legally protected. Any review, use, distribution or copying by anyone other than the addressee is prohibited. If this reached you in error, kindly reply to let us know and then erase it. We process personal data as described in our privacy statement, which you can read on our website at any time.\n\nManage your email settings | Unsubscribe | View our privacy statement. This mailbox is monitored only during business hours.',
  'Confidentiality note: this email, including any attachments, is meant solely for its named recipients and may hold information that is proprietary or exempt from disclosure. Unauthorised use or sharing is strictly forbidden. If you received it by mistake, please tell us by return email and remove all copies.\n\nDo not want these emails? Click unsubscribe or adjust your notification preferences in your account. Registered office: 2 Mill Lane, Leeds LS1 4AB. Company number 08123456.',
  'The contents of this message are private and confidential and intended only for the addressee. If you are not the person this was meant for, you must not read, act on, or pass on anything in it; please delete it and let the sender know. We accept no liability for damage caused by any virus transmitted by this email.\n\nSent to you as a registered user. Unsubscribe from these notifications or manage your subscriptions at any time from your profile page.',
];

const SECOND_BANNERS = [
  "External email: take care with links and attachments. This sender is not in your organisation's address book.",
  'This message was delivered from outside the company network. Verify the sender before acting on any request for payment or credentials.',
  'Security notice: attachments in this email have been scanned. Links open through our protection service.',
  'Mail from an external address. If this message looks unusual, forward it to the security desk and delete it.',
];
const SECOND_NOTICES = [
  'DISCLAIMER: This e-mail and its attachments may contain confidential information and are intended for the named recipient only. If you received it in error, please tell the sender and delete it. Unauthorised disclosure is not permitted.',
  'The views expressed in this message are those of the author and not necessarily those of the company. We accept no liability for any damage caused by viruses transmitted by this email.',
  'Registered office: 12 Harbour Road, Leeds. Registered in England and Wales, company number 0481526. This message is confidential and may be subject to legal privilege.',
  'To stop receiving these emails, manage your communication preferences in your account settings. Read how we handle your personal data in our privacy notice.',
];

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx tests/bench/wrapped-tuning.ts out.jsonl [--second]');
const second = process.argv.includes('--second');
const banners = second ? SECOND_BANNERS : BANNERS;
const notices = second ? SECOND_NOTICES : NOTICES;
const root = join(import.meta.dirname, '..', 'fixtures', 'detection', 'tune');
const lines: string[] = [];
for (const set of readdirSync(root).sort()) {
  const file = join(root, set, 'emails.jsonl');
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const email = JSON.parse(line) as { lang?: string; body?: unknown };
    if (email.lang !== 'en' || typeof email.body !== 'string') continue;
    const k = lines.length;
    email.body = `${banners[k % 4]}\n\n${email.body}\n\n--\n${notices[(k >> 2) % 4]}`;
    lines.push(JSON.stringify(email));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} wrapped English tuning emails in ${out}${second ? ' (second wording)' : ''}`);
