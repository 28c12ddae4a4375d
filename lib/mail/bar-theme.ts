/**
 * The bar's look: its styles, scoped in its shadow root, in a light and a dark palette, and which of the two the mail
 * host's page shows (its dark theme) when the system's preference does not decide.
 */

export const BAR_CSS = `
:host { all: initial; display: block; margin: 8px 0 12px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.bar { --bg: #eef4fd; --fg: #1f1f1f; --muted: #444746; --line: #c2d7f4; --btn: #0b57d0; --btn-fg: #fff; --btn2: #fff;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; padding: 10px 14px; }
:host([data-theme=dark]) .bar { --bg: #1e2a3a; --fg: #e3e3e3; --muted: #c4c7c5; --line: #3c4a5c; --btn: #a8c7fa; --btn-fg: #062e6f; --btn2: #2b3645; }
@media (prefers-color-scheme: dark) { :host(:not([data-theme=light])) .bar { --bg: #1e2a3a; --fg: #e3e3e3; --muted: #c4c7c5; --line: #3c4a5c; --btn: #a8c7fa; --btn-fg: #062e6f; --btn2: #2b3645; } }
.head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.brand { font-weight: 600; }
.kind { font-weight: 600; }
.meta, .why li, .note { color: var(--muted); }
.bar, .head > *, button, li { overflow-wrap: anywhere; min-width: 0; }
input { font: inherit; padding: 4px 8px; margin: 0 8px 0 4px; border-radius: 8px; border: 1px solid var(--line); }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
button { font: inherit; cursor: pointer; border-radius: 18px; padding: 5px 14px; border: 1px solid var(--line); background: var(--btn2); color: var(--fg); }
button.primary { background: var(--btn); color: var(--btn-fg); border-color: var(--btn); }
button:focus-visible { outline: 3px solid var(--btn); outline-offset: 2px; }
ul { margin: 6px 0 0; padding-left: 20px; }
.status:empty, .notice:empty { display: none; }
.notice { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.status { margin-top: 6px; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: var(--btn2); padding: 8px; border-radius: 8px; }
[hidden] { display: none !important; }
`;

/** Is the mail host showing a dark theme? The computed background of its main area, nearest opaque one first. */
export function pageIsDark(doc: Document, themeRoot: Element | null = null): boolean | null {
  const win = doc.defaultView;
  if (!win) return null;
  for (const node of [themeRoot, doc.body, doc.documentElement]) {
    if (!node) continue;
    const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(win.getComputedStyle(node).backgroundColor ?? '');
    if (!rgb || rgb[4] === '0') continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return null;
}

/**
 * The page's theme, read at most every few seconds: reading a computed style right after the host changed the page
 * forces the browser to recompute styles in the middle of a thread open. A theme switch shows on the next bar.
 */
const THEME_TTL_MS = 5_000;
let themeCache: { doc: Document; root: Element | null; at: number; dark: boolean | null } | null = null;

export function themeOf(doc: Document, themeRoot: Element | null): boolean | null {
  const now = Date.now();
  if (themeCache && themeCache.doc === doc && themeCache.root === themeRoot && now - themeCache.at < THEME_TTL_MS) return themeCache.dark;
  const dark = pageIsDark(doc, themeRoot);
  themeCache = { doc, root: themeRoot, at: now, dark };
  return dark;
}
