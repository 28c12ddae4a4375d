/**
 * Keeps eval-like code and unused HTML sinks out of the shipped bundle (what `web-ext lint` and a store reviewer flag):
 * - zod: `globalConfig` starts with `jitless: true`, its `allowsEval` probe (`new Function("")`) is replaced by
 *   `false`, and `Doc.compile` (the JIT that builds parsers with `new Function`) throws: zod parses without
 *   compiling code, in every browser and under any CSP.
 * - react-dom: `dangerouslySetInnerHTML` writes `innerHTML`; Callback never uses it (everything it shows is text),
 *   so that write throws instead of being a dormant HTML sink.
 * Each replacement must match: a zod or React update that moves the code fails the build instead of shipping it.
 */
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    file: /node_modules\/zod\/v4\/core\/core\.js$/,
    find: /\(_a\.__zod_globalConfig = \{\}\)/,
    replace: '(_a.__zod_globalConfig = { jitless: true })',
  },
  {
    file: /node_modules\/zod\/v4\/core\/util\.js$/,
    find: /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);/,
    replace: 'export const allowsEval = /* @__PURE__*/ cached(() => false);',
  },
  {
    file: /node_modules\/zod\/v4\/core\/doc\.js$/,
    find: /compile\(\) \{[\s\S]*?\n {4}\}/,
    replace: 'compile() {\n        throw new Error("zod JIT is compiled out of Callback (jitless)");\n    }',
  },
  {
    file: /node_modules\/react-dom\/cjs\/react-dom-client\.production\.js$/,
    find: /\(domElement\.innerHTML = key\)/g,
    replace: '(() => { throw Error("Callback renders no raw HTML: dangerouslySetInnerHTML is compiled out"); })()',
  },
];

export function noEval(): Plugin {
  return {
    name: 'callback-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replace(/\\/g, '/');
      let out = code;
      for (const patch of PATCHES) {
        if (!patch.file.test(path)) continue;
        const next = out.replace(patch.find, patch.replace);
        if (next === out) throw new Error(`callback-no-eval: ${patch.find} not found in ${path}; update lib/build/no-eval.ts`);
        out = next;
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
