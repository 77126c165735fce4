// make screenshots: docs/screenshots/*.png from the real workbench (a small
// demo day served by custos demo --serve), at a 10-inch tablet's 1280x800.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

  // Records: a seizure recorded on a tablet, the list, its page; permits; reports.
  if (server.has('/api/v1/seizures', 'post')) {
    page = await newPage(browser, server);
    await login(page, server, 'officer');
    await page.goto('/seizures/new');
    const form = page.locator('[data-testid=seizure-form]');
    await form.locator('select[name=domain]').selectOption('wildlife');
    await form.locator('input[name=commodity]').fill('pangolin scales');
    await form.locator('input[name=amount]').first().fill('412.5');
    await form.locator('[data-testid=add-quantity]').click();
    await form.locator('input[name=amount]').nth(1).fill('18');
    await form.locator('input[name=estimate]').nth(1).check();
    await form.locator('input[name=country]').fill('FR');
    await form.locator('select[name=detection]').selectOption('scanner');
    await form.locator('input[name=place]').fill('Le Havre, quay 4');
    await form.locator('input[name=route_country]').nth(0).fill('NG');
    await form.locator('input[name=route_country]').nth(1).fill('FR');
    await page.evaluate(() => document.activeElement?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'seizure-form');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('[data-testid=seizure-recorded]');
    await page.fill('[data-testid=custody-form] input[name=action]', 'sealed');
    await page.fill('[data-testid=custody-form] input[name=place]', 'Le Havre customs store');
    await page.fill('[data-testid=custody-form] input[name=note]', 'seal 0042');
    await page.click('[data-testid=custody-form] button[type=submit]');
    await page.waitForSelector('[data-testid=custody-table]');
    await shot(page, 'seizure');
    await page.goto('/seizures');
    await page.waitForSelector('[data-testid=seizure-row]');
    await shot(page, 'seizures');
    await page.context().close();
    // The form on a 10-inch tablet held upright, in Arabic.
    page = await newPage(browser, server, { viewport: { width: 800, height: 1280 } });
    await login(page, server, 'officer');
    await page.selectOption('[data-testid=lang-switch]', 'ar');
    await page.goto('/seizures/new');
    await page.waitForSelector('[data-testid=seizure-form]');
    await shot(page, 'seizure-form-arabic-portrait');
    await page.selectOption('[data-testid=lang-switch]', 'en');
    await page.context().close();
  }
  if (server.has('/api/v1/permits', 'post')) {
    const ndjson = join(mkdtempSync(join(tmpdir(), 'custos-permit-')), 'declaration.ndjson');
    writeFileSync(ndjson, JSON.stringify({
      declaration_id: 'D-ZA-0311', date: '2026-03-02', flow: 'import', office: 'FRLEH01',
      importer_id: 'FR999', importer_name: 'Zoo de Lyon', importer_country: 'FR', departure_country: 'ZA', destination_country: 'FR',
      items: [{ item_no: 1, hs_code: '010620', description: 'live pythons', origin_country: 'ZA', net_mass_kg: 40, quantity: 20,
        quantity_unit: 'u', value: 5000, currency: 'EUR', documents: [{ type: 'CITES_PERMIT', reference: 'ZA-0173' }] }],
    }) + '\n');
    server.cli(['ingest', ndjson]);
    page = await newPage(browser, server);
    await login(page, server, 'supervisor');
    await page.goto('/permits');
    const csv =
      'type,reference,direction,issuing_country,holder_id,holder_name,counterpart_country,valid_from,valid_to,hs_code,taxon,cas_number,waste_code,description,quantity,unit,shipments\n' +
      'CITES_PERMIT,ZA-0173,import,ZA,FR999,Zoo de Lyon,ZA,2024-01-01,2099-06-30,0106,Python regius,,,live pythons,50,pcs,\n' +
      'ODS_LICENCE,FR-ODS-7,import,FR,FR555,Froid SA,,2024-01-01,2099-12-31,2903,,811-97-2,,HFC-134a,1000,kg,\n' +
      'BASEL_CONSENT,FR-2024-011,export,FR,FR123,Acme Recycling,MY,2024-01-01,2024-12-31,3915,,,B3011,plastic scrap,100,t,3\n';
    await page.locator('input[name=permits-csv]').setInputFiles({ name: 'permits.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('[data-testid=permits-import-result]');
    await shot(page, 'permits');
    await page.click('a[href="/permits/CITES_PERMIT%3AZA-0173"]');
    await page.waitForSelector('[data-testid=permit-balance]');
    await shot(page, 'permit');
    await page.goto('/reports');
    await page.fill('[data-testid=operation-form] input[name=from]', '2000-01-01');
    await page.click('[data-testid=operation-form] button[type=submit]');
    await page.waitForSelector('[data-testid=report-by_domain]');
    await shot(page, 'report-operation');
    await page.goto('/cases');
    await page.fill('[data-testid=case-open-form] input[name=title]', 'Pangolin scales through Le Havre');
    await page.click('[data-testid=case-open-form] button[type=submit]');
    await page.waitForSelector('[data-testid=case-timeline]');
    await page.fill('textarea[name=note]', 'Same consignee as the March seizure; ask the liaison officer.');
    await page.click('[data-testid=case-note-form] button[type=submit]');
    await page.waitForSelector('blockquote.note');
    await shot(page, 'case');
    await page.context().close();
  }
  if (server.has('/api/v1/exercise/start', 'post')) {
    server.cli(['exercise', 'create', 'drill', '--scenario', 'precursors', '--declarations', '120', '--seed', '7']);
    server.users.ines = 'a long instructor password';
    server.cli(['exercise', 'instructor', 'drill', 'ines', '--password-stdin'], server.users.ines + '\n');
    page = await newPage(browser, server);
    await login(page, server, 'ines');
    await page.click('[data-testid=exercise-start]');
    await page.waitForFunction(() => document.querySelector('[data-testid=exercise-state]')?.textContent === 'running');
    await shot(page, 'exercise-instructor');
    await page.context().close();
    // A trainee samples goods and reads the spectrum over a reference.
    server.users.tess = 'a long trainee password';
    server.cli(['exercise', 'trainee', 'drill', 'tess', '--password-stdin'], server.users.tess + '\n');
    page = await newPage(browser, server);
    await login(page, server, 'tess');
    await page.waitForSelector('[data-testid=exercise-row]');
    const list = await (await page.request.get('/api/v1/exercise/declarations?limit=1000')).json();
    for (const r of list.declarations) {
      const id = r.declaration.declaration_id;
      const one = await (await page.request.get('/api/v1/exercise/declarations/' + encodeURIComponent(id))).json();
      if (!one.samplable_items.length) continue;
      await page.goto('/exercise/declarations/' + encodeURIComponent(id));
      await page.click('[data-testid=exercise-inspect]');
      await page.locator('[data-testid=exercise-sample]').first().click();
      await page.locator('.plot canvas').first().waitFor();
      await page.locator('select').filter({ hasText: 'ammonium nitrate' }).first().selectOption('ammonium nitrate');
      await page.locator('.plot').first().scrollIntoViewIfNeeded();
      await shot(page, 'exercise-trainee');
      break;
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.stop();
}
