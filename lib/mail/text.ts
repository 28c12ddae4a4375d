/**
 * Plain text out of Gmail's DOM, without layout: a walk that keeps line breaks at <br> and block elements, so the
 * result is the same on a detached clone, in happy-dom and in Chrome (innerText on a detached node loses them).
 * Linear in the size of the tree, capped, and it never builds HTML.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);

/** Longest text read from one message body: enough for any real email, a bound for hostile ones. */
export const MAX_TEXT = 100_000;

/**
 * Nodes visited in one body at most. A hostile message of 100,000 empty lines or deeply nested tags adds little text
 * but many nodes: the walk stops at this many, so no message blocks the mail page's main thread for long.
 */
export const MAX_NODES = 30_000;

/** Text of `root` with line breaks at blocks and <br>; whitespace runs collapsed, at most one blank line in a row. */
export function textOf(root: Node, max = MAX_TEXT, maxNodes = MAX_NODES): string {
  const parts: string[] = [];
  let size = 0;
  let visited = 0;
  // An explicit stack, not recursion: nesting depth is the sender's to choose. A string entry is text to emit when
  // it is popped (a block's closing line break, a cell's space).
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && size <= max && visited < maxNodes) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      size += item.length;
      continue;
    }
    visited++;
    const node = item;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      size += text.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      parts.push('\n');
      size++;
      continue;
    }
    if (tag === 'IMG') {
      const emoji = el.getAttribute('data-emoji');
      if (emoji) parts.push(emoji);
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      parts.push('\n');
      size++;
      stack.push('\n');
    } else if (tag === 'TD' || tag === 'TH') stack.push(' ');
    // Children pushed last to first, so they pop in document order.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return tidy(parts.join('').slice(0, max));
}

/** Collapse spaces within lines (nbsp included) and blank-line runs; trim. */
export function tidy(text: string): string {
  // Each replace over the whole text, not per line (in a Firefox content script a regular expression's replace is
  // cold self-hosted code per call): neither pattern matches a line break, so the lines come out the same.
  const unix = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
  // Only what changes is matched: a run of two or more spaces, a tab or a no-break space (a single space, most of a
  // text's, stays as it is; each match is a step of cold code in a Firefox content script).
  const lines = unix.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[ \t\u00a0]{2,}|[\t\u00a0]/g, ' ').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/**
 * Anything `oneLine` would change: a zero-width character, a space other than U+0020 (JavaScript's `\s` and the
 * no-break space), two spaces in a row, or a space at either end.
 */
const NOT_ONE_LINE = /[\u200b\u200c\u200d\ufeff\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}|^ | $/;

/** One line of text: every whitespace run becomes one space. */
export function oneLine(text: string | null | undefined, max = 1000): string {
  const raw = text ?? '';
  // Most names, subjects and snippets are one line already: one test instead of two replaces and a trim (in a
  // Firefox content script each regular-expression call runs cold, self-hosted code, once per row of a first scan).
  if (!NOT_ONE_LINE.test(raw)) return raw.length > max ? raw.slice(0, max) : raw;
  // Or only spaces around it (a snippet's " - "): what the trim leaves is the answer when it is one line.
  const trimmed = raw.trim();
  if (!NOT_ONE_LINE.test(trimmed)) return trimmed.length > max ? trimmed.slice(0, max) : trimmed;
  // Zero-width characters go (Gmail's snippets carry U+200C inside words); every other space run becomes one space.
  return raw.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim().slice(0, max);
}
