// After `vite build`: precompress every text asset (custos serve answers
// NAME.gz to clients that accept gzip) and print the initial JavaScript's
// gzipped size, failing the build above the budget (300 KB).
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const BUDGET = 300 * 1024;

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

let total = 0;
for (const f of walk(dist)) {
  if (!['.js', '.css', '.html', '.svg', '.json'].includes(extname(f))) continue;
  const gz = gzipSync(readFileSync(f), { level: 9 });
  writeFileSync(f + '.gz', gz);
}
// The initial JavaScript: the scripts index.html loads and what they import
// statically (modulepreload links); pages loaded on demand are not counted.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
for (const f of new Set(initial)) total += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
let all = 0;
for (const f of walk(dist)) if (f.endsWith('.js')) all += gzipSync(readFileSync(f), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(`initial JavaScript: ${kb(total)} gzipped (${initial.length} files; budget ${kb(BUDGET)}); all JavaScript: ${kb(all)} gzipped`);
if (total > BUDGET) {
  console.error('initial JavaScript is over the budget');
  process.exit(1);
}
