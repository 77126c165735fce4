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

test('every refusal code the record readers give has its template in all three languages, with the same placeholders', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const quoted = (lang) => {
    const text = readFileSync(join(src, 'lib/messages', lang + '.ts'), 'utf8');
    return new Map([...text.matchAll(/^\s*'(reject\.[\w.-]+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)].map((m) => [m[1], m[2]]));
  };
  const codes = new Set();
  for (const f of ['src/records/permit.cc', 'src/records/seizure.cc', 'src/records/seizure_reader.cc']) {
    const cc = readFileSync(join(root, f), 'utf8');
    // A code is the quoted word after the reason (a sentence), before the
    // params or the end of the problem.
    const code = /(?:" ?[^"\n]* [^"\n]*"|\)"?)\s*,\s*"([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)"\s*(?=,\s*\{\{|\}\)|\))/g;
    for (const m of cc.matchAll(code)) codes.add(m[1]);
  }
  // A record that is not valid CSV: the CSV reader's codes.
  for (const m of readFileSync(join(root, 'src/core/csv_reader.cc'), 'utf8').matchAll(/error_code = "([\w.]+)"/g)) codes.add(m[1]);
  for (const c of ['csv_open_quote', 'csv_after_quote', 'json.invalid', 'json.expected_string']) assert.ok(codes.has(c), `${c} is read from the C++`);
  const csvCodes = [...codes].filter((c) => c.startsWith('csv_'));
  // A refused header is an error of the whole file: its code names an error
  // detail (error_catalog.cc, kDetails; error.detail.<code>), not a reject.
  const catalog = readFileSync(join(root, 'src/server/error_catalog.cc'), 'utf8');
  for (const c of [...codes]) if (catalog.includes(`{"${c}", "`)) codes.delete(c);
  for (const c of ['not_a_permit_type', 'permit.duplicate', 'record.width', 'not_a_domain', 'not_a_detection',
    'not_a_nationality', 'quantity.not_a_number', 'unit.quota_only']) assert.ok(codes.has(c), `${c} is read from the C++`);
  // The CSV codes are both: a refused header (a detail) or a refused record (a reject).
  for (const c of csvCodes) codes.add(c);
  const placeholders = (s) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
  const en = quoted('en');
  for (const lang of ['en', 'fr', 'ar']) {
    const c = quoted(lang);
    assert.deepEqual([...codes].filter((k) => !c.has('reject.' + k)), [], `reject templates missing in ${lang}`);
    for (const k of codes) {
      if (lang === 'en') continue;
      assert.equal(placeholders(c.get('reject.' + k)), placeholders(en.get('reject.' + k)), `${lang} reject.${k}`);
      assert.notEqual(c.get('reject.' + k), en.get('reject.' + k), `${lang} reject.${k} is not translated`);
    }
  }
});
