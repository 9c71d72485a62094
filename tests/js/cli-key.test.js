// The `cachet key version` and `cachet key hash-files` commands, run as child processes the
// way a workflow runs them: real output, --json, --explain, --help, and failures (one error
// line, exit status 1).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerHashFiles } from '../support/runner-hash-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const main = path.join(root, 'js/src/cli/main.js');

/** @returns {Promise<{ status: number, stdout: string, stderr: string }>} */
function cachet(args, { env = {}, cwd = root } = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv.CACHET_DEBUG;
  if (!('GITHUB_WORKSPACE' in env)) delete childEnv.GITHUB_WORKSPACE;
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...args], { env: childEnv, cwd }, (error, stdout, stderr) => {
      resolve({ status: error ? /** @type {any} */ (error).code ?? 1 : 0, stdout, stderr });
    });
  });
}

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-cli-key-')));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const ws = path.join(tmp, 'ws');
fs.mkdirSync(path.join(ws, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(ws, 'a/b/x.txt'), 'x');
fs.writeFileSync(path.join(ws, 'a-c.txt'), 'a-c');
fs.writeFileSync(path.join(ws, 'package-lock.json'), '{}');
fs.mkdirSync(path.join(ws, 'real'));
fs.writeFileSync(path.join(ws, 'real/r.txt'), 'r');
fs.symlinkSync('real', path.join(ws, 'linked'));

test('key version prints the version @actions/cache computes', async () => {
  // protocol-v2.md §3.3: node_modules|zstd-without-long|1.0 (the default method).
  const r = await cachet(['key', 'version', '--path', 'node_modules', '--platform', 'linux']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '7fcda33c1e1d849a13bcc06f49b9ab64efc01ca9dabe4d7a8d0d387feef4fc88\n');
  assert.equal(r.stderr, '');
  const win = await cachet(['key', 'version', '--path', 'node_modules', '--compression', 'none', '--platform', 'win32']);
  assert.equal(win.stdout, '2db19d6596dc34f51f0043120148827a264863f5c6ac857569c2af7119bad14e\n');
  const cross = await cachet(['key', 'version', '--path', 'node_modules', '--compression', 'none', '--platform', 'win32', '--cross-os']);
  assert.equal(cross.stdout, 'b3e0c6cb5ecf32614eeb2997d905b9c297046d7cbf69062698f25b14b4cb0985\n');
  const two = await cachet(['key', 'version', '--path', 'path/to/dependencies', '--path', 'some/other/dependencies', '--platform', 'linux']);
  assert.equal(two.stdout, 'ee4634cc8a72d2f09c387494fc1b3cfcdebbac197a3ee9f1fdc336c35b7a3644\n');
});

test('key version --json shows the components', async () => {
  const r = await cachet(['key', 'version', '--path', '~/.npm', '--json', '--platform', 'linux']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    version: 'c242501c19ada3dcced7a83b074ccb8e79f816602d4125493924624b38591de2',
    components: ['~/.npm', 'zstd-without-long', '1.0'],
  });
});

test('key version: --help, and usage errors exit 1 with one line', async () => {
  const help = await cachet(['key', 'version', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: cachet key version /);
  assert.match(help.stdout, /--compression METHOD/);
  for (const args of [['key', 'version'], ['key', 'version', '--path', 'x', '--compression', 'lz4'], ['key', 'version', '--path', 'x', '--platform', 'aix']]) {
    const r = await cachet(args);
    assert.equal(r.status, 1, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^cachet key version: /);
  }
});

test('key hash-files prints the runner hash', async () => {
  const expected = await runnerHashFiles(['**/*.txt'], { workspace: ws });
  const r = await cachet(['key', 'hash-files', '--workspace', ws, '**/*.txt']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, expected.hash + '\n');
  assert.equal(r.stderr, '');
  // Several patterns are several arguments, in order; GITHUB_WORKSPACE is the default workspace.
  const two = await runnerHashFiles(['a-c.txt', 'a'], { workspace: ws });
  const r2 = await cachet(['key', 'hash-files', 'a-c.txt', 'a'], { env: { GITHUB_WORKSPACE: ws } });
  assert.equal(r2.stdout, two.hash + '\n');
  // The current folder otherwise.
  const r3 = await cachet(['key', 'hash-files', 'a-c.txt', 'a'], { cwd: ws });
  assert.equal(r3.stdout, two.hash + '\n');
  // Nothing matched: the empty string, as the runner.
  const none = await cachet(['key', 'hash-files', '--workspace', ws, 'nothing/**']);
  assert.equal(none.status, 0);
  assert.equal(none.stdout, '\n');
});

test('key hash-files --explain and --json list the files in order', async () => {
  const expected = await runnerHashFiles(['**'], { workspace: ws });
  const rel = expected.files.map((f) => f.path.slice(ws.length + 1));
  const r = await cachet(['key', 'hash-files', '--workspace', ws, '--explain', '**']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines[0], expected.hash);
  assert.deepEqual(lines.slice(1, -1), expected.files.map((f, i) => `${f.sha256}  ${rel[i]}`));
  assert.equal(lines.at(-1), `${expected.files.length} file(s)`);
  const json = await cachet(['key', 'hash-files', '--workspace', ws, '--json', '--explain', '**']);
  assert.deepEqual(JSON.parse(json.stdout), { hash: expected.hash, files: expected.files.map((f, i) => ({ path: rel[i], sha256: f.sha256 })) });
  const bare = await cachet(['key', 'hash-files', '--workspace', ws, '--json', '**']);
  assert.deepEqual(JSON.parse(bare.stdout), { hash: expected.hash });
});

test('key hash-files --follow-symbolic-links descends linked folders', async () => {
  const off = await cachet(['key', 'hash-files', '--workspace', ws, '--explain', 'linked/**']);
  const on = await cachet(['key', 'hash-files', '--workspace', ws, '--explain', '--follow-symbolic-links', 'linked/**']);
  assert.equal(off.stdout.trimEnd().split('\n').at(-1), '0 file(s)');
  assert.match(on.stdout, /  linked\/r\.txt\n/);
  assert.equal(on.stdout.split('\n')[0], (await runnerHashFiles(['linked/**'], { workspace: ws, followSymbolicLinks: true })).hash);
});

test('key hash-files --help', async () => {
  const r = await cachet(['key', 'hash-files', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: cachet key hash-files /);
  assert.match(r.stdout, /--follow-symbolic-links/);
});

test('key hash-files failures: one line naming the path or pattern, exit 1', async () => {
  const broken = path.join(tmp, 'broken-ws');
  fs.mkdirSync(path.join(broken, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(broken, 'ok.txt'), 'ok');
  fs.symlinkSync('missing', path.join(broken, 'sub/dangling'));
  const r = await cachet(['key', 'hash-files', '--workspace', broken, '**']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^cachet key hash-files: 'sub\/dangling' is a broken symbolic link/);
  // Excluding it, or following links (broken links are then omitted), succeeds.
  assert.equal((await cachet(['key', 'hash-files', '--workspace', broken, '**', '!sub/dangling'])).status, 0);
  assert.equal((await cachet(['key', 'hash-files', '--workspace', broken, '--follow-symbolic-links', '**'])).status, 0);

  for (const pattern of ['../outside/**', 'a/./b', '!']) {
    const bad = await cachet(['key', 'hash-files', '--workspace', ws, pattern]);
    assert.equal(bad.status, 1, pattern);
    assert.equal(bad.stderr.trimEnd().split('\n').length, 1, bad.stderr);
    assert.match(bad.stderr, /^cachet key hash-files: /);
  }
  const rel = await cachet(['key', 'hash-files', '--workspace', ws, '../outside/**']);
  assert.match(rel.stderr, /'\.\.\/outside\/\*\*'/);
  const missing = await cachet(['key', 'hash-files', '--workspace', path.join(tmp, 'nope'), '**']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope/);
  const usage = await cachet(['key', 'hash-files', '--workspace', ws]);
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /give at least one PATTERN/);
});
