/**
 * A stress test of what the learned model reads: the English tuning emails, each body wrapped in a security banner
 * above and a confidentiality and unsubscribe notice below, as a mailbox shows much real mail. The wording is written
 * for this check alone (not the notices training wraps emails in, `lib/cli/boilerplate.ts`), so the model has never
 * seen it. Banner and notice are chosen by the email's place in the list: the file is the same on every run.
 * Usage: npx tsx tests/bench/wrapped-tuning.ts out.jsonl && npm run --silent eval -- out.jsonl
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

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx tests/bench/wrapped-tuning.ts out.jsonl');
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
    email.body = `${BANNERS[k % 4]}\n\n${email.body}\n\n--\n${NOTICES[(k >> 2) % 4]}`;
    lines.push(JSON.stringify(email));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} wrapped English tuning emails in ${out}`);
