// What the action says (log messages and their levels) and the job summary it writes, as pure
// functions of the restore/save results: one distinct message per outcome, warnings only for
// service problems, and summaries that carry key, matched key, hit kind, size, time, throughput,
// the version's inputs, the hashed files, and on a miss the keys tried.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRestore, describeSave, formatDuration, throughput } from '../../js/src/action/messages.js';
import { MAX_LISTED_FILES, code, labelVersionComponents, restoreSummary, saveSummary, skippedSaveSummary } from '../../js/src/action/summary.js';
import { STATE_NAME, decodeState, encodeState } from '../../js/src/action/state.js';

const version = 'a'.repeat(64);
const components = ['~/.npm', 'node_modules', 'zstd-without-long', '1.0'];
/** @param {object} r */
const restore = (r) => ({ key: 'k-2', restoreKeys: ['k-'], version, versionComponents: components, backend: 'service', elapsedMs: 2000, ...r });
/** @param {object} r */
const save = (r) => ({ key: 'k-2', version, versionComponents: components, backend: 'service', elapsedMs: 4000, ...r });

test('restore outcomes: distinct texts; only service problems are warnings', () => {
  const cases = [
    [restore({ outcome: 'hit', matchedKey: 'k-2', size: 2_000_000, downloaded: true }), { exact: true, lookupOnly: false }, 'info', 'exact hit', /^Cache restored from key: k-2 \(exact hit; 2\.0 MB in 2\.0 s \(1\.0 MB\/s\)\)$/],
    [restore({ outcome: 'hit', matchedKey: 'k-1', size: 10, downloaded: true }), { exact: false, lookupOnly: false }, 'info', 'restore-key hit', /cache-hit is false/],
    [restore({ outcome: 'hit', matchedKey: 'k-1', downloaded: false }), { exact: false, lookupOnly: true }, 'info', 'found (restore-key hit, lookup only)', /^Cache found and can be restored from key: k-1/],
    [restore({ outcome: 'miss' }), { exact: false, lookupOnly: false }, 'info', 'miss', /^Cache not found for input keys: k-2, k- \(version a{64}\)$/],
    [restore({ outcome: 'rateLimited', retryAfterMs: 30_000 }), { exact: false, lookupOnly: false }, 'warning', 'rate limited', /rate limiting this repository \(the service asks to retry after 30 s\)/],
    [restore({ outcome: 'skipped', message: 'ACTIONS_CACHE_MODE is write-only' }), { exact: false, lookupOnly: false }, 'info', 'skipped', /write-only/],
    [restore({ outcome: 'failed', code: 'download_failed', message: 'blob store kept failing', matchedKey: 'k-1' }), { exact: false, lookupOnly: false }, 'warning', 'failed', /^Cache not restored from key 'k-1': blob store kept failing \[download_failed\]\. Nothing was written/],
  ];
  for (const [r, ctx, level, title, text] of cases) {
    const d = describeRestore(/** @type {any} */ (r), /** @type {any} */ (ctx));
    assert.equal(d.level, level, title);
    assert.equal(d.title, title);
    assert.match(d.text, /** @type {RegExp} */ (text));
  }
});

test('save outcomes: already saved, another job saving, write denied, rate limited, quota, no files, other failures', () => {
  const cases = [
    [save({ outcome: 'saved', size: 1500 }), {}, 'info', 'saved', /^Cache saved with key: k-2 \(1\.5 kB in 4\.0 s \(375 B\/s\)\)$/],
    [save({ outcome: 'alreadyExists' }), { existing: 'committed' }, 'info', 'already saved', /already exists\. Entries are immutable/],
    [save({ outcome: 'alreadyExists' }), { existing: 'unknown' }, 'info', 'already saved', /already exists \(or another job is saving it right now\)/],
    [save({ outcome: 'alreadyExists' }), { existing: 'pending' }, 'info', 'another job is saving', /another job is saving key 'k-2' right now and holds its reservation/],
    [save({ outcome: 'writeDenied', message: 'cache write denied: token has no writable scopes' }), {}, 'warning', 'write denied', /denied the write \(cache write denied: token has no writable scopes\).*Fix: grant `actions: write`/],
    [save({ outcome: 'rateLimited', retryAfterMs: 61_000 }), {}, 'warning', 'rate limited', /retry after 61 s\); GitHub accepts about 200 new entries per minute/],
    [save({ outcome: 'failed', code: 'usage_exceeded', message: 'Insufficient usage' }), {}, 'warning', 'storage quota used up', /storage is used up \(Insufficient usage\)/],
    [save({ outcome: 'failed', code: 'no_files', message: 'none of the paths exist (x)' }), {}, 'warning', 'nothing to save', /^Path Validation Error: .*none of the paths exist/],
    [save({ outcome: 'failed', code: 'finalize_failed', message: 'finalize said no' }), {}, 'warning', 'failed', /^Cache not saved: finalize said no \[finalize_failed\]\. Caching is best-effort/],
    [save({ outcome: 'skipped', message: 'ACTIONS_CACHE_MODE is read' }), {}, 'info', 'skipped', /ACTIONS_CACHE_MODE is read/],
  ];
  const texts = new Set();
  for (const [r, ctx, level, title, text] of cases) {
    const d = describeSave(/** @type {any} */ (r), /** @type {any} */ (ctx));
    assert.equal(d.level, level, title);
    assert.equal(d.title, title);
    assert.match(d.text, /** @type {RegExp} */ (text));
    texts.add(d.text);
  }
  assert.equal(texts.size, cases.length, 'every outcome has its own message');
});

test('durations and throughput', () => {
  assert.equal(formatDuration(0), '0 ms');
  assert.equal(formatDuration(999.4), '999 ms');
  assert.equal(formatDuration(1000), '1.0 s');
  assert.equal(formatDuration(123_456), '123.5 s');
  assert.equal(throughput(1000, 0), 0);
  assert.equal(throughput(3_000_000, 1500), 2_000_000);
});

test('code spans survive backticks and pipes', () => {
  assert.equal(code('plain'), '`plain`');
  assert.equal(code('a|b'), '`a\\|b`');
  assert.equal(code('has `tick`'), '`` has `tick` ``');
  assert.equal(code('two\nlines'), '`two lines`');
});

test('version components are labelled: paths, compression, Windows marker, salt', () => {
  assert.deepEqual(labelVersionComponents(components, 2), [
    ['path 1', '~/.npm'],
    ['path 2', 'node_modules'],
    ['compression', 'zstd-without-long'],
    ['salt', '1.0'],
  ]);
  assert.deepEqual(labelVersionComponents(['a', 'gzip', 'windows-only', '1.0'], 1).map(([l]) => l), ['path 1', 'compression', 'Windows-only marker (enableCrossOsArchive: false)', 'salt']);
});

test('restore summary of a hit: key, matched key, hit kind, size, time, throughput, version inputs, hashed files', () => {
  const r = restore({ outcome: 'hit', matchedKey: 'k-1', size: 5_000_000, downloaded: true });
  const hashed = { hash: 'f'.repeat(64), patterns: ['**/lock'], count: 2, files: [{ path: 'a/lock', sha256: '1'.repeat(64) }, { path: 'b|c/lock', sha256: '2'.repeat(64) }] };
  const md = restoreSummary(/** @type {any} */ (r), { keyInput: 'k', pathCount: 2, hashed, description: describeRestore(/** @type {any} */ (r), { exact: false, lookupOnly: false }), exact: false, lookupOnly: false });
  for (const line of [
    '### cachet restore: restore-key hit',
    '| Primary key | `k-2` |',
    '| Matched key | `k-1` |',
    '| Hit | restore key: `cache-hit` is `false` |',
    '| Size | 5.0 MB |',
    '| Time | 2.0 s |',
    '| Throughput | 2.5 MB/s |',
    '| Store | the GitHub Actions cache service |',
    '| path 1 | `~/.npm` |',
    '| path 2 | `node_modules` |',
    '| compression | `zstd-without-long` |',
    '| salt | `1.0` |',
    '| `a/lock` | `1111111111111111` |',
    '| `b\\|c/lock` | `2222222222222222` |',
  ]) {
    assert.ok(md.split('\n').includes(line), `missing line ${line}\n${md}`);
  }
  assert.match(md, /<details><summary>hash-files: 2 files → <code>ffffffffffffffff…<\/code><\/summary>/);
  assert.match(md, /The key is `k` \+ `-` \+ the hash of the files below\./);
});

test('restore summary of a miss explains: no entry for this key and version, the keys tried, what the version hashes', () => {
  const r = restore({ outcome: 'miss', restoreKeys: ['k-', 'old-'] });
  const md = restoreSummary(/** @type {any} */ (r), { keyInput: 'k-2', pathCount: 2, hashed: null, description: describeRestore(/** @type {any} */ (r), { exact: false, lookupOnly: false }), exact: false, lookupOnly: false });
  assert.match(md, /^### cachet restore: miss$/m);
  assert.match(md, new RegExp(`No entry matched key \`k-2\` or any restore key for version \`${version}\``));
  assert.match(md, /1\. `k-2` \(primary key\)\n2\. `k-`\n3\. `old-`/);
  assert.match(md, /another compression method/);
  assert.match(md, /\| path 2 \| `node_modules` \|/);
});

test('the file list is bounded', () => {
  const files = Array.from({ length: MAX_LISTED_FILES + 5 }, (_, i) => ({ path: `f${i}`, sha256: '0'.repeat(64) }));
  const r = restore({ outcome: 'miss' });
  const md = restoreSummary(/** @type {any} */ (r), { keyInput: 'k', pathCount: 2, hashed: { hash: 'e'.repeat(64), patterns: ['*'], count: files.length, files }, description: describeRestore(/** @type {any} */ (r), { exact: false, lookupOnly: false }), exact: false, lookupOnly: false });
  assert.equal(md.split('\n').filter((l) => l.startsWith('| `f')).length, MAX_LISTED_FILES);
  assert.match(md, /…and 5 more files\./);
});

test('save summaries: saved, refused with its reason, and skipped after an exact hit', () => {
  const saved = save({ outcome: 'saved', size: 8_000_000 });
  const md = saveSummary(/** @type {any} */ (saved), { keyInput: 'k-2', pathCount: 2, hashed: null, description: describeSave(/** @type {any} */ (saved)) });
  assert.match(md, /^### cachet save: saved$/m);
  assert.match(md, /^\| Key \| `k-2` \|$/m);
  assert.match(md, /^\| Size \| 8\.0 MB \|$/m);
  assert.match(md, /^\| Time \| 4\.0 s \|$/m);
  assert.match(md, /^\| Throughput \| 2\.0 MB\/s \|$/m);
  const denied = save({ outcome: 'writeDenied', message: 'no' });
  const md2 = saveSummary(/** @type {any} */ (denied), { keyInput: 'k-2', pathCount: 2, hashed: null, description: describeSave(/** @type {any} */ (denied)) });
  assert.match(md2, /^### cachet save: write denied$/m);
  assert.match(md2, /Fix: grant/);
  assert.doesNotMatch(md2, /\| Size \|/);
  assert.match(skippedSaveSummary('k-2'), /The primary key `k-2` was restored exactly/);
});

test('main → post state is one JSON value that round-trips; anything else reads as absent', () => {
  const state = {
    key: 'k-abc',
    inputs: /** @type {any} */ ({ path: ['a'], key: 'k', 'restore-keys': [] }),
    hashFiles: { hash: 'abc', patterns: ['x'], count: 1 },
    matchedKey: 'k-old',
    exactHit: false,
    restoreOutcome: 'hit',
  };
  assert.equal(STATE_NAME, 'cachet');
  const text = encodeState(state);
  assert.equal(JSON.parse(text).v, 1);
  assert.deepEqual(decodeState(text), state);
  for (const bad of ['', 'not json', '{"v":2,"key":"k","inputs":{}}', '{"v":1}', 'null']) assert.equal(decodeState(bad), null, bad);
});
