// Every message id of the workbench exists in French and Arabic, and every
// id a page asks for by name exists in English (no server needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const ids = (lang) => {
  const text = readFileSync(join(src, 'lib/messages', lang + '.ts'), 'utf8');
  return new Set([...text.matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]));
};

test('French and Arabic translate every English message, and nothing else', () => {
  const en = ids('en');
  for (const lang of ['fr', 'ar']) {
    const other = ids(lang);
    assert.deepEqual([...en].filter((k) => !other.has(k)), [], `missing in ${lang}`);
    assert.deepEqual([...other].filter((k) => !en.has(k)), [], `unknown in ${lang}`);
  }
});

test('every message id a page names exists in English', () => {
  const en = ids('en');
  const files = ['App.svelte', ...readdirSync(join(src, 'pages')).map((f) => 'pages/' + f)];
  const missing = [];
  for (const f of files) {
    const text = readFileSync(join(src, f), 'utf8');
    for (const m of text.matchAll(/\$t\('([\w.-]+)'\s*[,)]/g)) if (!en.has(m[1])) missing.push(`${f}: ${m[1]}`);
  }
  assert.deepEqual(missing, []);
});
