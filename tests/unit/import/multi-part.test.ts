import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { readHeaders } from '../../../lib/import/headers';
import { MboxSplitter, type RawMessage } from '../../../lib/import/mbox-splitter';
import { readMultipart } from '../../../lib/import/multi-part';
import { stripAttachments } from '../../../lib/import/strip-attachments';
import { generateMailbox } from '../../support/mailbox-gen';

const encode = (text: string) => new TextEncoder().encode(text);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** What the import hands on: the message with attachment bodies cut out. */
function prepared(bytes: Uint8Array) {
  const block = readHeaders(bytes);
  return { block, bytes: stripAttachments(bytes, latin1(bytes.subarray(0, block.bodyStart)), block.bodyStart).bytes };
}

/** The fast reader gives up (null) or gives exactly what postal-mime gives. */
async function same(message: string | Uint8Array): Promise<boolean> {
  const { block, bytes } = prepared(typeof message === 'string' ? encode(message) : message);
  const fast = readMultipart(bytes, block);
  if (!fast) return false;
  const slow = await PostalMime.parse(bytes, { attachmentEncoding: 'utf8' });
  expect({ text: fast.text, html: fast.html, subject: fast.subject, from: fast.from }).toEqual({
    text: slow.text ?? null,
    html: slow.html ?? null,
    subject: slow.subject ?? '',
    from: slow.from && 'address' in slow.from && slow.from.address ? { name: slow.from.name, address: slow.from.address } : null,
  });
  return true;
}

const head = (type: string, eol = '\n') => ['From: Ana Pereira <ana@acme.io>', 'Subject: =?UTF-8?Q?Interview_=E2=80=93_next_steps?=', 'MIME-Version: 1.0', `Content-Type: ${type}`, ''].join(eol) + eol;
const html = '<html><head><style>p{color:red}</style></head><body><p>Hello <a href="https://acme.io/x?a=1&b=2">Acme</a></p></body></html>';
const pdf = 'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4Kc3RyZWFtCg=='.repeat(3);

const CASES: Record<string, string> = {
  'alternative: text and quoted-printable HTML': `${head('multipart/alternative; boundary="b1"')}\n--b1\nContent-Type: text/plain; charset=UTF-8\n\nHello Sam,\nsee you Thursday at 2pm.\n\n--b1\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${html.replace(/=/g, '=3D').replace(/(.{60})/g, '$1=\n')}\n--b1--\n`,
  'the same with CRLF line ends and stray CRs': `${head('multipart/alternative; boundary=b2', '\r\n')}\r\n--b2\r\nContent-Type: text/plain\r\n\r\nline one\r\r\nline two\r\n\r\n--b2\r\nContent-Type: text/html\r\n\r\n<p>line one</p>\r\n--b2--\r\n`,
  'mixed: text and a PDF (cut out)': `${head('multipart/mixed; boundary="m1"')}\nThis is a multi-part message in MIME format.\n--m1\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\nHi, here is the contract — signed.\n--m1\nContent-Type: application/pdf; name="c.pdf"\nContent-Disposition: attachment; filename="c.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--m1--\nepilogue\n`,
  'mixed: two text parts and a text file attached': `${head('multipart/mixed; boundary=m2')}\n--m2\n\nfirst part without headers\n--m2\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 =\nmeeting, soft break\n--m2\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnot the body\n--m2--\n`,
  'alternative: base64 text, trailing blanks on the boundary': `${head('multipart/alternative; boundary="b3"')}\n--b3 \nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${Buffer.from('Thanks for applying to Acme — we will be in touch.\n').toString('base64')}\n--b3--\t\n`,
  'alternative: HTML alone': `${head('multipart/alternative; boundary=b4')}\n--b4\nContent-Type: text/html; charset=windows-1252\n\n<p>Danke f\u00fcr Ihre Bewerbung</p>\n--b4--\n`,
  'mixed: text with a line that only looks like a boundary': `${head('multipart/mixed; boundary="m3"')}\n--m3\nContent-Type: text/plain\n\n--m3x is not a boundary\n--m3 -- nor this\n\n\n--m3--`,
};

describe('multipart mail read without postal-mime reads as postal-mime reads it', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    expect(await same(CASES[name]!)).toBe(true);
  });

  it('a Japanese text part in ISO-2022-JP, base64', async () => {
    const jis = new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x31, 0x4a, 0x67, 0x1b, 0x28, 0x42, 0x0a]);
    const message = `${head('multipart/alternative; boundary=j1')}\n--j1\nContent-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: base64\n\n${Buffer.from(jis).toString('base64')}\n--j1--\n`;
    expect(await same(message)).toBe(true);
  });

  it('gives up (postal-mime reads them) on nested parts, attached messages, flowed text, HTML beside text in a mix, and no closing boundary', async () => {
    const giveUp = [
      `${head('multipart/mixed; boundary=o')}\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/plain\n\nx\n--i--\n--o--\n`,
      `${head('multipart/mixed; boundary=o')}\n--o\nContent-Type: message/rfc822\n\nSubject: inner\n\nx\n--o--\n`,
      `${head('multipart/alternative; boundary=o')}\n--o\nContent-Type: text/plain; format=flowed\n\nsoft \nwrap\n--o--\n`,
      `${head('multipart/mixed; boundary=o')}\n--o\nContent-Type: text/plain\n\nx\n--o\nContent-Type: text/html\n\n<p>y</p>\n--o--\n`,
      `${head('multipart/alternative; boundary=o')}\n--o\nContent-Type: text/plain\n\ncut short`,
      `${head('multipart/related; boundary=o')}\n--o\nContent-Type: text/html\n\n<p>y</p>\n--o--\n`,
    ];
    for (const message of giveUp) expect(await same(message)).toBe(false);
  });

  it('every multipart message of a generated Takeout reads the same', async () => {
    const raws: RawMessage[] = [];
    const splitter = new MboxSplitter(1 << 20, (m) => raws.push({ ...m, bytes: m.bytes.slice() }));
    generateMailbox({ seed: 11, messages: 200, attachmentEvery: 3, attachmentBytes: 4096 }, (text) => splitter.push(encode(text)));
    splitter.end();
    let read = 0;
    for (const raw of raws) if (/^content-type:\s*multipart/im.test(latin1(raw.bytes.subarray(0, 2000))) && (await same(raw.bytes))) read++;
    expect(read).toBeGreaterThan(30);
  }, 60_000);
});
