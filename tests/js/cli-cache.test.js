// `cachet save` / `cachet restore` as a user runs them: the committed dist/cli.js in a child
// process, with the local store (no ACTIONS_* variables) and with the cache service (the real
// test service), checking output, --json, exit statuses and what lands on disk.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTestService } from '../support/index.js';
import { makeTempRoot, writeTree } from '../support/workspace.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repo, 'dist/cli.js');
const root = makeTempRoot('cachet-cli-test-');
const handle = await useTestService();
after(() => root.remove());

/**
 * Runs the CLI with only the given environment (plus PATH and HOME). Asynchronous: the test
 * service runs in this process and must keep answering while the CLI talks to it.
 */
function run(args, { cwd, env = {} }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: root.path('home'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function workspace() {
  const ws = root.fresh('ws');
  writeTree(ws, { 'deps/a.txt': 'alpha\n', 'deps/sub/b.txt': 'bravo\n' });
  return ws;
}

describe('the local store (no cache service configured)', () => {
  const store = root.fresh('store');

  test('save, already saved, restore by restore key, lookup-only, miss, fail-on-cache-miss', async () => {
    const ws = workspace();
    let r = await run(['save', '--key', 'deps-v1-aaa', '--path', 'deps', '--store', store], { cwd: ws });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^saved key 'deps-v1-aaa' \(.+\) to the local store .+ in [\d.]+ s\n$/);

    r = await run(['save', '--key', 'deps-v1-aaa', '--path', 'deps', '--store', store, '--json'], { cwd: ws });
    assert.equal(r.status, 0);
    const dup = JSON.parse(r.stdout);
    assert.equal(dup.outcome, 'alreadyExists');
    assert.equal(dup.key, 'deps-v1-aaa');
    assert.equal(dup.version.length, 64);

    const ws2 = root.fresh('ws2');
    r = await run(['restore', '--key', 'deps-v1-bbb', '--restore-key', 'deps-v1-', '--path', 'deps', '--store', store, '--json'], { cwd: ws2 });
    assert.equal(r.status, 0, r.stderr);
    const hit = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(hit).slice(0, 5), ['outcome', 'key', 'matchedKey', 'version', 'size']);
    assert.equal(hit.outcome, 'hit');
    assert.equal(hit.matchedKey, 'deps-v1-aaa');
    assert.equal(fs.readFileSync(path.join(ws2, 'deps/sub/b.txt'), 'utf8'), 'bravo\n');

    const ws3 = root.fresh('ws3');
    r = await run(['restore', '--key', 'deps-v1-aaa', '--path', 'deps', '--store', store, '--lookup-only'], { cwd: ws3 });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /found key 'deps-v1-aaa' .*lookup only/);
    assert.deepEqual(fs.readdirSync(ws3), []);

    r = await run(['restore', '--key', 'other', '--path', 'deps', '--store', store], { cwd: ws3 });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^cache miss: no entry for key 'other' with version [0-9a-f]{64} \(hashed from: deps \| zstd-without-long \| 1\.0\)/);

    r = await run(['restore', '--key', 'other', '--path', 'deps', '--store', store, '--fail-on-cache-miss'], { cwd: ws3 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /fail-on-cache-miss/);
  });

  test('the default store is ~/.cache/cachet (XDG_CACHE_HOME when set); GITHUB_WORKSPACE is the workspace', async () => {
    const ws = workspace();
    const xdg = root.fresh('xdg');
    let r = await run(['save', '--key', 'k1', '--path', 'deps'], { cwd: root.fresh('elsewhere'), env: { GITHUB_WORKSPACE: ws, XDG_CACHE_HOME: xdg } });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(xdg, 'cachet/v1')));
    r = await run(['save', '--key', 'k1', '--path', 'deps', '--quiet'], { cwd: ws });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(root.path('home'), '.cache/cachet/v1')));
    assert.equal(r.stderr, '');
  });

  test('bad input: one clear line, exit status 1', async () => {
    const ws = workspace();
    const cases = [
      [['save', '--path', 'deps'], /--key is required/],
      [['save', '--key', 'a,b', '--path', 'deps'], /key contains a comma at character 1/],
      [['save', '--key', 'x'.repeat(513), '--path', 'deps'], /key is 513 characters long; keys can be at most 512/],
      [['restore', '--key', 'k', '--path', 'deps', ...Array.from({ length: 10 }, (_, i) => ['--restore-key', `r${i}`]).flat()], /11 keys given/],
      [['save', '--key', 'k', '--path', 'deps', '--compression', 'lz4'], /unknown compression method 'lz4'/],
      [['save', '--key', 'k', '--path', 'deps', '--bogus'], /unknown option '--bogus'/],
      [['save', '--key', 'k', '--path', 'missing-dir', '--store', root.fresh('s')], /none of the paths exist \(missing-dir\)/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    for (const [args, pattern] of cases) {
      const r = await run(args, { cwd: ws });
      assert.equal(r.status, 1, `${args.join(' ')} → ${r.status}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });

  test('--help everywhere', async () => {
    for (const args of [['--help'], ['save', '--help'], ['restore', '--help'], ['key', '--help'], ['key', 'version', '--help']]) {
      const r = await run(args, { cwd: root.path() });
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, /Usage: cachet|cachet key/);
    }
  });
});

describe('the cache service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN set)', () => {
  test('save then restore go through the service, with --json', async () => {
    const ws = workspace();
    let r = await run(['save', '--key', 'svc-cli-1', '--path', 'deps', '--json'], { cwd: ws, env: handle.env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).outcome, 'saved');
    assert.equal(JSON.parse(r.stdout).backend, 'service');
    assert.ok(handle.service.entries().some((e) => e.key === 'svc-cli-1' && e.state === 'finalized'));
    const ws2 = root.fresh('svc-ws2');
    r = await run(['restore', '--key', 'svc-cli-1', '--path', 'deps'], { cwd: ws2, env: handle.env });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^restored key 'svc-cli-1' .* from the cache service/);
    assert.equal(fs.readFileSync(path.join(ws2, 'deps/a.txt'), 'utf8'), 'alpha\n');
  });

  test('a read-only token: exit status 1 with the service\'s reason and what it means', async () => {
    const ws = workspace();
    const env = handle.service.envFor(handle.service.addToken('read-only'));
    const r = await run(['save', '--key', 'svc-cli-ro', '--path', 'deps'], { cwd: ws, env });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /write denied by the cache service: cache write denied: token has no writable scopes/);
    assert.doesNotMatch(r.stdout + r.stderr, new RegExp(env.ACTIONS_RUNTIME_TOKEN.slice(0, 20)));
  });
});
