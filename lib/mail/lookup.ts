/**
 * Counted lookups over a host's table of selectors, for every host: each selector is an ordered list of
 * alternatives tried one by one (never joined with commas: `querySelector('a, b')` returns whichever comes first in
 * the page, not the preferred one), and every lookup that should find something is counted as a hit or a miss for the
 * options page's health. A selector an engine cannot parse is a miss, never an exception in the mail page.
 */

export interface Alternative {
  css: string;
  /** The layout this alternative matches, and where it comes from. */
  layout: string;
}

export const alt = (css: string, layout: string): Alternative => ({ css, layout });

export interface FindOptions {
  /** A lookup that may legitimately find nothing (an editor not open yet, a collapsed message): not counted. */
  optional?: boolean;
}

export interface SelectorStat {
  hits: number;
  misses: number;
}

/** The first element matching `css`, or null when there is none or the engine cannot parse it. */
export function tryCss(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

/**
 * Every element matching `css`, or none when the engine cannot parse it. Copied by index, not by the list's iterator:
 * in a Firefox content script each step of an iterator is a call through the page's wrappers.
 */
export function tryCssAll(root: ParentNode, css: string): Element[] {
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(css);
  } catch {
    return [];
  }
  const out: Element[] = new Array<Element>(found.length);
  for (let i = 0; i < out.length; i++) out[i] = found[i]!;
  return out;
}

/** The lookups of one host over its `table`, with the host's own counts. */
export function lookups<Name extends string>(table: Record<Name, readonly Alternative[]>) {
  const stats = new Map<string, SelectorStat>();
  let dirty = false;
  const count = (name: string, hit: boolean) => {
    const stat = stats.get(name) ?? { hits: 0, misses: 0 };
    if (hit) stat.hits++;
    else stat.misses++;
    stats.set(name, stat);
    dirty = true;
  };
  return {
    count,
    /** The first element of the first alternative that matches anything, or null. */
    find(root: ParentNode, name: Name, options: FindOptions = {}): Element | null {
      // Indexed loops here and below: these run for every row of a first scan, while the code is still cold.
      const alternatives = table[name];
      for (let i = 0; i < alternatives.length; i++) {
        const found = tryCss(root, alternatives[i]!.css);
        if (found) {
          if (!options.optional) count(name, true);
          return found;
        }
      }
      if (!options.optional) count(name, false);
      return null;
    },
    /** Every element of the first alternative that matches anything (alternatives are never mixed). */
    findAll(root: ParentNode, name: Name, options: FindOptions = {}): Element[] {
      const alternatives = table[name];
      for (let i = 0; i < alternatives.length; i++) {
        const found = tryCssAll(root, alternatives[i]!.css);
        if (found.length > 0) {
          if (!options.optional) count(name, true);
          return found;
        }
      }
      if (!options.optional) count(name, false);
      return [];
    },
    /** Every element matched by any alternative (removal lists), in no particular order; not counted. */
    findEvery(root: ParentNode, name: Name): Element[] {
      const out = new Set<Element>();
      for (const { css } of table[name]) for (const el of tryCssAll(root, css)) out.add(el);
      return [...out];
    },
    /** Does `el` itself match one of the alternatives? */
    matches(el: Element, name: Name): boolean {
      return table[name].some(({ css }) => {
        try {
          return el.matches(css);
        } catch {
          return false;
        }
      });
    },
    /** The nearest ancestor (or `el`) matching an alternative, alternatives tried in order. */
    closest(el: Element, name: Name): Element | null {
      for (const { css } of table[name]) {
        try {
          const found = el.closest(css);
          if (found) return found;
        } catch {
          /* unsupported selector: next */
        }
      }
      return null;
    },
    /** Counts since the last call (a delta), or null when nothing was counted. */
    takeStats(): Record<string, SelectorStat> | null {
      if (!dirty) return null;
      dirty = false;
      const out = Object.fromEntries([...stats].map(([k, v]) => [k, { ...v }]));
      stats.clear();
      return out;
    },
    resetStats(): void {
      stats.clear();
      dirty = false;
    },
  };
}
