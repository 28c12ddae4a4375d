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
});
