// The targets page's time to its first row with N targets (default 1,000),
// in Debian's chromium over loopback: the built bundle (web/dist) served with
// a stand-in for the three API routes the page calls (login, me, targets),
// so the figure is the front end's own cost (download, parse, fetch, render
// of a virtualised list), repeatable without a store. Prints the runs and the
// median, and how many rows the page holds. Usage:
//   node web/bench/targets-page.mjs [N]
import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';

const N = Number(process.argv[2] ?? 1000);
const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) throw new Error('build the bundle first: make web');
const lanes = ['red', 'orange', 'yellow', 'blue'];
const targets = JSON.stringify({
  date: '2026-03-02',
  targets: Array.from({ length: N }, (_, i) => ({
    declaration_id: 'D' + String(i).padStart(7, '0'), office: 'NLSEA01', lane: lanes[i % 4], score: 100 - (i * 90) / N,
    selected_by: 'profile',
    findings: [{ source: 'profile', id: 'P-' + (i % 200), domain: 'waste', weight: 60, reason: 'Plastic waste declared as raw material from a country that bans its import', instructions: 'Open the container and photograph the bales', evidence: { hs_code: '391590', lane: lanes[i % 4] } }],
  })),
});
const me = JSON.stringify({ username: 'officer', role: 'officer', administration: 'NL', office: 'NLSEA01', csrf_token: 'x' });
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/api/v1/login' || u.pathname === '/api/v1/me') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(me);
  }
  if (u.pathname === '/api/v1/targets') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(targets);
  }
  let f = join(dist, u.pathname);
  if (!existsSync(f) || statSync(f).isDirectory()) f = join(dist, 'index.html');
  res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' });
  res.end(readFileSync(f));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
const page = await (await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } })).newPage();
await page.goto('/login');
await page.fill('form#login input[name=username]', 'officer');
await page.fill('form#login input[name=password]', 'any');
await page.click('form#login button[type=submit]');
await page.waitForSelector('[data-testid=target-row]');
const runs = [];
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  await page.goto('/targets?date=2026-03-02');
  await page.waitForSelector('[data-testid=target-row]');
  runs.push(Math.round(performance.now() - t0));
}
const rows = await page.locator('[data-testid=target-row]').count();
await browser.close();
server.close();
const sorted = [...runs].sort((a, b) => a - b);
console.log(JSON.stringify({ targets: N, runs_ms: runs, median_ms: sorted[4], rows_in_page: rows }));
