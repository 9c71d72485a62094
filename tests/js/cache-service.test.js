// cachet's saveCache/restoreCache against the real test service (Azurite behind a blob proxy and
// a Twirp cache service on 127.0.0.1): hits, restore keys, misses, 409, read-only tokens, cache
// modes, archives that need blocks, lookup-only, restore safety with archives planted in the
// store, and interop in both directions with the real @actions/cache 6.3.0.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { useTestService, applyEnv } from '../support/index.js';
import { hashTree, makeTempRoot, runStep, writeRandomFile, writeTree } from '../support/workspace.js';
import { restoreCache, saveCache } from '../../js/src/cache.js';

const handle = await useTestService();
const { service, proxy } = handle;
const root = makeTempRoot('cachet-service-test-');
after(() => root.remove());

let uniq = 0;
const uk = (name) => `${name}-${process.pid}-${++uniq}`;
const dir = (name) => root.fresh(name);
const env = () => ({ ...handle.env });

/** A workspace with a `deps` folder: text, an executable, a symlink, nested dirs, binary data. */
function makeWorkspace(extra = {}) {
  const ws = dir('ws');
  writeTree(ws, {
    'deps/a.txt': 'alpha\n',
    'deps/nested/b.txt': 'bravo\n',
    'deps/nested/deeper/c.bin': Buffer.alloc(300_000, 3),
    'deps/spaced name ü.txt': 'unicode and space\n',
    ...extra,
  });
  fs.writeFileSync(path.join(ws, 'deps/run.sh'), '#!/bin/sh\necho run\n', { mode: 0o755 });
  fs.symlinkSync('nested/b.txt', path.join(ws, 'deps/link-b'));
  return ws;
}

/** Files, modes and link targets below dir, for byte-exact comparisons. */
function snapshot(d) {
  const out = {};
  const walk = (p, rel) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const full = path.join(p, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      const st = fs.lstatSync(full);
      if (e.isSymbolicLink()) out[r] = `link:${fs.readlinkSync(full)}`;
      else if (e.isDirectory()) {
        out[r + '/'] = `dir:${(st.mode & 0o777).toString(8)}`;
        walk(full, r);
      } else out[r] = `file:${(st.mode & 0o777).toString(8)}:${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`;
    }
  };
  walk(d, '');
  return out;
}

describe('cachet against the cache service', () => {
  test('save then restore into a fresh workspace: bytes, modes and links', async () => {
    const ws = makeWorkspace();
    const key = uk('roundtrip');
    const saved = await saveCache(['deps'], key, { env: env(), workspace: ws });
    assert.equal(saved.outcome, 'saved', saved.message);
    assert.equal(saved.backend, 'service');
    assert.ok(saved.size > 0);
    const entry = service.entries().find((e) => e.key === key);
    assert.equal(entry.state, 'finalized');
    assert.equal(entry.sizeBytes, saved.size);
    assert.equal(entry.version, createHash('sha256').update('deps|zstd-without-long|1.0').digest('hex'));

    const ws2 = dir('ws2');
    const restored = await restoreCache(['deps'], key, [], { env: env(), workspace: ws2 });
    assert.equal(restored.outcome, 'hit', restored.message);
    assert.equal(restored.exact, true);
    assert.equal(restored.matchedKey, key);
    assert.equal(restored.size, saved.size);
    assert.deepEqual(snapshot(path.join(ws2, 'deps')), snapshot(path.join(ws, 'deps')));
  });

  test('restore keys: the newest entry with the prefix wins; exact is false', async () => {
    const prefix = uk('prefix') + '-';
    const older = makeWorkspace({ 'deps/which.txt': 'older\n' });
    const newer = makeWorkspace({ 'deps/which.txt': 'newer\n' });
    assert.equal((await saveCache(['deps'], prefix + 'aaa', { env: env(), workspace: older })).outcome, 'saved');
    assert.equal((await saveCache(['deps'], prefix + 'bbb', { env: env(), workspace: newer })).outcome, 'saved');
    const ws = dir('restore-key');
    const r = await restoreCache(['deps'], uk('missing-primary'), [prefix], { env: env(), workspace: ws });
    assert.equal(r.outcome, 'hit');
    assert.equal(r.matchedKey, prefix + 'bbb');
    assert.equal(r.exact, false);
    assert.equal(fs.readFileSync(path.join(ws, 'deps/which.txt'), 'utf8'), 'newer\n');
    const lookup = service.requests().filter((q) => q.method === 'GetCacheEntryDownloadURL').at(-1);
    assert.deepEqual(lookup.body.restore_keys, [prefix]);
  });

  test('a miss restores nothing and sends no restore_keys when there are none', async () => {
    const ws = dir('miss');
    const r = await restoreCache(['deps'], uk('never-saved'), [], { env: env(), workspace: ws });
    assert.equal(r.outcome, 'miss');
    assert.deepEqual(fs.readdirSync(ws), []);
    const lookup = service.requests().filter((q) => q.method === 'GetCacheEntryDownloadURL').at(-1);
    assert.equal('restore_keys' in lookup.body, false);
  });

  test('a different path list is a different version: a miss', async () => {
    const ws = makeWorkspace();
    const key = uk('version');
    assert.equal((await saveCache(['deps'], key, { env: env(), workspace: ws })).outcome, 'saved');
    const r = await restoreCache(['./deps'], key, [], { env: env(), workspace: dir('v') });
    assert.equal(r.outcome, 'miss');
  });

  test('saving an existing key is "already exists" (409), not a failure, and uploads nothing', async () => {
    const ws = makeWorkspace();
    const key = uk('dup');
    assert.equal((await saveCache(['deps'], key, { env: env(), workspace: ws })).outcome, 'saved');
    proxy.clearRequests();
    const again = await saveCache(['deps'], key, { env: env(), workspace: ws });
    assert.equal(again.outcome, 'alreadyExists');
    assert.match(again.message, /already exists/);
    assert.equal(proxy.requests().filter((q) => q.method === 'PUT').length, 0);
  });

  test('a read-only token: save is writeDenied with the service message; restore still works', async () => {
    const ws = makeWorkspace();
    const key = uk('ro');
    assert.equal((await saveCache(['deps'], key, { env: env(), workspace: ws })).outcome, 'saved');
    const roEnv = { ...service.envFor(service.addToken('read-only')) };
    const denied = await saveCache(['deps'], uk('ro-new'), { env: roEnv, workspace: ws });
    assert.equal(denied.outcome, 'writeDenied');
    assert.equal(denied.message, 'cache write denied: token has no writable scopes');
    const r = await restoreCache(['deps'], key, [], { env: roEnv, workspace: dir('ro') });
    assert.equal(r.outcome, 'hit');
  });

  test('ACTIONS_CACHE_MODE: read forbids saving, write-only forbids restoring, with no request sent', async () => {
    const ws = makeWorkspace();
    service.clearRequests();
    const s = await saveCache(['deps'], uk('mode'), { env: { ...env(), ACTIONS_CACHE_MODE: 'read' }, workspace: ws });
    assert.equal(s.outcome, 'skipped');
    const r = await restoreCache(['deps'], uk('mode'), [], { env: { ...env(), ACTIONS_CACHE_MODE: 'write-only' }, workspace: ws });
    assert.equal(r.outcome, 'skipped');
    assert.equal(service.requests().length, 0);
  });

  test('lookup-only finds the entry and downloads nothing', async () => {
    const ws = makeWorkspace();
    const key = uk('lookup');
    assert.equal((await saveCache(['deps'], key, { env: env(), workspace: ws })).outcome, 'saved');
    proxy.clearRequests();
    const target = dir('lookup');
    const r = await restoreCache(['deps'], key, [], { env: env(), workspace: target, lookupOnly: true });
    assert.equal(r.outcome, 'hit');
    assert.equal(r.downloaded, false);
    assert.equal(proxy.requests().length, 0);
    assert.deepEqual(fs.readdirSync(target), []);
  });

  test('an archive over 128 MiB goes up in blocks and down in parallel ranges, intact', async () => {
    const ws = dir('large');
    await writeRandomFile(path.join(ws, 'big/random.bin'), 140 * 1024 * 1024);
    fs.writeFileSync(path.join(ws, 'big/small.txt'), 'small\n');
    const key = uk('large');
    proxy.clearRequests();
    const saved = await saveCache(['big'], key, { env: env(), workspace: ws });
    assert.equal(saved.outcome, 'saved', saved.message);
    assert.ok(saved.size > 128 * 1024 * 1024);
    const puts = proxy.requests().filter((q) => q.method === 'PUT');
    const blocks = puts.filter((q) => q.comp === 'block');
    assert.equal(blocks.length, Math.ceil(saved.size / (32 * 1024 * 1024)));
    assert.equal(puts.filter((q) => q.comp === 'blocklist').length, 1);
    assert.equal(new Set(blocks.map((q) => q.blockid.length)).size, 1, 'block ids have one width');
    proxy.clearRequests();
    const ws2 = dir('large2');
    const r = await restoreCache(['big'], key, [], { env: env(), workspace: ws2 });
    assert.equal(r.outcome, 'hit', r.message);
    const gets = proxy.requests().filter((q) => q.method === 'GET');
    assert.equal(gets.length, Math.ceil(saved.size / (32 * 1024 * 1024)));
    assert.ok(gets.every((q) => q.ranged));
    assert.deepEqual(hashTree(path.join(ws2, 'big')), hashTree(path.join(ws, 'big')));
  });

  test('an entry holding an escaping archive is refused: failed, not a hit, nothing written', async () => {
    // Planted straight into the store: an archive whose member climbs out of the workspace.
    const src = dir('evil-src');
    fs.mkdirSync(path.join(src, 'ws/deps'), { recursive: true });
    fs.writeFileSync(path.join(src, 'ws/deps/ok.txt'), 'ok');
    fs.writeFileSync(path.join(src, 'evil.txt'), 'evil');
    const manifest = path.join(src, 'manifest');
    fs.writeFileSync(manifest, 'deps\n../evil.txt');
    const data = execFileSync('tar', ['--posix', '-cf', '-', '-P', '-C', path.join(src, 'ws'), '--files-from', manifest, '--use-compress-program', 'zstd -T0']);
    const key = uk('evil');
    const version = createHash('sha256').update('deps|zstd-without-long|1.0').digest('hex');
    await service.addEntry({ key, version, data });
    const victim = dir('victim');
    const ws = path.join(victim, 'ws');
    fs.mkdirSync(ws);
    const r = await restoreCache(['deps'], key, [], { env: env(), workspace: ws });
    assert.equal(r.outcome, 'failed');
    assert.equal(r.code, 'entry_outside_paths');
    assert.match(r.message, /\.\.\/evil\.txt/);
    assert.deepEqual(fs.readdirSync(victim), ['ws']);
    assert.deepEqual(fs.readdirSync(ws), []);
  });

  test('a truncated archive in the store is a failure, not a hit, and leaves the target as it was', async () => {
    const ws = makeWorkspace();
    const tarBytes = execFileSync('tar', ['--posix', '-cf', '-', '-P', '-C', ws, 'deps', '--use-compress-program', 'zstd -T0']);
    const key = uk('truncated');
    const version = createHash('sha256').update('deps|zstd-without-long|1.0').digest('hex');
    await service.addEntry({ key, version, data: tarBytes.subarray(0, Math.floor(tarBytes.length * 0.6)) });
    const target = dir('truncated');
    writeTree(target, { 'deps/a.txt': 'kept\n' });
    const r = await restoreCache(['deps'], key, [], { env: env(), workspace: target });
    assert.equal(r.outcome, 'failed');
    assert.match(r.code, /corrupt_archive|truncated_archive/);
    assert.deepEqual(Object.keys(snapshot(target)).sort(), ['deps/', 'deps/a.txt']);
    assert.equal(fs.readFileSync(path.join(target, 'deps/a.txt'), 'utf8'), 'kept\n');
  });
});

describe('interop with the real @actions/cache 6.3.0', () => {
  const restoreProcessEnv = applyEnv(handle.env);
  after(restoreProcessEnv);
  const actionsCache = import('@actions/cache');
  const runnerTemp = () => dir('runner-temp');

  test('@actions/cache saves, cachet restores: identical bytes, modes and links', async () => {
    const cache = await actionsCache;
    const ws = makeWorkspace();
    const key = uk('theirs');
    const step = await runStep({ env: handle.env, workspace: ws, runnerTemp: runnerTemp() }, () => cache.saveCache(['deps'], key));
    assert.equal(step.error, undefined, String(step.error));
    assert.ok(step.result > 0, step.output);
    const ws2 = dir('ours');
    const r = await restoreCache(['deps'], key, [], { env: env(), workspace: ws2 });
    assert.equal(r.outcome, 'hit', r.message);
    assert.deepEqual(snapshot(path.join(ws2, 'deps')), snapshot(path.join(ws, 'deps')));
  });

  test('cachet saves, @actions/cache restores: identical bytes, modes and links', async () => {
    const cache = await actionsCache;
    const ws = makeWorkspace();
    const key = uk('ours');
    const saved = await saveCache(['deps'], key, { env: env(), workspace: ws, blockSize: 256 * 1024 });
    assert.equal(saved.outcome, 'saved');
    const ws2 = dir('theirs');
    const step = await runStep({ env: handle.env, workspace: ws2, runnerTemp: runnerTemp() }, () => cache.restoreCache(['deps'], key));
    assert.equal(step.error, undefined, String(step.error));
    assert.equal(step.result, key, step.output);
    assert.deepEqual(snapshot(path.join(ws2, 'deps')), snapshot(path.join(ws, 'deps')));
  });

  test('an absolute path outside the workspace (like ~/.npm, stored as ../) round-trips between the two', async () => {
    const cache = await actionsCache;
    const base = dir('outside');
    const ws = path.join(base, 'work/repo');
    writeTree(path.join(base, 'work/home-cache'), { 'pkg/index.js': 'module.exports = 1;\n' });
    fs.mkdirSync(ws, { recursive: true });
    const key = uk('outside');
    const cachePath = path.join(base, 'work/home-cache');
    const step = await runStep({ env: handle.env, workspace: ws, runnerTemp: runnerTemp() }, () => cache.saveCache([cachePath], key));
    assert.ok(step.result > 0, step.output);
    fs.rmSync(path.join(base, 'work/home-cache'), { recursive: true });
    const r = await restoreCache([cachePath], key, [], { env: env(), workspace: ws });
    assert.equal(r.outcome, 'hit', r.message);
    assert.equal(fs.readFileSync(path.join(base, 'work/home-cache/pkg/index.js'), 'utf8'), 'module.exports = 1;\n');
  });
});
