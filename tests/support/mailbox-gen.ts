/**
 * Generated mailboxes shaped like a Google Takeout export (envelope `From <decimal id>@xxx <date>`, X-GM-THRID,
 * X-Gmail-Labels): mostly mail that is not job mail (HTML newsletters, notifications, personal threads, some with
 * attachments, spam), and a few job-search threads with their interviews, rejections, offers and the user's own
 * replies. Deterministic from a seed. Written as it is made, so the bench can write a gigabyte to /tmp.
 */

export interface JobThread {
  company: string;
  role: string;
  threadId: string;
  /** Message ids (decimal, as in the envelope) and kinds, oldest first. */
  messages: Array<{ id: string; kind: string; date: Date; fromUser: boolean }>;
}

export interface GenOptions {
  seed?: number;
  /** Stop after about this many bytes. */
  bytes?: number;
  /** Or after this many messages. */
  messages?: number;
  /** Dates run back from here (default 2026-03-01). */
  end?: Date;
  /** Days of history (default 400). */
  days?: number;
  /** One job-search thread per this many messages (default 60). */
  jobEvery?: number;
  /** Attachments: one message in this many carries one (default 40), of this many bytes (default 300 KB). */
  attachmentEvery?: number;
  attachmentBytes?: number;
  /** Attachments of 0.2 to 1.8 times attachmentBytes instead of all the same size. */
  attachmentSpread?: boolean;
  /** Paragraphs of an HTML newsletter, at least and below (default 10 and 40: about 4 to 14 KB). */
  newsletterParagraphs?: readonly [number, number];
}

export interface GenSummary {
  messages: number;
  bytes: number;
  jobThreads: JobThread[];
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Acme', 'Northwind', 'Kestrel Labs', 'Globex', 'Initech', 'Umbrella Analytics', 'Hooli', 'Vandelay Imports', 'Stark Logistics', 'Wayne Foods'];
const ROLES = ['Data Analyst', 'Backend Engineer', 'Product Designer', 'Marketing Manager', 'Site Reliability Engineer'];
const NAMES = ['Ana Pereira', 'Priya Shah', 'Tom Becker', 'Lena Novak', 'Omar Haddad', 'Mei Chen'];
const WORDS = 'the of and to in our new this week sale offer update your account team news read more about event today free members latest shop save update story city garden recipe travel music photo'.split(' ');
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
export function rfc2822(d: Date): string {
  return `${DAY_NAMES[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
function envelopeDate(d: Date): string {
  return `${DAY_NAMES[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}
function icsTime(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

/** One Takeout message as text (7-bit, CRLF-free like Takeout's own). */
export function takeoutMessage(m: {
  id: string;
  threadId: string;
  labels: string;
  date: Date;
  from: string;
  to?: string;
  subject: string;
  headers?: string[];
  contentType: string;
  body: string;
}): string {
  return [
    `From ${m.id}@xxx ${envelopeDate(m.date)}`,
    `X-GM-THRID: ${m.threadId}`,
    `X-Gmail-Labels: ${m.labels}`,
    `Delivered-To: sam@example.com`,
    `Received: by 2002:a05:6000:1a8e:b0:33e:1c2f with SMTP id ${m.id.slice(-8)};`,
    `        ${rfc2822(m.date)}`,
    `Date: ${rfc2822(m.date)}`,
    `From: ${m.from}`,
    `To: ${m.to ?? 'Sam Lee <sam@example.com>'}`,
    `Message-ID: <${m.id}.${m.threadId.slice(-6)}@mail.example>`,
    `Subject: ${m.subject}`,
    ...(m.headers ?? []),
    'MIME-Version: 1.0',
    `Content-Type: ${m.contentType}`,
    '',
    m.body,
    '',
    '',
  ].join('\n');
}

/** The text of a job email of `kind`, phrased as such mail is. */
function jobText(kind: string, company: string, role: string, person: string, when: Date): { subject: string; body: string; from: string; ics?: string } {
  const sender = `${company} Recruiting <jobs@${company.toLowerCase().replace(/[^a-z]/g, '')}.example>`;
  const day = when.toUTCString().slice(0, 16);
  switch (kind) {
    case 'application_received':
      return { from: sender, subject: `Thank you for applying to ${company}`, body: `Hi Sam, thank you for applying to ${company}! We have received your application for the ${role} position. We will review your application and be in touch within two weeks.` };
    case 'interview_confirmed':
      return {
        from: `${person} <${person.split(' ')[0]!.toLowerCase()}@${company.toLowerCase().replace(/[^a-z]/g, '')}.example>`,
        subject: `Interview confirmed: ${role} at ${company}`,
        body: `Hi Sam, your interview for the ${role} role is confirmed for ${day} at ${pad(when.getUTCHours())}:00 UTC with ${person}. Join: https://meet.example/abc-defg`,
        ics: ['BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', `DTSTART:${icsTime(when)}`, `DTEND:${icsTime(new Date(when.getTime() + 3_600_000))}`, `SUMMARY:Interview: ${role}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
      };
    case 'rejection':
      return { from: sender, subject: `Your application to ${company}`, body: `Hi Sam, thank you for your interest in the ${role} role. Unfortunately, we have decided to move forward with other candidates. We wish you the best in your search.` };
    case 'offer':
      return { from: sender, subject: `Offer: ${role} at ${company}`, body: `Hi Sam, we are delighted to offer you the position of ${role} at ${company}! Please find the offer letter attached. We would appreciate your answer by ${day}.` };
    default:
      return { from: 'Sam Lee <sam@example.com>', subject: `Re: Interview confirmed: ${role} at ${company}`, body: `Thank you, ${person}! Looking forward to it.\n\nSam` };
  }
}

/** A mailbox as a sequence of text pieces, written by `write`; returns what it made. */
export function generateMailbox(options: GenOptions, write: (text: string) => void): GenSummary {
  const random = rng(options.seed ?? 42);
  const end = (options.end ?? new Date('2026-03-01T12:00:00Z')).getTime();
  const days = options.days ?? 400;
  const jobEvery = options.jobEvery ?? 60;
  const attachEvery = options.attachmentEvery ?? 40;
  const attachBytes = options.attachmentBytes ?? 300 * 1024;
  const maxBytes = options.bytes ?? Infinity;
  const maxMessages = options.messages ?? (options.bytes ? Infinity : 1000);
  let id = 1_700_000_000_000_000_000n;
  const nextId = () => (id += BigInt(1 + Math.floor(random() * 1_000_000))).toString();
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const base64Of = (bytes: number) => 'JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+CnN0cmVhbQp4nC'.repeat(Math.ceil(bytes / 96)).slice(0, bytes).replace(/(.{76})/g, '$1\n');
  const attachment = base64Of(attachBytes);
  const [fewest, most] = options.newsletterParagraphs ?? [10, 40];
  const summary: GenSummary = { messages: 0, bytes: 0, jobThreads: [] };
  const put = (text: string) => {
    write(text);
    summary.messages++;
    summary.bytes += text.length;
  };
  let n = 0;
  while (summary.messages < maxMessages && summary.bytes < maxBytes) {
    n++;
    const date = new Date(end - random() * days * 86_400_000);
    if (n % jobEvery === 0) {
      const company = pick(COMPANIES);
      const role = pick(ROLES);
      const person = pick(NAMES);
      const threadId = nextId();
      const thread: JobThread = { company: `${company} ${n}`, role, threadId, messages: [] };
      const co = `${company} ${n}`;
      const kinds = random() < 0.5 ? ['application_received', 'interview_confirmed', 'user', 'rejection'] : random() < 0.5 ? ['application_received', 'rejection'] : ['application_received', 'interview_confirmed', 'user', 'offer'];
      let t = date.getTime();
      for (const kind of kinds) {
        const msgId = nextId();
        const at = new Date(t);
        const interviewAt = new Date(Math.floor((t + 5 * 86_400_000) / 3_600_000) * 3_600_000 + 14 * 3_600_000 - (Math.floor((t + 5 * 86_400_000) / 3_600_000) % 24) * 3_600_000);
        const text = jobText(kind, co, role, person, interviewAt);
        const fromUser = kind === 'user';
        const labels = fromUser ? 'Sent' : 'Inbox,Category Updates,Opened';
        const body = text.ics
          ? `--b${msgId}\nContent-Type: text/plain; charset=UTF-8\n\n${text.body}\n--b${msgId}\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\nContent-Transfer-Encoding: 7bit\n\n${text.ics}\n--b${msgId}--`
          : text.body;
        put(takeoutMessage({ id: msgId, threadId, labels, date: at, from: text.from, subject: text.subject, contentType: text.ics ? `multipart/alternative; boundary="b${msgId}"` : 'text/plain; charset=UTF-8', body }));
        thread.messages.push({ id: msgId, kind: fromUser ? 'user_reply' : kind, date: at, fromUser });
        t += (kind === 'interview_confirmed' ? 1 : 3 + random() * 10) * 86_400_000;
      }
      summary.jobThreads.push(thread);
      continue;
    }
    const r = random();
    const msgId = nextId();
    if (r < 0.45) {
      // An HTML newsletter with a text part: the bulk of a real mailbox.
      const paragraphs = Array.from({ length: fewest + Math.floor(random() * (most - fewest)) }, () => `<tr><td style="padding:12px;font-family:Arial,sans-serif;color:#333333"><p>${words(40)}</p><a href="https://news.example/${msgId}">Read more</a></td></tr>`).join('\n');
      const html = `<!doctype html><html><head><style>td{font-size:14px}</style></head><body><table width="600">${paragraphs}</table><p>Unsubscribe</p></body></html>`;
      const b = `nl${msgId}`;
      put(takeoutMessage({ id: msgId, threadId: msgId, labels: 'Category Promotions,Unread', date, from: `${pick(['Garden Weekly', 'City News', 'ShopMart', 'Travel Deals'])} <news@letters.example>`, subject: `${words(5)}`, headers: ['List-Unsubscribe: <https://news.example/u>'], contentType: `multipart/alternative; boundary="${b}"`, body: `--${b}\nContent-Type: text/plain; charset=UTF-8\n\n${words(150)}\n--${b}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${html.replace(/=/g, '=3D')}\n--${b}--` }));
    } else if (r < 0.7) {
      put(takeoutMessage({ id: msgId, threadId: msgId, labels: 'Category Updates,Opened', date, from: 'Notifications <no-reply@service.example>', subject: `Your ${pick(['order', 'statement', 'login', 'delivery'])} ${words(2)}`, contentType: 'text/plain; charset=UTF-8', body: words(60) }));
    } else if (r < 0.73) {
      put(takeoutMessage({ id: msgId, threadId: msgId, labels: 'Spam', date, from: 'Prize <win@spam.example>', subject: 'You won', contentType: 'text/plain; charset=UTF-8', body: `Unfortunately we have decided to move forward with other candidates. ${words(30)}` }));
    } else {
      // Personal mail, some with an attachment, some the user's own.
      const own = random() < 0.3;
      const b = `mx${msgId}`;
      const withFile = n % attachEvery === 0;
      const file = withFile && options.attachmentSpread ? base64Of(Math.round(attachBytes * (0.2 + 1.6 * random()))) : attachment;
      const text = `Hi,\n\n${words(80)}\n\nCheers`;
      put(takeoutMessage({
        id: msgId,
        threadId: msgId,
        labels: own ? 'Sent' : 'Inbox,Opened',
        date,
        from: own ? 'Sam Lee <sam@example.com>' : `${pick(NAMES)} <friend@mail.example>`,
        subject: words(4),
        contentType: withFile ? `multipart/mixed; boundary="${b}"` : 'text/plain; charset=UTF-8',
        body: withFile ? `--${b}\nContent-Type: text/plain; charset=UTF-8\n\n${text}\n--${b}\nContent-Type: application/pdf; name="file.pdf"\nContent-Disposition: attachment; filename="file.pdf"\nContent-Transfer-Encoding: base64\n\n${file}\n--${b}--` : text,
      }));
    }
  }
  return summary;
}
