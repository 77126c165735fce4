// The workbench in a real browser against a real server (make web-tests).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startServer, startBrowser, newPage, login } from './harness.mjs';

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
  const err = page.locator('[data-testid=profile-error]').first();
  await err.waitFor({ timeout: 5000 });
  assert.equal(await err.getAttribute('data-line'), String(broken));
  assert.match(await err.innerText(), new RegExp('Line ' + broken));
  await area.fill(text);
  await page.locator('#profile-errors .ok').waitFor({ timeout: 5000 });
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
    officer: ['/targets', '/screening', '/spectra'],
    supervisor: ['/targets', '/dashboard'],
    analyst: ['/targets', '/profiles', '/screening', '/spectra', '/dashboard'],
    admin: ['/users', '/audit'],
    auditor: ['/audit'],
  };
  const needsApi = { '/targets': '/api/v1/targets', '/dashboard': '/api/v1/targets', '/profiles': '/api/v1/profiles' };
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
