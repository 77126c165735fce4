// The workbench in a real browser against a real server (make web-tests).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, startBrowser, newPage, login, CUSTOS } from './harness.mjs';
import { spawnSync } from 'node:child_process';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const needs = (path, method = 'get') => (t) => {
  if (!server.has(path, method)) {
    t.skip(`${method.toUpperCase()} ${path} is not served by this build yet`);
    return true;
  }
  return false;
};

test('the browser driver starts Debian chromium (fails loudly when an update breaks it)', async () => {
  const version = browser.version();
  assert.match(version, /^\d+\./);
});

test('the login page names wrong credentials in words, and the workbench is served at /', async () => {
  const page = await newPage(browser, server);
  await page.goto('/');
  await page.waitForSelector('form#login');
  await page.fill('form#login input[name=username]', 'officer');
  await page.fill('form#login input[name=password]', 'not the password');
  await page.click('form#login button[type=submit]');
  const alert = await page.waitForSelector('form#login [role=alert]');
  assert.match(await alert.innerText(), /Wrong user name or password/);
  // The failed login is a 401 the browser reports; nothing else may be logged.
  assert.deepEqual(page.errors.filter((e) => !/401/.test(e)), []);
  await page.context().close();
});

test('officer logs in, sees the demo targets, opens one and records an outcome', async (t) => {
  if (needs('/api/v1/targets')(t) || needs('/api/v1/declarations/{id}/outcome', 'post')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'officer');
  await page.waitForSelector('[data-testid=targets-table] [data-testid=target-row]');
  const rows = await page.$$('[data-testid=target-row]');
  assert.ok(rows.length > 0);
  const id = await rows[0].getAttribute('data-declaration-id');
  assert.ok(id);
  await rows[0].click();
  await page.waitForURL('**/declarations/' + encodeURIComponent(id));
  await page.waitForSelector('[data-testid=finding]');
  const form = page.locator('[data-testid=outcome-form]');
  await form.locator('select[name=inspection_result]').selectOption('seizure');
  await form.locator('input[name=fraud]').check();
  await form.locator('textarea[name=notes]').fill('Recorded from the browser test');
  await form.locator('button[type=submit]').click();
  await form.locator('[role=status]').waitFor();
  assert.match(await form.locator('[role=status]').innerText(), /recorded/);
  assert.equal(await page.locator('[data-testid=override-form]').count(), 0, 'officers do not override');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the targets table is virtualised: far fewer rows in the page than targets', async (t) => {
  if (needs('/api/v1/targets')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'analyst');
  await page.waitForSelector('[data-testid=target-row]');
  const total = Number(await page.locator('[data-testid=targets-table]').getAttribute('aria-rowcount'));
  const inDom = await page.locator('[data-testid=target-row]').count();
  if (total > 60) assert.ok(inDom < total, `${inDom} rows in the page for ${total} targets`);
  await page.context().close();
});

test('supervisor overrides a lane, and the reason is mandatory', async (t) => {
  if (needs('/api/v1/targets')(t) || needs('/api/v1/declarations/{id}/override', 'post')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  const row = await page.waitForSelector('[data-testid=target-row]');
  await row.click();
  const form = page.locator('[data-testid=override-form]');
  await form.waitFor();
  await form.locator('select[name=lane]').selectOption('green');
  // Without a reason the browser's own check stops the form; remove it to
  // see the workbench's message too.
  await form.locator('textarea[name=reason]').evaluate((el) => el.removeAttribute('required'));
  await form.locator('button[type=submit]').click();
  assert.match(await form.locator('[role=alert]').innerText(), /reason/i);
  await form.locator('textarea[name=reason]').fill('Known trader, documents checked at the counter');
  await form.locator('button[type=submit]').click();
  await form.locator('[role=status]').waitFor();
  assert.match(await form.locator('[role=status]').innerText(), /Green/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('analyst breaks a profile and sees the error at the right line', async (t) => {
  if (needs('/api/v1/profiles')(t) || needs('/api/v1/profiles/check', 'post')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'analyst');
  await page.goto('/profiles');
  const first = page.locator('[data-testid=pack-link]').first();
  await first.click();
  const area = page.locator('[data-testid=profile-editor] textarea');
  await area.waitFor();
  const text = await area.inputValue();
  const lines = text.split('\n');
  // Break line 3: an unterminated string where a key's value was.
  const broken = 3;
  lines.splice(broken - 1, 0, 'reason = "never closed');
  await area.fill(lines.join('\n'));
  await area.press('End');
  // The check compiles the whole pack on the server: allow for a busy machine.
  const err = page.locator('[data-testid=profile-error]').first();
  await err.waitFor({ timeout: 20000 });
  assert.equal(await err.getAttribute('data-line'), String(broken));
  assert.match(await err.innerText(), new RegExp('Line ' + broken));
  await area.fill(text);
  await page.locator('#profile-errors .ok').waitFor({ timeout: 20000 });
  await page.context().close();
});

test('Arabic turns the page right to left, and the choice is kept for the user', async () => {
  const page = await newPage(browser, server);
  await login(page, server, 'auditor');
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.match(await page.locator('header nav').innerText(), /سجل التدقيق/);
  await page.reload();
  await page.waitForSelector('header nav');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.selectOption('[data-testid=lang-switch]', 'fr');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.match(await page.locator('header nav').innerText(), /Audit/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no page logs a console error, for any role', async () => {
  const visits = {
    officer: ['/targets', '/screening', '/spectra', '/seizures', '/seizures/new', '/cases', '/permits'],
    supervisor: ['/targets', '/dashboard', '/reports'],
    analyst: ['/targets', '/profiles', '/screening', '/spectra', '/dashboard'],
    admin: ['/users', '/audit', '/permits'],
    auditor: ['/audit', '/seizures', '/cases', '/reports'],
  };
  const needsApi = {
    '/targets': '/api/v1/targets', '/dashboard': '/api/v1/targets', '/profiles': '/api/v1/profiles',
    '/seizures': '/api/v1/seizures', '/seizures/new': '/api/v1/seizures', '/cases': '/api/v1/cases',
    '/permits': '/api/v1/permits', '/reports': '/api/v1/reports/operation',
  };
  const seen = [];
  for (const [user, paths] of Object.entries(visits)) {
    // Officers, supervisors and analysts land on the targets page.
    if (['officer', 'supervisor', 'analyst'].includes(user) && !server.has('/api/v1/targets')) continue;
    const page = await newPage(browser, server, { viewport: { width: 1280, height: 800 } });
    await login(page, server, user);
    for (const p of paths) {
      if (needsApi[p] && !server.has(needsApi[p])) continue;
      await page.goto(p);
      await page.waitForSelector('main h1');
      await page.waitForLoadState('networkidle');
      assert.equal(new URL(page.url()).pathname, p, `${user} stays on ${p}`);
      seen.push(user + ' ' + p);
    }
    assert.deepEqual(page.errors, [], `console errors for ${user}`);
    await page.context().close();
  }
  assert.ok(seen.length >= 3);
});

test('static serving refuses path traversal and falls back to the app', async () => {
  const { hostname, port } = new URL(server.url);
  for (const path of ['/../../../../etc/passwd', '/assets/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd']) {
    const body = await new Promise((res, rej) => {
      const req = request({ host: hostname, port, path, method: 'GET' }, (r) => {
        let b = '';
        r.on('data', (d) => (b += d));
        r.on('end', () => res({ status: r.statusCode, body: b }));
      });
      req.on('error', rej);
      req.end();
    });
    assert.doesNotMatch(body.body, /root:.*:0:0:/, path);
    assert.ok(body.status === 400 || body.status === 404 || /<div id="app">/.test(body.body), `${path}: ${body.status}`);
  }
});

// Records, reports and exercises (docs/workbench.md).
const SEIZURE_DOMAIN = 'wildlife';

test('officer records a seizure from a declaration (a refused field is shown at its place), and finds it in the list', async (t) => {
  if (needs('/api/v1/seizures', 'post')(t) || needs('/api/v1/targets')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'officer');
  const row = await page.waitForSelector('[data-testid=target-row]');
  const declaration = await row.getAttribute('data-declaration-id');
  await row.click();
  await page.click('[data-testid=record-seizure]');
  const form = page.locator('[data-testid=seizure-form]');
  await form.waitFor();
  assert.equal(await form.locator('input[name=declarations]').inputValue(), declaration, 'the declaration is linked');
  const id = await form.locator('input[name=id]').inputValue();
  assert.match(id, /^S-/);
  await form.locator('select[name=domain]').selectOption(SEIZURE_DOMAIN);
  await form.locator('input[name=commodity]').fill('pangolin scales');
  await form.locator('input[name=amount]').first().fill('12.5');
  await form.locator('select[name=unit]').first().selectOption('kg');
  // A second quantity in pieces, estimated, added with the keyboard.
  await form.locator('[data-testid=add-quantity]').focus();
  await page.keyboard.press('Enter');
  // The new row takes the focus: the amount is typed straight away.
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('input[name=amount]')[1]);
  await page.keyboard.type('3');
  await form.locator('select[name=unit]').nth(1).selectOption('pcs');
  await form.locator('input[name=estimate]').nth(1).check();
  await form.locator('input[name=country]').fill('fr');
  await form.locator('select[name=detection]').selectOption('profile');
  await form.locator('input[name=route_country]').nth(0).fill('SG');
  await form.locator('input[name=route_country]').nth(1).fill('FR');
  await form.locator('[data-testid=add-persons]').click();
  await form.locator('input[name=persons_name]').fill('Jean Dupont');
  await form.locator('input[name=persons_nationality]').fill('FR');
  // A currency that is not ISO 4217: the server refuses the record and says why, at the field.
  await form.locator('input[name=value]').fill('12000');
  await form.locator('input[name=currency]').fill('ZZZ');
  await form.locator('button[type=submit]').click();
  const rejects = page.locator('[data-testid=seizure-rejects]');
  await rejects.waitFor();
  assert.match(await rejects.innerText(), /Currency.*ZZZ.*ISO 4217/s);
  assert.equal(await form.locator('input[name=currency]').getAttribute('aria-invalid'), 'true');
  await form.locator('input[name=currency]').fill('EUR');
  await form.locator('button[type=submit]').click();
  await page.waitForURL('**/seizures/' + encodeURIComponent(id) + '?recorded=1');
  await page.locator('[data-testid=seizure-recorded]').waitFor();
  const quantities = await page.locator('[data-testid=seizure-quantities]').innerText();
  assert.match(quantities, /12\.5 kg/);
  assert.match(quantities, /3 pcs \(estimate\)/);
  assert.equal(await page.locator('[data-testid=seizure-declaration]').innerText(), declaration);
  assert.match(await page.locator('main').innerText(), /Jean Dupont \(FR\)/);
  // The list, filtered by domain, holds it; another domain does not.
  await page.click('header nav a[href="/seizures"]');
  await page.locator(`[data-testid=seizure-row][data-seizure-id="${id}"]`).waitFor();
  await page.selectOption('select[name=domain]', 'waste');
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction((sid) => !document.querySelector(`[data-seizure-id="${sid}"]`), id);
  await page.selectOption('select[name=domain]', SEIZURE_DOMAIN);
  await page.fill('input[name=from]', new Date().toISOString().slice(0, 10));
  await page.click('form.filters button[type=submit]');
  await page.locator(`[data-testid=seizure-row][data-seizure-id="${id}"]`).waitFor();
  // The server's 422 for the refused record is the only console error.
  assert.deepEqual(page.errors.filter((e) => !/422/.test(e)), []);
  await page.context().close();
});

test('a supervisor imports the permit CSV; an officer finds a permit by holder and reads its balance', async (t) => {
  if (needs('/api/v1/permits', 'post')(t)) return;
  const csv =
    'type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_to,hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n' +
    'CITES_PERMIT,WB-0173,import,ZA,FR999,Zoo de Lyon,ZA,2024-01-01,2099-06-30,0106,Python regius,,,live pythons,50,pcs,\n' +
    'ODS_LICENCE,WB-ODS-7,import,FR,FR555,Froid SA,,2024-01-01,2099-12-31,2903,,811-97-2,,HFC-134a,1000,kg,\n';
  // A declaration lodged before the import quotes the CITES permit for 20 pieces: the import draws it.
  const ndjson = join(mkdtempSync(join(tmpdir(), 'custos-permit-')), 'declaration.ndjson');
  writeFileSync(ndjson, JSON.stringify({
    declaration_id: 'WB-PERMIT-1', date: '2026-03-02', flow: 'import', office: 'WBTEST01',
    importer_id: 'FR999', importer_name: 'Zoo de Lyon', importer_country: 'FR', departure_country: 'ZA', destination_country: 'FR',
    items: [{ item_no: 1, hs_code: '010620', description: 'live pythons', origin_country: 'ZA', net_mass_kg: 40, quantity: 20,
      quantity_unit: 'u', value: 5000, currency: 'EUR', documents: [{ type: 'CITES_PERMIT', reference: 'WB-0173' }] }],
  }) + '\n');
  server.cli(['ingest', ndjson]);
  let page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  await page.goto('/permits');
  await page.locator('input[name=permits-csv]').setInputFiles({ name: 'permits.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const result = page.locator('[data-testid=permits-import-result]');
  await result.waitFor();
  assert.match(await result.innerText(), /2 read, 2 stored, 0 refused/);
  assert.deepEqual(page.errors, []);
  await page.context().close();

  page = await newPage(browser, server);
  await login(page, server, 'officer');
  await page.click('header nav a[href="/permits"]');
  assert.equal(await page.locator('input[name=permits-csv]').count(), 0, 'officers do not import permits');
  await page.fill('input[name=q]', 'zoo lyon');
  await page.locator('[data-testid=permit-row]').first().waitFor();
  assert.equal(await page.locator('[data-testid=permit-row]').count(), 1);
  await page.locator('[data-testid=permit-row] a').click();
  await page.waitForURL('**/permits/' + encodeURIComponent('CITES_PERMIT:WB-0173'));
  const balance = page.locator('[data-testid=permit-balance]');
  await balance.waitFor();
  assert.equal(await page.locator('[data-testid=permit-remaining]').innerText(), '30 pcs');
  assert.match(await balance.innerText(), /left of 50 pcs/);
  const draws = await page.locator('[data-testid=permit-draws] tbody tr').allInnerTexts();
  assert.equal(draws.length, 1);
  assert.match(draws[0], /WB-PERMIT-1\s+2 Mar 2026\s+20 pcs\s+30 pcs/);
  assert.equal(await page.locator('[data-testid=permit-status]').innerText(), 'valid');
  assert.match(await page.locator('main').innerText(), /Zoo de Lyon/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an analyst renders the operation report (with the recorded seizure) and the profile report', async (t) => {
  if (needs('/api/v1/reports/operation')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'analyst');
  await page.click('header nav a[href="/reports"]');
  const form = page.locator('[data-testid=operation-form]');
  await form.waitFor();
  await form.locator('input[name=from]').fill('2000-01-01');
  await form.locator('input[name=to]').fill(new Date().toISOString().slice(0, 10));
  await form.locator('button[type=submit]').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=report-seizures]')?.textContent) >= 1);
  assert.match(await page.locator('[data-testid=report-by_domain]').innerText(), /wildlife/);
  assert.match(await page.locator('[data-testid=report-by_country]').innerText(), /FR/);
  // The API's printable page is linked, and answers HTML to this session.
  const href = await page.locator('[data-testid=operation-html]').getAttribute('href');
  const html = await page.request.get(href);
  assert.equal(html.status(), 200);
  assert.match(html.headers()['content-type'], /text\/html/);
  await page.click('[data-testid=tab-profiles]');
  await page.locator('[data-testid=profile-report-row]').first().waitFor();
  assert.ok((await page.locator('[data-testid=profile-report-row]').count()) > 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an instructor starts an exercise; a trainee inspects, records an outcome, samples goods and identifies the spectrum; the instructor follows, ends it and reads the debrief', async (t) => {
  if (needs('/api/v1/exercise/start', 'post')(t)) return;
  server.cli(['exercise', 'create', 'webdrill', '--scenario', 'precursors', '--declarations', '60', '--seed', '7']);
  server.users.ines = 'a long instructor password';
  server.users.tess = 'a long trainee password';
  server.cli(['exercise', 'instructor', 'webdrill', 'ines', '--password-stdin'], server.users.ines + '\n');
  server.cli(['exercise', 'trainee', 'webdrill', 'tess', '--password-stdin'], server.users.tess + '\n');

  const ines = await newPage(browser, server);
  await login(ines, server, 'ines');
  await ines.waitForURL('**/exercise');
  assert.deepEqual(await ines.locator('header nav a').allInnerTexts(), ['Exercise'], 'instructors see only the exercise');
  assert.equal(await ines.locator('[data-testid=exercise-state]').innerText(), 'ready');
  await ines.click('[data-testid=exercise-start]');
  await ines.waitForFunction(() => document.querySelector('[data-testid=exercise-state]')?.textContent === 'running');

  const tess = await newPage(browser, server);
  await login(tess, server, 'tess');
  const row = tess.locator('[data-testid=exercise-row]').first();
  await row.waitFor();
  const id = await row.getAttribute('data-declaration-id');
  await row.locator('a').click();
  await tess.waitForURL('**/exercise/declarations/' + encodeURIComponent(id));
  await tess.click('[data-testid=exercise-inspect]');
  await tess.locator('[data-testid=inspected-badge]').waitFor();
  const outcome = tess.locator('[data-testid=exercise-outcome-form]');
  await outcome.locator('select[name=result]').selectOption('seizure');
  await outcome.locator('textarea[name=note]').fill('Bags of white prills declared as fertiliser');
  await outcome.locator('button[type=submit]').click();
  await tess.locator('[role=status]').waitFor();
  assert.match(await tess.locator('[role=status]').innerText(), /Outcome recorded/);
  // A declaration with goods the field spectrometer reads: inspect, sample, compare, identify.
  const list = await (await tess.request.get('/api/v1/exercise/declarations?limit=1000')).json();
  let samplable = null;
  for (const r of list.declarations) {
    const one = await (await tess.request.get('/api/v1/exercise/declarations/' + encodeURIComponent(r.declaration.declaration_id))).json();
    if (one.samplable_items.length && r.declaration.declaration_id !== id) {
      samplable = one;
      break;
    }
  }
  assert.ok(samplable, 'the precursors scenario has samplable goods');
  const sid = samplable.declaration.declaration_id;
  await tess.goto('/exercise/declarations/' + encodeURIComponent(sid));
  await tess.locator('[data-testid=exercise-sample]').count().then((n) => assert.equal(n, 0, 'no sampling before inspecting'));
  await tess.click('[data-testid=exercise-inspect]');
  await tess.locator('[data-testid=exercise-sample]').first().click();
  await tess.locator('.plot canvas').first().waitFor();
  await tess.locator('select').filter({ hasText: 'ammonium nitrate' }).first().selectOption('ammonium nitrate');
  await tess.locator('.plot .u-legend').filter({ hasText: 'ammonium nitrate' }).waitFor();
  await tess.fill('input[name=substance]', 'ammonium nitrate');
  await tess.click('text=Record the identification');
  await tess.locator('[role=status]', { hasText: 'Identification recorded' }).waitFor();
  assert.deepEqual(tess.errors, []);
  await tess.context().close();

  await ines.reload();
  const progress = ines.locator('[data-testid=exercise-progress]');
  await progress.waitFor();
  // inspections, outcomes, samples, identifications, screenings
  assert.match(await progress.innerText(), /tess\s+2\s+1\s+1\s+1\s+0/);
  await ines.click('[data-testid=exercise-end]');
  await ines.click('[data-testid=exercise-end-confirm]');
  await ines.waitForFunction(() => document.querySelector('[data-testid=exercise-state]')?.textContent === 'ended');
  await ines.locator('[data-testid=debrief]').first().waitFor();
  assert.match(await ines.locator('[data-testid=exercise-scores]').innerText(), /Engine[\s\S]*Random selection[\s\S]*tess/);
  assert.deepEqual(ines.errors, []);
  await ines.context().close();
});

test('the record pages are in the nav of the roles the server lets in, and of no other', async () => {
  const expected = {
    officer: ['/seizures', '/cases', '/permits'],
    auditor: ['/seizures', '/cases', '/permits', '/reports'],
    admin: ['/seizures', '/cases', '/permits', '/reports'],
  };
  for (const [user, paths] of Object.entries(expected)) {
    const page = await newPage(browser, server);
    await login(page, server, user);
    const hrefs = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const p of ['/seizures', '/cases', '/permits', '/reports', '/exercise'])
      assert.equal(hrefs.includes(p), paths.includes(p), `${user} ${p}`);
    // A page the role may not see sends it home (officers: the targets; admins and
    // auditors: the audit log), with no request the server refuses.
    await page.goto(user === 'officer' ? '/reports' : '/exercise');
    await page.waitForSelector('main h1');
    assert.equal(new URL(page.url()).pathname, user === 'officer' ? '/targets' : '/audit');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('an officer opens a case, links the seizure list\'s first record, adds a note and a task, and reads the timeline', async (t) => {
  if (needs('/api/v1/cases', 'post')(t)) return;
  const page = await newPage(browser, server);
  await login(page, server, 'officer');
  await page.click('header nav a[href="/seizures"]');
  const seizure = await page.locator('[data-testid=seizure-row]').first().getAttribute('data-seizure-id');
  await page.click('header nav a[href="/cases"]');
  await page.fill('[data-testid=case-open-form] input[name=title]', 'Pangolin scales through the port');
  await page.click('[data-testid=case-open-form] button[type=submit]');
  await page.waitForURL(/\/cases\/[^/]+$/);
  const timeline = page.locator('[data-testid=case-timeline]');
  await timeline.waitFor();
  assert.match(await timeline.innerText(), /officer · opened the case/);
  await page.fill('input[name=ref]', seizure);
  await page.selectOption('select[name=kind]', 'seizure');
  await page.click('text=Link >> nth=-1');
  await page.locator(`a[href="/seizures/${encodeURIComponent(seizure)}"]`).waitFor();
  await page.fill('[data-testid=case-note-form] textarea[name=note]', 'Same consignee as in March');
  await page.click('[data-testid=case-note-form] button[type=submit]');
  await page.locator('blockquote.note').waitFor();
  await page.fill('input[name=task]', 'Ask the liaison officer');
  await page.click('text=Add the task');
  await page.locator('ul.tasks li').waitFor();
  await page.click('ul.tasks button');
  await page.locator('ul.tasks .done').waitFor();
  await page.selectOption('select[name=status]', 'investigating');
  await page.click('text=Change the status');
  await page.locator('h1 .badge.status-investigating').waitFor();
  // Newest first: status, task status, task, note, link, opening.
  const lines = (await timeline.innerText()).split('\n').filter(Boolean);
  assert.equal(lines.length, 6);
  assert.match(lines[0], /changed the status.*open → investigating/);
  assert.match(lines[5], /opened the case/);
  await page.click('header nav a[href="/cases"]');
  await page.locator('[data-testid=case-row]', { hasText: 'Pangolin scales through the port' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Logs in over the API (no browser) and returns a caller for JSON requests.
async function apiAs(username) {
  const r = await fetch(server.url + '/api/v1/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: server.users[username] }),
  });
  assert.equal(r.status, 200);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrf_token: csrf } = await r.json();
  return async (method, path, body, type = 'application/json') => {
    const res = await fetch(server.url + path, {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, ...(body ? { 'Content-Type': type } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
}

test('a permit finding reads in French on the declaration\'s page; English stays the server\'s text', async (t) => {
  if (needs('/api/v1/permits', 'post')(t) || needs('/api/v1/declarations', 'post')(t)) return;
  const call = await apiAs('supervisor');
  const csv =
    'type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_to,hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n' +
    'CITES_PERMIT,WB-I18N-OLD,import,ZA,FR998,Zoo de Nantes,ZA,2019-01-01,2020-12-31,0106,Python regius,,,live pythons,50,pcs,\n';
  const imported = await call('POST', '/api/v1/permits', csv, 'text/csv');
  assert.equal(imported.status, 200, JSON.stringify(imported.json));
  const lodged = await call('POST', '/api/v1/declarations', {
    declaration_id: 'WB-I18N-1', date: '2026-03-02', flow: 'import', office: 'WBTEST01',
    importer_id: 'FR998', importer_name: 'Zoo de Nantes', importer_country: 'FR', departure_country: 'ZA', destination_country: 'FR',
    items: [{ item_no: 1, hs_code: '010620', description: 'live pythons', origin_country: 'ZA', net_mass_kg: 10, quantity: 5,
      quantity_unit: 'u', value: 1000, currency: 'EUR', documents: [{ type: 'CITES_PERMIT', reference: 'WB-I18N-OLD' }] }],
  });
  assert.equal(lodged.status, 200, JSON.stringify(lodged.json));
  const shown = await call('GET', '/api/v1/declarations/WB-I18N-1');
  const expired = shown.json.assessment.findings.find((f) => f.id === 'PERMIT_EXPIRED');
  assert.ok(expired, 'the server finds the expired permit');

  const page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  await page.goto('/declarations/WB-I18N-1');
  const finding = page.locator('[data-testid=finding][data-source=permit]').filter({ hasText: 'CITES_PERMIT:WB-I18N-OLD' }).first();
  await finding.waitFor();
  assert.equal(await finding.locator('[data-testid=finding-reason]').innerText(), expired.reason);
  await page.selectOption('[data-testid=lang-switch]', 'fr');
  const fr = await finding.locator('[data-testid=finding-reason]').innerText();
  assert.match(fr, /^CITES_PERMIT:WB-I18N-OLD a expiré le 31 déc\. 2020 ; la déclaration a été déposée le 2 mars 2026\./);
  assert.match(await finding.locator('.instructions').innerText(), /Refusez le permis comme couverture/);
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  assert.match(await finding.locator('[data-testid=finding-reason]').innerText(), /انتهت صلاحية CITES_PERMIT:WB-I18N-OLD/);
  await page.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await finding.locator('[data-testid=finding-reason]').innerText(), expired.reason);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a partner administration\'s alert reads in French and Arabic; its own words stay as written', async (t) => {
  if (needs('/api/v1/declarations', 'post')(t)) return;
  // KH, a partner with a store of its own, issues an alert in an operation the served administration takes part in.
  const dir = mkdtempSync(join(tmpdir(), 'custos-partner-'));
  const kh = join(dir, 'kh.db');
  const run = (db, args) => {
    const r = spawnSync(CUSTOS, ['--db', db, ...args], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, `custos ${args.join(' ')}:\n${r.stdout}${r.stderr}`);
    return r.stdout;
  };
  const own = JSON.parse(server.cli(['administrations', 'list', '--json'])).administrations.find((a) => a.own)?.code ?? 'XX';
  const operation = ['operations', 'add', 'WB-SEAGULL', '--from', '2020-01-01', '--to', '2099-12-31', '--domains', 'waste',
    '--participants', `KH,${own}`, '--coordinator', 'KH'];
  run(kh, ['init', '--administration', 'KH', '--name', 'Administration KH']);
  run(kh, ['keys', 'generate']);
  run(kh, ['keys', 'export', '--out', join(dir, 'kh-keys.json')]);
  run(kh, operation);
  const words = 'e-waste declared as used machinery; the shipper was seized at Sihanoukville';
  writeFileSync(join(dir, 'alert.json'), JSON.stringify({ kind: 'alert', level: 'operation', operation: 'WB-SEAGULL', tlp: 'GREEN',
    data: { reason: words, expires: '2099-11-15', domain: 'waste', container: 'MSCU 123456-6' } }));
  run(kh, ['exchange', 'issue', join(dir, 'alert.json')]);
  run(kh, ['exchange', 'export', '--operation', 'WB-SEAGULL', '--level', 'operation', '--out', join(dir, 'bundle.json')]);
  server.cli(operation);
  server.cli(['keys', 'trust', 'KH', join(dir, 'kh-keys.json')]);
  server.cli(['exchange', 'import', join(dir, 'bundle.json')]);

  const call = await apiAs('supervisor');
  const today = new Date().toISOString().slice(0, 10);
  const lodged = await call('POST', '/api/v1/declarations', {
    declaration_id: 'WB-I18N-PARTNER', date: today, flow: 'import', office: 'WBTEST01',
    importer_id: 'TH0105551234567', importer_name: 'Siam Machinery Trading', importer_country: 'TH',
    departure_country: 'KH', destination_country: 'TH', containers: ['MSCU1234566'],
    items: [{ item_no: 1, hs_code: '847130', description: 'used machinery', origin_country: 'KH', net_mass_kg: 9000, value: 42000, currency: 'USD' }],
  });
  assert.equal(lodged.status, 200, JSON.stringify(lodged.json));
  assert.equal(lodged.json.stored, 1, JSON.stringify(lodged.json));
  const shown = await call('GET', '/api/v1/declarations/WB-I18N-PARTNER');
  const alert = shown.json.assessment.findings.find((f) => f.source === 'partner');
  assert.ok(alert, 'the partner\'s alert raises a finding: ' + JSON.stringify(shown.json.assessment.findings));

  const page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  await page.goto('/declarations/WB-I18N-PARTNER');
  const finding = page.locator('[data-testid=finding][data-source=partner]').first();
  await finding.waitFor();
  const reason = finding.locator('[data-testid=finding-reason]');
  assert.equal(await reason.innerText(), alert.reason);
  await page.selectOption('[data-testid=lang-switch]', 'fr');
  assert.match(await reason.innerText(), /^Alerte de l’administration partenaire KH \(opération WB-SEAGULL\) : e-waste declared as used machinery; the shipper was seized at Sihanoukville \(valable jusqu’au 15 nov\. 2099\)$/);
  assert.match(await finding.locator('.instructions').innerText(), /Examinez comme le demande l’alerte du partenaire.*custos exchange feedback [0-9a-f-]{36} --result/);
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  const ar = await reason.innerText();
  assert.match(ar, /^تنبيه من الإدارة الشريكة KH \(العملية WB-SEAGULL\)/);
  assert.ok(ar.includes(words), ar);
  await page.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await reason.innerText(), alert.reason);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a profile\'s own French reason and instructions are shown to a French reader', async (t) => {
  if (needs('/api/v1/profiles/{pack}', 'put')(t) || needs('/api/v1/declarations', 'post')(t)) return;
  const analyst = await apiAs('analyst');
  const toml = `[[profile]]
id = "WB-I18N-001"
title = "Carved ivory declared as bone"
domain = "wildlife"
legal_basis = "CITES Appendix I"
weight = 40
min_lane = "orange"
reason = "Carved figurines declared as bone (zqxivory) may be elephant ivory."
reason_fr = "Des figurines sculptées déclarées en os (zqxivory) peuvent être de l’ivoire d’éléphant."
instructions = "Examine the figurines under UV light."
instructions_fr = "Examinez les figurines sous lumière UV."

[profile.when]
description = ["zqxivory"]

[[profile.example]]
expect = "hit"
items = [ { hs = "960190", description = "zqxivory figurines", net_mass_kg = 2, value = 100 } ]

[[profile.example]]
expect = "miss"
items = [ { hs = "960190", description = "bone buttons", net_mass_kg = 2, value = 100 } ]
`;
  const put = await analyst('PUT', '/api/v1/profiles/wb-i18n', toml, 'application/toml');
  assert.ok(put.status === 200 || put.status === 201, JSON.stringify(put.json));
  const supervisor = await apiAs('supervisor');
  const lodged = await supervisor('POST', '/api/v1/declarations', {
    declaration_id: 'WB-I18N-2', date: '2026-03-02', flow: 'import', office: 'WBTEST01',
    importer_id: 'FR997', importer_name: 'Galerie Est', importer_country: 'FR', departure_country: 'NG', destination_country: 'FR',
    items: [{ item_no: 1, hs_code: '960190', description: 'zqxivory figurines', origin_country: 'NG', net_mass_kg: 2, value: 100, currency: 'EUR' }],
  });
  assert.equal(lodged.status, 200, JSON.stringify(lodged.json));
  const shown = await supervisor('GET', '/api/v1/declarations/WB-I18N-2');
  const hit = shown.json.assessment.findings.find((f) => f.id === 'WB-I18N-001');
  assert.ok(hit, 'the new profile fires');
  assert.equal(hit.evidence.translations.fr.reason, 'Des figurines sculptées déclarées en os (zqxivory) peuvent être de l’ivoire d’éléphant.');

  const page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  await page.goto('/declarations/WB-I18N-2');
  const finding = page.locator('[data-testid=finding][data-source=profile]').filter({ hasText: 'WB-I18N-001' }).first();
  await finding.waitFor();
  assert.equal(await finding.locator('[data-testid=finding-reason]').innerText(), hit.reason);
  await page.selectOption('[data-testid=lang-switch]', 'fr');
  assert.equal(await finding.locator('[data-testid=finding-reason]').innerText(), hit.evidence.translations.fr.reason);
  assert.match(await finding.locator('.instructions').innerText(), /Examinez les figurines sous lumière UV\./);
  // No Arabic given: the analyst's English.
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  assert.equal(await finding.locator('[data-testid=finding-reason]').innerText(), hit.reason);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a refused permit row reads in French on the permits page; English stays the server\'s reason', async (t) => {
  if (needs('/api/v1/permits', 'post')(t)) return;
  const csv =
    'type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_to,hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n' +
    'CITES_PERMIT,WB-I18N-OK,import,ZA,FR997,Zoo de Brest,ZA,2024-01-01,2099-06-30,0106,Python regius,,,live pythons,50,pcs,\n' +
    'CITES_PERMIT,WB-I18N-BAD,sideways,ZA,FR997,Zoo de Brest,ZA,2024-01-01,2099-06-30,0106,Python regius,,,live pythons,50,pcs,\n';
  const page = await newPage(browser, server);
  await login(page, server, 'supervisor');
  await page.goto('/permits');
  await page.selectOption('[data-testid=lang-switch]', 'fr');
  await page.locator('input[name=permits-csv]').setInputFiles({ name: 'permits.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const reason = page.locator('[data-testid=permits-reject-reason]').first();
  await reason.waitFor();
  assert.equal(await reason.innerText(), '« sideways » n’est ni import, ni export, ni re-export, ni transit');
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  assert.equal(await reason.innerText(), '«sideways» ليس import أو export أو re-export أو transit');
  await page.selectOption('[data-testid=lang-switch]', 'en');
  assert.equal(await reason.innerText(), "'sideways' is not import, export, re-export or transit");
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
