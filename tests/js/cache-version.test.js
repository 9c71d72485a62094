// cachet's cache version and key checks against the real @actions/cache 6.3.0 on the table in
// tests/fixtures/cache-version.json (shared with crates/core/tests/cache_version.rs): the
// same version as `getCacheVersion` for every input (on win32 by overriding process.platform
// for the call), the protocol-v2.md §3.3 vectors, and the same refusals as its key checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheVersion, explainCacheVersion, checkKeys } from '../../js/src/key.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/cache-version.json'), 'utf8'));
// The real package, by file path (getCacheVersion is internal).
const { getCacheVersion } = await import(path.join(root, 'node_modules/@actions/cache/lib/internal/cacheUtils.js'));
const actionsCache = await import(path.join(root, 'node_modules/@actions/cache/lib/cache.js'));

/** Runs `fn` with `process.platform` set to `platform`, then restores it. */
function onPlatform(platform, fn) {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { ...original, value: platform });
  try {
    return fn();
  } finally {
    Object.defineProperty(process, 'platform', /** @type {PropertyDescriptor} */ (original));
  }
}

/** Runs `fn` without @actions/core's `::debug::` lines on standard output. */
async function quietly(fn) {
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    return String(chunk).startsWith('::debug::') ? true : write.call(process.stdout, chunk, ...rest);
  };
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

const real = (c) => onPlatform(c.platform, () => getCacheVersion(c.paths, c.compressionMethod, c.enableCrossOsArchive));
const ours = (c) => cacheVersion(c);

test('every input gives the version @actions/cache gives', () => {
  assert.ok(fixture.cases.length >= 30);
  const seen = new Map();
  for (const c of fixture.cases) {
    const version = ours(c);
    assert.equal(version, real(c), c.name);
    assert.match(version, /^[0-9a-f]{64}$/);
    seen.set(version, [...(seen.get(version) ?? []), c.name]);
  }
  // What the table is meant to show.
  const byName = Object.fromEntries(fixture.cases.map((c) => [c.name, ours(c)]));
  assert.notEqual(byName['./x is not x'], byName['one path, hosted-runner default']);
  assert.notEqual(byName['tilde is not expanded'], byName['absolute home path']);
  assert.equal(byName['a pipe inside a path'], byName['the same two paths split'], 'components are joined with |, so these collide');
  assert.equal(byName['empty compression counts as none'], byName['no compression']);
  assert.equal(byName['Linux, cross-OS changes nothing'], byName['one path, hosted-runner default']);
  assert.notEqual(byName['Windows, default'], byName['Windows, cross-OS']);
  assert.equal(byName['Windows, cross-OS'], byName['one path, hosted-runner default']);
  assert.equal(byName['Windows, cross-OS off'], byName['Windows, default']);
});

test('process.platform is restored after the win32 calls', () => {
  const before = process.platform;
  real({ paths: ['x'], platform: 'win32' });
  assert.equal(process.platform, before);
});

test('the protocol-v2.md §3.3 vectors', () => {
  for (const v of fixture.vectors) {
    const explained = explainCacheVersion(v);
    assert.equal(explained.components.join('|'), v.hashed);
    assert.equal(explained.version, v.version, v.hashed);
    assert.equal(real(v), v.version, `@actions/cache agrees on ${v.hashed}`);
  }
});

test('key checks refuse what @actions/cache refuses, naming the key', async () => {
  for (const c of fixture.keys) {
    let error;
    try {
      checkKeys(c.key, c.restoreKeys);
    } catch (e) {
      error = e;
    }
    if (!c.code) {
      assert.equal(error, undefined, `${c.name}: ${error?.message}`);
      continue;
    }
    assert.ok(error instanceof Error, `${c.name}: accepted`);
    assert.equal(error.code, c.code, c.name);
    if (c.which) assert.ok(error.message.startsWith(c.which), `${c.name}: ${error.message}`);
    if (c.actionsCacheAccepts) continue;
    // The real validation runs before any I/O and throws a ValidationError.
    await assert.rejects(
      quietly(() => actionsCache.restoreCache(['x'], c.key, c.restoreKeys)),
      (e) => e.name === 'ValidationError',
      `${c.name}: @actions/cache refuses it too`,
    );
  }
});
