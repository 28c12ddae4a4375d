import { describe, expect, it } from 'vitest';
import { MAX_NODES, textOf, tidy } from '../../lib/mail/text';

describe('reading a message body as text, on hostile markup', () => {
  it('keeps lines, and a blank line between blocks, in document order', () => {
    const root = document.createElement('div');
    const p = document.createElement('p');
    p.append('Hi Sam,', document.createElement('br'), 'your interview is confirmed.');
    const cell = document.createElement('table').insertRow().insertCell();
    cell.textContent = 'Thursday 14:00';
    root.append(p, cell.closest('table')!);
    expect(JSON.stringify(textOf(root))).toBe(JSON.stringify('Hi Sam,\nyour interview is confirmed.\n\nThursday 14:00'));
  });

  it('a message of many short lines is read up to a bound of nodes, from its start', () => {
    const root = document.createElement('div');
    for (let i = 0; i < 3_000; i++) root.append(`line ${i}`, document.createElement('br'));
    const text = textOf(root, 100_000, 1_000);
    expect(text.startsWith('line 0\nline 1\n')).toBe(true);
    expect(text.split('\n').length).toBeLessThanOrEqual(1_000);
    expect(MAX_NODES).toBeLessThanOrEqual(30_000);
  });

  it('nesting 20,000 levels deep neither throws nor loses the text', () => {
    const root = document.createElement('div');
    let at: Element = root;
    for (let i = 0; i < 20_000; i++) {
      const next = document.createElement('span');
      at.append(next);
      at = next;
    }
    at.append('deep offer text');
    expect(() => textOf(root)).not.toThrow();
    expect(textOf(root)).toBe('deep offer text');
  });

  it('tidies spaces within each line and blank-line runs, never joining or splitting lines', () => {
    const text = '\r\n  Hi\u00a0\u00a0Sam,\t \r\n\r\n\r\n\u200byour\u200c  interview \u00a0\n \u200d\n\ufeff is\tconfirmed.\rThanks \n\n';
    expect(tidy(text)).toBe('Hi Sam,\n\nyour interview\n\nis confirmed.\nThanks');
    // A space on one line and a space on the next stay apart.
    expect(tidy('a \n b')).toBe('a\nb');
  });

  it('tidies any text as collapsing every run of spaces, tabs and no-break spaces to one space would', () => {
    // The reference: every run replaced, a single space included (the code leaves single spaces alone).
    const reference = (text: string) => {
      const lines = text.replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[ \t\u00a0]+/g, ' ').split('\n');
      const out: string[] = [];
      for (const raw of lines) {
        const line = raw.trim();
        if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
        out.push(line);
      }
      while (out.at(-1) === '') out.pop();
      return out.join('\n');
    };
    const alphabet = [' ', ' ', '  ', '\t', '\u00a0', '\n', '\r', '\u200b', 'a', 'b', 'c'];
    let seed = 7;
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        text += alphabet[seed % alphabet.length];
      }
      expect(tidy(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
