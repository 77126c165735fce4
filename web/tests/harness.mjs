// The browser tests' fixture: a real `custos demo --serve` on a free
// loopback port (a small demo day, the demo users with their printed
// passwords) and Debian's chromium driven headless by playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url).pathname;
export const CUSTOS = process.env.CUSTOS_BIN ?? resolve(here, '../../build/src/cli/custos');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function startServer({ declarations = 1500 } = {}) {
  if (!existsSync(CUSTOS)) throw new Error(`no custos binary at ${CUSTOS} (build it, or set CUSTOS_BIN)`);
  const dir = mkdtempSync(join(tmpdir(), 'custos-web-'));
  const child = spawn(
    CUSTOS,
    ['--db', join(dir, 'custos.db'), 'demo', '--declarations', String(declarations), '--history-days', '1',
      '--work-dir', join(dir, 'demo'), '--top', '3', '--serve', '--listen', '127.0.0.1:0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const ready = await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error('custos demo --serve did not start in 300 s:\n' + out + err)), 300_000);
    child.stdout.on('data', (d) => {
      out += d;
      const url = out.match(/is at (http:\/\/[^\s/]+)\//);
      const users = {};
      for (const m of out.matchAll(/^\s+(\w+)\s+password (\S+)/gm)) users[m[1]] = m[2];
      if (url && Object.keys(users).length >= 5) {
        clearTimeout(timer);
        res({ url: url[1], users });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`custos demo exited with ${code}:\n${out}\n${err}`));
    });
  });
  const openapi = await (await fetch(ready.url + '/api/v1/openapi.json')).json();
  const db = join(dir, 'custos.db');
  return {
    ...ready,
    db,
    output: () => out + err,
    // Runs a custos command on the served store (SQLite in WAL mode takes a
    // second writer), e.g. to create an exercise; throws with its stderr.
    cli(args, input) {
      const r = spawnSync(CUSTOS, ['--db', db, ...args], { input, encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`custos ${args.join(' ')} exited with ${r.status}:\n${r.stdout}${r.stderr}`);
      return r.stdout;
    },
    // Whether the server has a route (some come with the API's own work).
    has: (path, method = 'get') => !!openapi.paths?.[path]?.[method],
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
  });
}

// A page that records every console error and uncaught exception.
export async function newPage(browser, server, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL: server.url, viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text() + ' @ ' + page.url());
  });
  page.on('pageerror', (e) => page.errors.push('uncaught: ' + e.message + ' @ ' + page.url()));
  return page;
}

export async function login(page, server, username) {
  await page.goto('/login');
  await page.fill('form#login input[name=username]', username);
  await page.fill('form#login input[name=password]', server.users[username]);
  await page.click('form#login button[type=submit]');
  await page.waitForSelector('header nav');
}
