/**
 * What a page loads before its script runs, module by module: its entry chunk and every chunk it imports
 * statically, each byte of each chunk put down to the source module its source map names (npm packages as one).
 *
 *   CALLBACK_SOURCEMAP=1 CALLBACK_OUT_DIR=.output-map npx wxt build
 *   npx tsx tests/bench/bundle-breakdown.ts .output-map/chrome-mv3 timeline.html
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';

const [dir = '.output-map/chrome-mv3', page = 'timeline.html'] = process.argv.slice(2);
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(readFileSync(join(dir, page), 'utf8'))?.[1];
if (!entry) throw new Error(`no module script in ${page}`);

const seen = new Set<string>();
const queue = [entry];
while (queue.length > 0) {
  const file = queue.pop()!;
  if (seen.has(file)) continue;
  seen.add(file);
  for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(join(file, '..', m[1]!));
}

const byModule = new Map<string, number>();
let total = 0;
for (const file of seen) {
  const code = readFileSync(join(dir, file), 'utf8');
  total += Buffer.byteLength(code);
  if (!existsSync(join(dir, `${file}.map`))) {
    // The bundler's own runtime has no map; a build without CALLBACK_SOURCEMAP=1 has none at all.
    byModule.set(`${file}  (no source map)`, Buffer.byteLength(code));
    continue;
  }
  const lines = code.split('\n');
  const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as RawSourceMap;
  await SourceMapConsumer.with(map, null, (consumer) => {
    let last: { line: number; column: number; source: string } | null = null;
    const add = (end: { line: number; column: number } | null) => {
      if (!last) return;
      const length = end && end.line === last.line ? end.column - last.column : lines[last.line - 1]!.length - last.column;
      const npm = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(last.source);
      const key = `${file}  ${npm ? `npm:${npm[1]}` : last.source.replace(/^(\.\.\/)+/, '')}`;
      byModule.set(key, (byModule.get(key) ?? 0) + Math.max(0, length));
    };
    consumer.eachMapping((m) => {
      add({ line: m.generatedLine, column: m.generatedColumn });
      last = { line: m.generatedLine, column: m.generatedColumn, source: m.source ?? '(no source)' };
    });
    add(null);
  });
}
console.log(`${page}: ${seen.size} chunks, ${(total / 1024).toFixed(1)} KB before its script runs`);
for (const [key, bytes] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${key}`);
