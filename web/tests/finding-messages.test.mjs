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

// lib/findings.ts itself, run in node: the TypeScript sources transpiled to
// a temporary folder (imports given their .js, svelte/store from the
// workbench's node_modules), with the browser globals i18n.ts reads at load.
let loaded;
const loadFindings = () => (loaded ??= transpileFindings());
async function transpileFindings() {
  const { default: ts } = await import('typescript');
  const { mkdtempSync, writeFileSync, mkdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = mkdtempSync(join(tmpdir(), 'custos-findings-'));
  mkdirSync(join(out, 'messages'));
  const store = import.meta.resolve('svelte/store');
  for (const f of ['findings', 'i18n', 'messages/en', 'messages/fr', 'messages/ar']) {
    const js = ts.transpileModule(readFileSync(join(src, 'lib', f + '.ts'), 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    }).outputText;
    writeFileSync(
      join(out, f + '.js'),
      js.replace(/from '(\.{1,2}\/[^']+)'/g, "from '$1.js'").replace(/from 'svelte\/store'/g, `from '${store}'`),
    );
  }
  globalThis.localStorage ??= { getItem: () => null, setItem: () => {} };
  globalThis.document ??= { documentElement: {} };
  if (typeof globalThis.navigator === 'undefined') globalThis.navigator = { language: 'en' };
  try {
    return await import(join(out, 'findings.js'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// The disguise model's finding as the server writes it (src/risk/disguise_model.cc).
const disguise = () => ({
  source: 'model',
  id: 'disguise',
  domain: 'precursors',
  weight: 47.5,
  reason:
    'Resembles the recorded precursors seizures: net mass 10-100 kg; HS chapter 38; 3.2-10 USD/kg in chapter 38. Learned score 0.95; 0.1 % of the lawful trade it learned from scores above 0.90.',
  instructions:
    "Check the documents against the goods' real nature: ask for the invoice, the contract and proof of payment, and compare the description, weight and price with what the goods look like; a learned resemblance is a reason to look, not proof.",
  evidence: {
    lane: 'yellow',
    domain: 'precursors',
    probability: 0.947745,
    threshold: 0.895468,
    ordinary_share: 0.001,
    drivers: [
      { feature: 'net_mass:1', weight: 3.23, words: 'net mass 10-100 kg',
        message: { id: 'disguise.net_mass', params: { low: { number: 10, as: 'sig2' }, high: { number: 100, as: 'sig2' } } } },
      { feature: 'chapter:38', weight: 1.83, words: 'HS chapter 38', message: { id: 'disguise.chapter', params: { value: '38' } } },
      { feature: 'usd_per_kg_in_chapter:38:1', weight: 1.07, words: '3.2-10 USD/kg in chapter 38',
        message: { id: 'disguise.usd_per_kg_in_chapter',
          params: { chapter: '38', low: { number: 3.2, as: 'sig2' }, high: { number: 10, as: 'sig2' } } } },
    ],
  },
});

test('the disguise model\'s finding is said from its evidence: the server\'s English word for word, French and Arabic in full', async () => {
  const { findingText, findingTranslation } = await loadFindings();
  const f = disguise();
  assert.equal(findingTranslation('en', f, 'reason'), f.reason);
  assert.equal(findingTranslation('en', f, 'instructions'), f.instructions);
  assert.equal(findingText('en', f, 'reason'), f.reason);
  const fr = findingText('fr', f, 'reason');
  assert.doesNotMatch(fr, /\{\w+\}/);
  assert.notEqual(fr, f.reason);
  for (const part of ['« précurseurs »', 'masse nette entre 10 et 100 kg ; chapitre SH 38 ; entre 3,2 et 10 USD/kg au chapitre 38',
    'modèle : 0,95 ;', '0,1 %', 'supérieur à 0,90.'])
    assert.ok(fr.includes(part), `${part} in: ${fr}`);
  assert.ok(findingText('fr', f, 'instructions').startsWith('Confrontez les documents'));
  const ar = findingText('ar', f, 'reason');
  assert.doesNotMatch(ar, /\{\w+\}/);
  const two = (n) => new Intl.NumberFormat('ar', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  const n = (x) => new Intl.NumberFormat('ar', { useGrouping: false, maximumFractionDigits: 2 }).format(x);
  for (const part of ['«السلائف»', `الكتلة الصافية بين ${n(10)} و${n(100)} كغ؛ الفصل ${'38'} من النظام المنسق؛ `,
    `بين ${n(3.2)} و${n(10)} دولار أمريكي/كغ في الفصل 38`, two(0.947745), two(0.895468), `${n(0.1)}٪`])
    assert.ok(ar.includes(part), `${part} in: ${ar}`);
  assert.notEqual(findingText('ar', f, 'instructions'), f.instructions);
});

test('the disguise model\'s finding without drivers says what it compares; an unknown driver keeps the server\'s English', async () => {
  const { findingText, findingTranslation } = await loadFindings();
  const none = disguise();
  none.evidence.drivers = [];
  none.reason =
    'Resembles the recorded precursors seizures (route, consignee, price per kg, mass, codes, words). Learned score 0.95; 0.1 % of the lawful trade it learned from scores above 0.90.';
  assert.equal(findingTranslation('en', none, 'reason'), none.reason);
  const fr = findingText('fr', none, 'reason');
  assert.ok(fr.includes('(itinéraire, destinataire, prix au kg, masse, codes, mots)'), fr);
  assert.doesNotMatch(findingText('ar', none, 'reason'), /\{\w+\}/);
  // Another domain and share: the domain's name, the share with at most two decimals.
  const waste = disguise();
  waste.evidence.domain = 'waste';
  waste.evidence.ordinary_share = 0.0025;
  assert.ok(findingText('fr', waste, 'reason').includes('du domaine « déchets »'));
  assert.ok(findingTranslation('en', waste, 'reason').includes('recorded waste seizures'));
  assert.ok(findingTranslation('en', waste, 'reason').includes('; 0.25 % of the lawful'));
  waste.evidence.ordinary_share = 0.01;
  assert.ok(findingTranslation('en', waste, 'reason').includes('; 1 % of the lawful'));
  // A driver the workbench has no template for: the whole reason stays English.
  const unknown = disguise();
  unknown.evidence.drivers[1].message = { id: 'disguise.something_new', params: { value: 'x' } };
  assert.equal(findingTranslation('fr', unknown, 'reason'), null);
  assert.equal(findingText('fr', unknown, 'reason'), unknown.reason);
  assert.equal(findingText('ar', unknown, 'reason'), unknown.reason);
  // A driver without its message, or no drivers at all in the evidence: the same.
  const bare = disguise();
  delete bare.evidence.drivers[0].message;
  assert.equal(findingText('fr', bare, 'reason'), bare.reason);
  delete bare.evidence.drivers;
  assert.equal(findingText('fr', bare, 'reason'), bare.reason);
  // The fraud model keeps its own spec ('model:*').
  const fiscal = { source: 'model', id: 'fraud_gbm', reason: 'x', instructions: 'y', evidence: { score: 0.5, drivers: [] } };
  assert.match(findingTranslation('en', fiscal, 'reason'), /^Fraud model fraud_gbm gives 50% chance of fraud/);
  assert.equal(findingTranslation('en', fiscal, 'instructions'), catalogue('en').get('finding.model.instructions').replace(/\\'/g, "'"));
});

test('a word of the description among the disguise model\'s drivers is quoted in every language', async () => {
  const { findingText, findingTranslation } = await loadFindings();
  const f = disguise();
  f.evidence.drivers[1] = { feature: 'word:bales', weight: 2.1, words: 'the word “bales” in the description',
    message: { id: 'disguise.word', params: { value: 'bales' } } };
  f.reason = f.reason.replace('HS chapter 38', 'the word “bales” in the description');
  assert.equal(findingTranslation('en', f, 'reason'), f.reason);
  assert.ok(findingText('fr', f, 'reason').includes('le mot « bales » dans la désignation'), findingText('fr', f, 'reason'));
  assert.ok(findingText('ar', f, 'reason').includes('الكلمة «bales» في الوصف'), findingText('ar', f, 'reason'));
});

test('the built-in disguise model says so after the score, in every language; an unknown model keeps the English', async () => {
  const { findingText, findingTranslation } = await loadFindings();
  const f = disguise();
  f.evidence.model = 'built-in';
  f.reason += " Built-in model: learned from the case library Custos ships and simulated trade, not yet from this administration's own.";
  assert.equal(findingTranslation('en', f, 'reason'), f.reason);
  assert.ok(findingText('fr', f, 'reason').endsWith('pas encore des échanges propres à cette administration.'), findingText('fr', f, 'reason'));
  assert.ok(findingText('ar', f, 'reason').includes('نموذج مدمج'), findingText('ar', f, 'reason'));
  f.evidence.model = 'something-else';
  assert.equal(findingText('fr', f, 'reason'), f.reason);
});

test('a further domain the disguise model names says which one carries the score, before the built-in note, in every language', async () => {
  const { findingText, findingTranslation } = await loadFindings();
  const f = disguise();
  f.weight = 0;
  f.evidence.strongest_domain = 'waste';
  f.reason += ' Resembles the recorded waste seizures more (that finding carries the score).';
  assert.equal(findingTranslation('en', f, 'reason'), f.reason);
  assert.ok(findingText('fr', f, 'reason').endsWith('du domaine « déchets » (ce constat porte le score).'), findingText('fr', f, 'reason'));
  assert.ok(findingText('ar', f, 'reason').includes('تلك النتيجة هي التي تحمل الدرجة'), findingText('ar', f, 'reason'));
  f.evidence.model = 'built-in';
  f.reason += " Built-in model: learned from the case library Custos ships and simulated trade, not yet from this administration's own.";
  assert.equal(findingTranslation('en', f, 'reason'), f.reason);
  const fr = findingText('fr', f, 'reason');
  assert.ok(fr.indexOf('(ce constat porte le score).') < fr.indexOf('Modèle intégré'), fr);
  // A domain the workbench does not know: the server's English.
  f.evidence.strongest_domain = 'something-new';
  assert.equal(findingText('fr', f, 'reason'), f.reason);
});

test('a "sig2" number is whole from 10, else two significant digits, never grouped, in the locale', async () => {
  const { messageText } = await loadFindings();
  const say = (l, low, high) =>
    messageText(l, 'finding.model.driver.', {
      id: 'disguise.usd_per_kg',
      params: { low: { number: low, as: 'sig2' }, high: { number: high, as: 'sig2' } },
    });
  // The band edges as the server writes them (edge(): 3200, 0.32, 3.2, 1, 0.0001).
  assert.equal(say('en', 3200, 10000), 'declared at 3200-10000 USD/kg');
  assert.equal(say('en', 0.32, 1), 'declared at 0.32-1 USD/kg');
  assert.equal(say('en', 3.2, 0.0001), 'declared at 3.2-0.0001 USD/kg');
  assert.equal(say('en', 3.1623, 31.623), 'declared at 3.2-32 USD/kg');
  assert.equal(say('fr', 3200, 0.32), 'déclaré entre 3200 et 0,32 USD/kg');
  const ar = new Intl.NumberFormat('ar', { useGrouping: false });
  assert.equal(say('ar', 3200, 3.2), `مصرّح بها بسعر بين ${ar.format(3200)} و${ar.format(3.2)} دولار أمريكي/كغ`);
  // An unknown format is not guessed at.
  assert.equal(
    messageText('en', 'finding.model.driver.', { id: 'disguise.net_mass', params: { low: { number: 1, as: 'sig3' }, high: { number: 10, as: 'sig2' } } }),
    undefined,
  );
});

test('every disguise driver the server words has its template, the English the server\'s words', () => {
  const cc = readFileSync(new URL('../../src/risk/disguise_model.cc', import.meta.url), 'utf8');
  const body = cc.slice(cc.indexOf('std::string driver_text('), cc.indexOf('\n}\n', cc.indexOf('std::string driver_text(')));
  const en = catalogue('en');
  const kinds = [];
  // `if (kind == "chapter") return "HS chapter " + value;`: a code's words.
  for (const m of body.matchAll(/kind == "(\w+)"\) return "([^"]*) " \+ value;/g)) {
    kinds.push(m[1]);
    assert.equal(en.get('finding.model.driver.disguise.' + m[1]), `${m[2]} {value}`, m[1]);
  }
  assert.ok(kinds.length >= 8, `read ${kinds} from driver_text()`);
  const c = body.match(/value == "person" \? "([^"]+)" : "([^"]+)"/);
  assert.ok(c, 'the consignee words are read');
  assert.equal(en.get('finding.model.driver.disguise.consignee.person'), c[1]);
  assert.equal(en.get('finding.model.driver.disguise.consignee.organisation'), c[2]);
  for (const kind of [...kinds, 'consignee.person', 'consignee.organisation', 'usd_per_kg', 'usd_per_kg_in_chapter', 'net_mass'])
    for (const lang of ['en', 'fr', 'ar']) assert.ok(catalogue(lang).has('finding.model.driver.disguise.' + kind), `${lang} ${kind}`);
});
