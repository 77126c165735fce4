// make screenshots: docs/screenshots/*.png from the real workbench (a small
// demo day served by custos demo --serve), at a 10-inch tablet's 1280x800.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, startBrowser, newPage, login } from './harness.mjs';

const out = resolve(new URL('.', import.meta.url).pathname, '../../docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const browser = await startBrowser();
const shot = async (page, name) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
};
try {
  let page = await newPage(browser, server);
  await page.goto('/login');
  await page.waitForSelector('form#login');
  await shot(page, 'login');
  await login(page, server, 'officer');
  if (server.has('/api/v1/targets')) {
    await page.waitForSelector('[data-testid=target-row]');
    await shot(page, 'targets');
    await page.locator('[data-testid=target-row]').first().click();
    await page.waitForSelector('[data-testid=finding]');
    await shot(page, 'declaration');
  }
  if (server.has('/api/v1/screen', 'post')) {
    await page.goto('/screening');
    await page.fill('input[name=name]', 'Islamic Revolutionary Guard Corps');
    await page.click('[data-testid=screen-form] button');
    await shot(page, 'screening');
  }
  await page.context().close();

  page = await newPage(browser, server);
  await login(page, server, 'analyst');
  if (server.has('/api/v1/profiles')) {
    await page.goto('/profiles');
    await page.waitForSelector('[data-testid=pack-link]');
    await shot(page, 'profiles');
    await page.locator('[data-testid=pack-link]').first().click();
    const area = page.locator('[data-testid=profile-editor] textarea');
    await area.waitFor();
    const lines = (await area.inputValue()).split('\n');
    lines.splice(2, 0, 'reason = "never closed');
    await area.fill(lines.join('\n'));
    await page.waitForSelector('[data-testid=profile-error]', { timeout: 5000 }).catch(() => {});
    await shot(page, 'profile-editor');
  }
  if (server.has('/api/v1/targets')) {
    await page.goto('/dashboard');
    await page.waitForSelector('main h1');
    await shot(page, 'dashboard');
    await page.selectOption('[data-testid=lang-switch]', 'ar');
    await page.goto('/targets');
    await page.waitForSelector('[data-testid=target-row]');
    await shot(page, 'targets-arabic');
    await page.selectOption('[data-testid=lang-switch]', 'en');
  }
  await page.goto('/spectra');
  await shot(page, 'spectra');
  await page.context().close();

  page = await newPage(browser, server);
  await login(page, server, 'admin');
  await page.goto('/users');
  await page.waitForSelector('main table');
  await shot(page, 'users');
  await page.goto('/audit');
  await page.waitForSelector('[data-testid=audit-table] tbody tr');
  await shot(page, 'audit');
  await page.selectOption('[data-testid=lang-switch]', 'ar');
  await shot(page, 'audit-arabic');
  await page.selectOption('[data-testid=lang-switch]', 'en');
  await page.context().close();
} finally {
  await browser.close();
  await server.stop();
}
