/**
 * Mail in the legacy encodings a mailbox of some years holds, read as the user sees it: Japanese in ISO-2022-JP and
 * Shift_JIS, French in windows-1252 (its curly quotes and dashes are not latin1), in bodies and in encoded-word
 * subjects. The bytes are what a mail program writes (made with Python's codecs), not this project's encoders.
 * And a 50 MB message, almost all attachment, is set aside without being held whole, and the next one is read.
 */
import { describe, expect, it } from 'vitest';
import type { Email } from '../../../lib/core/email';
import type { MailFileSource } from '../../../lib/import/read-mail';
import { readMail } from '../../../lib/import/read-mail';
import { MboxSplitter, type RawMessage } from '../../../lib/import/mbox-splitter';
import { messageToEmail } from '../../../lib/import/to-email';

function message(headers: string[], body: Uint8Array | string): RawMessage {
  const head = Buffer.from(`${headers.join('\r\n')}\r\n\r\n`, 'latin1');
  const bytes = new Uint8Array(Buffer.concat([head, typeof body === 'string' ? Buffer.from(body, 'latin1') : body]));
  return { index: 1, offset: 0, end: bytes.length, envelope: '', bytes, size: bytes.length, capped: false };
}

async function email(raw: RawMessage): Promise<Email> {
  const outcome = await messageToEmail(raw, 'old-mail.mbox', { threads: new Set() });
  if (outcome.kind !== 'email') throw new Error(`not read: ${JSON.stringify(outcome)}`);
  return outcome.email;
}

describe('legacy encodings read as the user sees them', () => {
  it('ISO-2022-JP: an interview invitation from a Japanese employer, subject and body', async () => {
    const e = await email(
      message(
        ['From: =?ISO-2022-JP?B?GyRCOjRGIxsoQg==?= <saiyo@hokuto.example.jp>', 'To: yamada@example.jp', 'Subject: =?ISO-2022-JP?B?GyRCTExAXEZ8RHgkTiQ0MEZGYhsoQg==?=', 'Date: Mon, 02 Mar 2026 10:00:00 +0900', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=ISO-2022-JP', 'Content-Transfer-Encoding: 7bit'],
        Buffer.from(
          'GyRCOzNFRE1NGyhCCgobJEIwbDwhTExAXCRORnxEeCQsN2gkXiRqJF4kNyQ/ISMbKEIKGyRCRnw7fiEnGyhCMxskQjduGyhCMTIbJEJGfCFKTFohSxsoQjE0OjAwGyRCIUEbKEIxNTowMAobJEI+bD1qISdLXDxSGyhCNRskQjMsGyhCCgobJEIkaCRtJDckLyQqNGokJCQkJD8kNyReJDkhIxsoQgobJEI6Tk1RQzRFdhsoQiAbJEI6NEYjGyhC',
          'base64',
        ),
      ),
    );
    expect(e.subject).toBe('面接日程のご案内');
    expect(e.from.name).toBe('佐藤');
    expect(e.body).toContain('一次面接の日程が決まりました。');
    // JIS 0x2141 is read as the fullwidth tilde, as browsers and mail programs show it.
    expect(e.body).toContain('日時：3月12日（木）14:00～15:00');
  });

  it('Shift_JIS: a rejection, base64 body and encoded-word subject', async () => {
    const e = await email(
      message(
        ['From: jinji@takahashi.example.jp', 'Subject: =?Shift_JIS?B?kUmNbIyLicqCzIKokm2C54K5?=', 'Date: Tue, 03 Mar 2026 10:00:00 +0900', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=Shift_JIS', 'Content-Transfer-Encoding: base64'],
        'l+mW2JdsCgqQ5pP6gs2WypDagsmCqIl6grWCooK9gr6Cq4KgguiCqoLGgqSCsoK0gqKC3IK1gr2B\r\nQgqQVI9kgsmRSY1sgvCQaYLfgtyCtYK9jIuJyoFBkL2CyY5jlE+CyIKqgueNoYnxgs2Csorzll2C\r\nyYmIgqKCqYLLgumMi4nKgsaCyILogtyCtYK9gUIKCpBsjpaVlCCNgou0\r\n',
      ),
    );
    expect(e.subject).toBe('選考結果のお知らせ');
    expect(e.body).toContain('誠に残念ながら今回はご希望に沿いかねる結果となりました。');
  });

  it('windows-1252: accents, the en dash and French quotes of a quoted-printable body and a Q-encoded subject', async () => {
    const e = await email(
      message(
        ['From: =?windows-1252?Q?C=E9cile_M=FCller?= <cecile@atelier.example.fr>', 'Subject: =?windows-1252?Q?Entretien_confirm=E9_=96_jeudi_=E0_14_h?=', 'Date: Wed, 04 Mar 2026 10:00:00 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: quoted-printable'],
        'Bonjour Zo=E9,\r\n\r\nVotre entretien pour le poste de charg=E9e de communication est confirm=E9 =\r\n: jeudi 12 mars =E0 14 h, 3 rue de l=92=C9glise.\r\n=AB =C0 bient=F4t =BB, et bonne journ=E9e !\r\n\r\nC=E9cile M=FCller =96 Ressources humaines\r\n',
      ),
    );
    expect(e.subject).toBe('Entretien confirmé – jeudi à 14 h');
    expect(e.from.name).toBe('Cécile Müller');
    expect(e.body).toContain('est confirmé : jeudi 12 mars à 14 h, 3 rue de l’Église.');
    expect(e.body).toContain('« À bientôt »');
    expect(e.body).toContain('Cécile Müller – Ressources humaines');
  });

  it('an 8-bit windows-1252 body with no transfer encoding, and an unlabelled UTF-8 subject', async () => {
    const e = await email(
      message(
        ['From: rh@exemple.fr', `Subject: ${Buffer.from('Réponse à votre candidature', 'utf8').toString('latin1')}`, 'Date: Wed, 04 Mar 2026 10:00:00 +0100', 'Content-Type: text/plain; charset=windows-1252', 'Content-Transfer-Encoding: 8bit'],
        Buffer.from([...Buffer.from('Merci pour votre int', 'latin1'), 0xe9, ...Buffer.from('r', 'latin1'), 0xea, ...Buffer.from('t ', 'latin1'), 0x96, ...Buffer.from(' nous revenons vers vous.', 'latin1')]),
      ),
    );
    expect(e.subject).toBe('Réponse à votre candidature');
    expect(e.body).toContain('Merci pour votre intérêt – nous revenons vers vous.');
  });
});

/** An mbox of three messages, the second a 50 MB message that is almost all one base64 attachment, streamed in 1 MB chunks. */
function bigMailbox(): { source: MailFileSource; size: number; chunks: { largest: number } } {
  const enc = new TextEncoder();
  const head = (n: number, subject: string) => `From 18000000000000000${n}@xxx Mon Mar 02 10:00:00 +0000 2026\nX-GM-THRID: 18000000000000000${n}\nX-Gmail-Labels: Inbox\nFrom: Ana Pereira <ana@kestrel.example>\nSubject: ${subject}\nDate: Mon, 02 Mar 2026 10:0${n}:00 +0000\nMessage-ID: <m${n}@kestrel.example>\n`;
  const first = enc.encode(`${head(1, 'Your application to Kestrel')}Content-Type: text/plain\n\nThank you for applying to Kestrel Labs. We received your application for the Data Analyst position.\n\n`);
  const bigHead = enc.encode(`${head(2, 'Photos from the weekend')}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b2"\n\n--b2\nContent-Type: text/plain\n\nThe photos, as promised.\n--b2\nContent-Type: application/zip; name="photos.zip"\nContent-Disposition: attachment; filename="photos.zip"\nContent-Transfer-Encoding: base64\n\n`);
  const line = enc.encode(`${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0'}\n`);
  const lines = Math.ceil((50 * 1024 * 1024) / line.length);
  const bigTail = enc.encode('--b2--\n\n');
  const last = enc.encode(`${head(3, 'Interview confirmed: Data Analyst at Kestrel Labs')}Content-Type: text/plain\n\nHi Sam, your interview for the Data Analyst role is confirmed for Thursday 12 March 2026 at 14:00 UTC with Ana Pereira.\n`);
  const size = first.length + bigHead.length + lines * line.length + bigTail.length + last.length;
  const chunks = { largest: 0 };
  const CHUNK = 1024 * 1024;
  const source: MailFileSource = {
    name: 'Takeout.mbox',
    size,
    open: (start) => {
      if (start !== 0) throw new Error('no resume here');
      // The file made on the fly, chunk by chunk: it never exists whole, in the test or in the reader.
      let step = 0;
      let linesLeft = lines;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          let chunk: Uint8Array | null = null;
          if (step === 2 && linesLeft > 0) {
            const n = Math.min(linesLeft, Math.floor(CHUNK / line.length));
            chunk = new Uint8Array(n * line.length);
            for (let i = 0; i < n; i++) chunk.set(line, i * line.length);
            linesLeft -= n;
          } else {
            if (step === 2) step = 3;
            chunk = [first, bigHead, null, bigTail, last][step] ?? null;
            step = step === 1 ? 2 : step + 1;
          }
          if (!chunk) return controller.close();
          chunks.largest = Math.max(chunks.largest, chunk.length);
          controller.enqueue(chunk);
        },
      });
    },
  };
  return { source, size, chunks };
}

describe('a 50 MB message', () => {
  it('is read only as far as its start, its attachment never decoded, and the messages around it are read whole', async () => {
    const { source, size, chunks } = bigMailbox();
    expect(size).toBeGreaterThan(50 * 1024 * 1024);
    const messages: Array<{ index: number; size: number; outcome: Awaited<ReturnType<typeof messageToEmail>> }> = [];
    for await (const event of readMail(source, { keepBytes: 2 * 1024 * 1024 })) {
      if (event.type === 'message') messages.push({ index: event.index, size: event.size, outcome: event.outcome });
    }
    expect(messages.map((m) => m.index)).toEqual([1, 2, 3]);
    expect(messages[1]!.size).toBeGreaterThan(50 * 1024 * 1024);
    // The personal message is read (a person wrote it), its attachment never decoded; only its start was kept.
    const big = messages[1]!.outcome;
    expect(big.kind).toBe('email');
    if (big.kind === 'email') {
      expect(big.email.body).toContain('The photos, as promised.');
      expect(big.warnings.map((w) => w.reason).join(' ')).toMatch(/only its first 2 MB read \(50 MB in all\)/);
      // The options page words the same from its code, in the interface's language.
      expect(big.warnings).toContainEqual(expect.objectContaining({ code: 'capped', values: { read: 2, size: 50 } }));
    }
    const [first, last] = [messages[0]!.outcome, messages[2]!.outcome];
    expect(first.kind === 'email' && first.email.subject).toBe('Your application to Kestrel');
    expect(last.kind === 'email' && last.email.body).toContain('confirmed for Thursday 12 March 2026 at 14:00 UTC');
    // Never the whole message in memory: the file came in chunks of 1 MB at most, and the splitter kept 2 MB of it.
    expect(chunks.largest).toBeLessThanOrEqual(1024 * 1024);
    const kept: number[] = [];
    const splitter = new MboxSplitter(2 * 1024 * 1024, (m) => kept.push(m.bytes.length));
    const reader = bigMailbox().source.open(0).getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) splitter.push(r.value);
    splitter.end();
    expect(kept.length).toBe(3);
    expect(kept[1]).toBe(2 * 1024 * 1024);
  }, 60_000);
});

describe('whose mailbox it is', () => {
  it('an imported message knows the address it was delivered to, so a colleague’s mail can be told apart', async () => {
    const e = await email(
      message(
        ['Delivered-To: lena.berg@acme-robotics.example', 'From: Maya Lind <maya@acme-robotics.example>', 'To: Interview panel <panel@acme-robotics.example>', 'Subject: Panel for Thursday', 'Date: Mon, 02 Mar 2026 10:00:00 +0100', 'Content-Type: text/plain; charset=utf-8'],
        'You are on the panel for the candidate on Thursday at 14:00.',
      ),
    );
    expect(e.account).toEqual({ index: null, address: 'lena.berg@acme-robotics.example' });
  });

  it('without Delivered-To, the first address of To', async () => {
    const e = await email(message(['From: a@b.example', 'To: "Lena" <Lena@Home.example>, other@x.example', 'Subject: x', 'Content-Type: text/plain'], 'hello'));
    expect(e.account?.address).toBe('lena@home.example');
  });
});
