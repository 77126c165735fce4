// The finding templates (lib/findings.ts, lib/messages/*.ts): every
// placeholder a template names is filled in every language, and every
// template the code names exists in all three (no server needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../src/', import.meta.url).pathname;
const catalogue = (lang) => {
  const text = readFileSync(join(src, 'lib/messages', lang + '.ts'), 'utf8');
  const out = new Map();
  for (const m of text.matchAll(/^\s*'([\w.-]+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)) out.set(m[1], m[2]);
  return out;
};
const placeholders = (s) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

test('every message has the same placeholders in English, French and Arabic', () => {
  const en = catalogue('en');
  assert.ok(en.size > 100, 'the English catalogue is read');
  const wrong = [];
  for (const lang of ['fr', 'ar']) {
    const other = catalogue(lang);
    for (const [id, text] of en) {
      if (!other.has(id)) continue; // messages.test.mjs names missing ids
      const a = placeholders(text).join(',');
      const b = placeholders(other.get(id)).join(',');
      if (a !== b) wrong.push(`${lang} ${id}: {${b}} instead of {${a}}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('every finding template the code names exists in all three languages', () => {
  const code = readFileSync(join(src, 'lib/findings.ts'), 'utf8');
  const named = new Set();
  for (const m of code.matchAll(/\bp\('([\w.]+)'\)/g)) named.add('finding.permit.' + m[1]);
  for (const m of code.matchAll(/\bind\('([\w.]+)'\)/g)) named.add('finding.indicator.' + m[1]);
  for (const m of code.matchAll(/'(finding\.[\w.]+\w)'/g)) named.add(m[1]);
  // Variants the code builds: directions, origin, the per-id loop.
  for (const id of named) if (id.endsWith('.reason.')) named.delete(id);
  assert.ok(named.size >= 25, `found ${named.size} template ids in findings.ts`);
  for (const lang of ['en', 'fr', 'ar']) {
    const c = catalogue(lang);
    assert.deepEqual([...named].filter((id) => !c.has(id)), [], `missing in ${lang}`);
  }
  // Each translated (source, id) has a reason template in every language.
  const en = catalogue('en');
  for (const m of code.matchAll(/^\s*'(permit|indicator):(\w+)': \{/gm)) {
    assert.ok([...en.keys()].some((k) => k.startsWith(`finding.${m[1]}.${m[2]}.reason`)), `${m[1]}:${m[2]}`);
  }
});

test('every finding template is translated into French, not copied from the English', () => {
  const en = catalogue('en');
  const fr = catalogue('fr');
  for (const [id, text] of en) {
    if (!id.startsWith('finding.')) continue;
    assert.ok(fr.has(id), id);
    assert.notEqual(fr.get(id), text, `${id} is not translated into French`);
  }
});

test('the error templates the workbench reads back are the server catalogue\'s, word for word', () => {
  const cc = readFileSync(new URL('../../src/server/error_catalog.cc', import.meta.url), 'utf8');
  const server = new Map();
  for (const m of cc.matchAll(/\{"(\w+)",\s*\d{3},\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}/g))
    server.set(m[1], [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]).join(''));
  assert.ok(server.size >= 25, 'the server catalogue is read');
  const ts = readFileSync(join(src, 'lib/errors.ts'), 'utf8');
  const block = ts.slice(ts.indexOf('const english'), ts.indexOf('};', ts.indexOf('const english')));
  const mine = [...block.matchAll(/^\s*(\w+): (['"])(.*)\2,$/gm)];
  assert.ok(mine.length >= 10);
  const en = catalogue('en');
  for (const [, code, q, text] of mine) {
    const t = q === "'" ? text.replace(/\\'/g, "'") : text;
    assert.equal(t, server.get(code), code);
    assert.equal(en.get('error.' + code)?.replace(/\\'/g, "'"), t, `en error.${code}`);
  }
});

test('every message the server names for a model driver or a spectrum explanation has its template in all three languages', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const explain = readFileSync(join(root, 'src/ml/explain.cc'), 'utf8');
  const drivers = new Set();
  // message("id", ...) and the party helpers' party_rate_message("id", "id.none", ...).
  for (const m of explain.matchAll(/\bmessage\("([\w.]+)"/g)) drivers.add(m[1]);
  for (const m of explain.matchAll(/party_\w+_message\("([\w.]+)", "([\w.]+)"/g)) drivers.add(m[1]).add(m[2]);
  for (const id of ['times.once', 'times.twice', 'times', 'units']) drivers.add(id);
  assert.ok(drivers.size >= 50, `found ${drivers.size} driver messages in explain.cc`);
  const search = readFileSync(join(root, 'src/spectra/search.cc'), 'utf8');
  const parts = new Set([...search.matchAll(/part\((?:learned \? )?"([\w.]+)"(?: : "([\w.]+)")?/g)].flatMap((m) => m.slice(1).filter(Boolean)));
  parts.add('empty');
  assert.ok(parts.size >= 8, `found ${[...parts]} in search.cc`);
  for (const lang of ['en', 'fr', 'ar']) {
    const c = catalogue(lang);
    assert.deepEqual([...drivers].filter((id) => !c.has('finding.model.driver.' + id)), [], `driver templates missing in ${lang}`);
    assert.deepEqual([...parts].filter((id) => !c.has('spectrum.explain.' + id)), [], `spectrum templates missing in ${lang}`);
    for (const id of ['finding.partner.reason', 'finding.partner.reason.operation', 'finding.partner.instructions'])
      assert.ok(c.has(id), `${lang} ${id}`);
  }
  // The new families take part in the placeholder check above.
  const en = catalogue('en');
  assert.deepEqual(placeholders(en.get('finding.model.driver.consignment')), ['frauds', 'goods', 'inspections', 'rate', 'times']);
  assert.deepEqual(placeholders(en.get('finding.partner.reason.operation')), ['expires', 'operation', 'partner', 'partner_reason']);
});

test('the error details the server gives as messages have their sentences, the English word for word the server\'s', () => {
  const cc = readFileSync(new URL('../../src/server/error_catalog.cc', import.meta.url), 'utf8');
  const table = cc.slice(cc.indexOf('kDetails'), cc.indexOf('}};', cc.indexOf('kDetails')));
  const server = new Map([...table.matchAll(/\{"(\w+)",\s*"((?:[^"\\]|\\.)*)"\}/g)].map((m) => [m[1], m[2]]));
  assert.ok(server.size >= 20, `read ${server.size} details from error_catalog.cc`);
  const unq = (s) => s?.replace(/\\'/g, "'");
  for (const lang of ['en', 'fr', 'ar']) {
    const c = catalogue(lang);
    assert.deepEqual([...server.keys()].filter((id) => !c.has('error.detail.' + id)), [], `details missing in ${lang}`);
  }
  const en = catalogue('en');
  for (const [id, text] of server) assert.equal(unq(en.get('error.detail.' + id)), text, id);
  // Every id a handler names is in the table.
  const root = new URL('../../src/server/', import.meta.url).pathname;
  const named = new Set();
  for (const f of readdirSync(root).filter((f) => f.endsWith('.cc')))
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(/\.said\("(\w+)"/g)) named.add(m[1]);
  for (const m of readFileSync(join(root, 'api_declarations.cc'), 'utf8').matchAll(/for \(const char\* id : \{([^}]*)\}\) a\.said/g))
    for (const x of m[1].matchAll(/"(\w+)"/g)) named.add(x[1]);
  // The ids handed on rather than written in a said() call: a JSON body's
  // expected types and the JSON type words (json_body.cc), the case
  // module's candidates (api_cases.cc).
  const body = readFileSync(join(root, 'json_body.cc'), 'utf8');
  for (const m of body.matchAll(/wrong_type\([^;]*?"(expect_\w+)"/g)) named.add(m[1]);
  for (const m of body.matchAll(/return "(json_\w+)";/g)) named.add(m[1]);
  for (const m of readFileSync(join(root, 'api_cases.cc'), 'utf8').matchAll(/\{"(\w+)", \{/g)) named.add(m[1]);
  for (const id of ['expect_object', 'expect_integer', 'json_null', 'json_number', 'not_one_of_value', 'no_task'])
    assert.ok(named.has(id), `${id} is read from the C++`);
  assert.ok(named.size >= 80, `found ${named.size} ids`);
  assert.deepEqual([...named].filter((id) => !server.has(id)), []);
});
