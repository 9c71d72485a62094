// The browser build (dist/browser.js) in Debian's headless Chromium, driven by playwright-core:
// it loads the wasm synchronously from an ES module (no fetch of a .wasm file, no top-level
// await) and computes the same cache versions and key errors as Node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cacheVersion } from '../../js/src/key.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = '/usr/bin/chromium';
let server;
let browser;
let base;

before(async () => {
  // Serves only dist/ and a test page, on 127.0.0.1.
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><meta charset="utf-8"><title>cachet</title><body>cachet browser test</body>');
      return;
    }
    const file = path.join(repo, 'dist', path.normalize(url.pathname).replace(/^\/+/, ''));
    if (!file.startsWith(path.join(repo, 'dist') + path.sep) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('dist/browser.js loads in Chromium and computes the versions Node computes', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base + '/');
  const inputs = [
    { paths: ['node_modules'], compressionMethod: 'zstd-without-long', platform: 'linux' },
    { paths: ['~/.npm', 'ü b'], compressionMethod: 'gzip', platform: 'win32' },
    { paths: ['a'], platform: 'win32', enableCrossOsArchive: true },
  ];
  const result = await page.evaluate(async ({ url, inputs }) => {
    const m = await import(url);
    let keyError = null;
    try {
      m.checkKeys('a,b');
    } catch (e) {
      keyError = { name: e.name, code: e.code, message: e.message, isError: e instanceof Error };
    }
    return { versions: inputs.map((i) => m.cacheVersion(i)), keyError };
  }, { url: base + '/browser.js', inputs });
  assert.deepEqual(errors, []);
  assert.deepEqual(result.versions, inputs.map((i) => cacheVersion(i)));
  assert.equal(result.versions[0], '7fcda33c1e1d849a13bcc06f49b9ab64efc01ca9dabe4d7a8d0d387feef4fc88');
  assert.deepEqual(result.keyError, {
    name: 'CachetError',
    code: 'key_comma',
    message: 'key contains a comma at character 1; keys cannot contain commas: use another separator',
    isError: true,
  });
  await page.close();
});
