// @ts-check
/**
 * Proves the test service in tests/support (Azurite + blob proxy + Twirp cache service) against
 * the protocol (raw fetch) and against the REAL @actions/cache 6.3.0 (save, restore, restore keys,
 * miss, 409, read-only token, > 128 MiB block upload, injected faults).
 *
 * Run: node --test tests/js/test-service.test.js   (also with Node 24)
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useTestService, applyEnv } from '../support/index.js';
import { ALREADY_EXISTS, READ_DENIED, TWIRP_PREFIX, WRITE_DENIED } from '../support/cache-service.js';
import { hashTree, makeTempRoot, runStep, sha256File, writeRandomFile, writeTree } from '../support/workspace.js';

const handle = await useTestService();
const { service, proxy, azurite } = handle;
// @actions/cache reads its configuration from process.env (at call time); set it before import.
const restoreProcessEnv = applyEnv(handle.env);
const cache = await import('@actions/cache');

const root = makeTempRoot('cachet-test-service-');
after(() => {
  root.remove();
  restoreProcessEnv();
});

/** The version @actions/cache computes for paths ['data'] on Linux with zstd present. */
const DATA_VERSION = createHash('sha256').update('data|zstd-without-long|1.0').digest('hex');
const V1 = 'a'.repeat(64);
const V2 = 'b'.repeat(64);
let uniq = 0;
/** A key unique to this run and call. @param {string} name */
const uk = (name) => `${name}-${process.pid}-${++uniq}`;

/**
 * POST a Twirp call to the service.
 * @param {string} method
 * @param {unknown} body
 * @param {{ token?: string | null, contentType?: string, raw?: string, httpMethod?: string }} [o]
 */
async function twirp(method, body, o = {}) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': o.contentType ?? 'application/json' };
  const token = o.token === undefined ? service.token : o.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${service.url}${TWIRP_PREFIX}${method}`, {
    method: o.httpMethod ?? 'POST',
    headers,
    body: o.raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  /** @type {any} */
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Run @actions/cache in a fresh workspace / RUNNER_TEMP. @param {(ws: string) => Promise<any>} fn @param {{ env?: Record<string, string>, workspace?: string }} [o] */
function step(fn, o = {}) {
  const workspace = o.workspace ?? root.fresh('ws');
  const runnerTemp = root.fresh('tmp');
  return runStep({ env: o.env ?? handle.env, workspace, runnerTemp }, () => fn(workspace)).then((r) => ({
    ...r,
    workspace,
    runnerTemp,
  }));
}

/** Save `files` under workspace/data with @actions/cache. @param {string} key @param {Record<string, string | Buffer>} files @param {{ env?: Record<string, string> }} [o] */
function saveData(key, files, o = {}) {
  const workspace = root.fresh('ws');
  writeTree(workspace, Object.fromEntries(Object.entries(files).map(([k, v]) => [`data/${k}`, v])));
  return step(() => cache.saveCache(['data'], key), { ...o, workspace });
}

/** @param {string} key @param {string[]} [restoreKeys] @param {{ env?: Record<string, string> }} [o] */
function restoreData(key, restoreKeys, o = {}) {
  return step(() => cache.restoreCache(['data'], key, restoreKeys), o);
}

describe('cache service protocol (raw Twirp)', () => {
  test('a bearer token is required: none, unknown or revoked → 401 unauthenticated', async () => {
    for (const token of [null, 'not-a-token']) {
      const r = await twirp('GetCacheEntryDownloadURL', { key: 'k', version: V1 }, { token });
      assert.equal(r.status, 401);
      assert.equal(r.json.code, 'unauthenticated');
      assert.equal(typeof r.json.msg, 'string');
    }
    const t = service.addToken('read-write');
    assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: V1 }, { token: t })).status, 200);
    service.revokeToken(t);
    assert.equal((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: V1 }, { token: t })).status, 401);
    // Tokens look like the runner's: a JWT whose `ac` claim is a JSON string of scopes.
    const claims = JSON.parse(Buffer.from(service.token.split('.')[1], 'base64url').toString());
    assert.deepEqual(JSON.parse(claims.ac), [{ Scope: 'refs/heads/main', Permission: 3 }]);
  });

  test('routing and decoding errors are Twirp errors', async () => {
    let r = await twirp('DeleteCacheEntry', { key: 'k', version: V1 });
    assert.equal(r.status, 404);
    assert.equal(r.json.code, 'bad_route');
    r = await twirp('CreateCacheEntry', { key: 'k', version: V1 }, { contentType: 'application/protobuf' });
    assert.equal(r.status, 404);
    assert.equal(r.json.code, 'bad_route');
    r = await twirp('CreateCacheEntry', null, { raw: '{not json' });
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'malformed');
    r = await twirp('CreateCacheEntry', { key: 'k' });
    assert.equal(r.status, 400);
    assert.equal(r.json.code, 'invalid_argument');
  });

  test('create → upload → finalize: snake_case, int64 strings, size check, 409 on pending and finalized', async () => {
    const key = uk('proto');
    let r = await twirp('CreateCacheEntry', { key, version: V1 });
    assert.equal(r.status, 200);
    assert.equal(r.json.ok, true);
    const uploadUrl = new URL(r.json.signed_upload_url);
    assert.equal(uploadUrl.origin, proxy.url, 'signed URLs point at the blob proxy');
    assert.equal(uploadUrl.searchParams.get('sp'), 'cw');
    assert.equal(uploadUrl.searchParams.get('sr'), 'b');

    // Pending entry: a second Create conflicts already.
    r = await twirp('CreateCacheEntry', { key, version: V1 });
    assert.equal(r.status, 409);
    assert.deepEqual(r.json, { code: 'already_exists', msg: ALREADY_EXISTS });

    // Finalize before any upload: ok:false with a message.
    r = await twirp('FinalizeCacheEntryUpload', { key, version: V1, size_bytes: '5' });
    assert.equal(r.json.ok, false);
    assert.match(r.json.message, /not found/);

    const put = await fetch(uploadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'hello' });
    assert.equal(put.status, 201);

    r = await twirp('FinalizeCacheEntryUpload', { key, version: V1, size_bytes: '6' });
    assert.equal(r.json.ok, false);
    assert.match(r.json.message, /size_bytes is 6 but the uploaded blob has 5 bytes/);
    // int64 as a JSON number and camelCase names are accepted too.
    r = await twirp('FinalizeCacheEntryUpload', { key, version: V1, sizeBytes: 5 });
    assert.equal(r.status, 200);
    assert.equal(r.json.ok, true);
    assert.equal(typeof r.json.entry_id, 'string');
    assert.match(r.json.entry_id, /^\d+$/);

    r = await twirp('CreateCacheEntry', { key, version: V1 });
    assert.equal(r.status, 409);
    // Same key, other version: a different entry.
    r = await twirp('CreateCacheEntry', { key, version: V2 });
    assert.equal(r.json.ok, true);

    r = await twirp('GetCacheEntryDownloadURL', { key, version: V1 });
    assert.equal(r.json.ok, true);
    assert.equal(r.json.matched_key, key);
    const down = new URL(r.json.signed_download_url);
    assert.equal(down.searchParams.get('sp'), 'r');
    const got = await fetch(down);
    assert.equal(await got.text(), 'hello');

    const entry = service.entries().find((e) => e.key === key && e.version === V1);
    assert.equal(entry?.state, 'finalized');
    assert.equal(entry?.sizeBytes, 5);
    assert.equal(typeof entry?.seq, 'number');
    const rec = service.requests().filter((q) => q.method === 'FinalizeCacheEntryUpload').at(-1);
    assert.deepEqual(rec?.body, { key, version: V1, sizeBytes: 5 });
  });

  test('lookup: exact, key prefix, restore keys in order (exact then prefix), newest prefix match, same version only', async () => {
    const p = uk('lookup');
    await service.addEntry({ key: `${p}-linux-1`, version: V1, data: 'one' });
    await service.addEntry({ key: `${p}-linux-2`, version: V1, data: 'two' });
    await service.addEntry({ key: `${p}-linux`, version: V1, data: 'exact' });
    await service.addEntry({ key: `${p}-mac-1`, version: V1, data: 'mac' });
    await service.addEntry({ key: `${p}-linux-3`, version: V2, data: 'other version' });
    /** @param {string} key @param {string[]} [restore_keys] @param {string} [version] */
    const match = async (key, restore_keys, version = V1) => {
      const r = await twirp('GetCacheEntryDownloadURL', { key, version, ...(restore_keys ? { restore_keys } : {}) });
      assert.equal(r.status, 200);
      return r.json.ok ? r.json.matched_key : null;
    };
    assert.equal(await match(`${p}-linux`), `${p}-linux`, 'exact beats prefix');
    assert.equal(await match(`${p}-linux-`), `${p}-linux-2`, 'prefix of the primary key, newest wins');
    assert.equal(await match(`${p}-nope`, [`${p}-mac-`, `${p}-linux-`]), `${p}-mac-1`, 'restore keys in order');
    assert.equal(await match(`${p}-nope`, [`${p}-linux-1`, `${p}-linux`]), `${p}-linux-1`, 'exact restore key');
    assert.equal(await match(`${p}-nope`, [`${p}-windows`]), null);
    assert.equal(await match(`${p}-linux-`, undefined, V2), `${p}-linux-3`);
    assert.equal(await match(`${p}-mac`, undefined, V2), null, 'version must match');
    assert.deepEqual((await twirp('GetCacheEntryDownloadURL', { key: `${p}-x`, version: V1 })).json, { ok: false });
    // Pending entries are invisible.
    await twirp('CreateCacheEntry', { key: `${p}-linux-9`, version: V1 });
    assert.equal(await match(`${p}-linux-`), `${p}-linux-2`);
  });

  test('token kinds: read-only cannot create, none cannot read either', async () => {
    const ro = service.addToken('read-only');
    let r = await twirp('CreateCacheEntry', { key: uk('ro'), version: V1 }, { token: ro });
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { ok: false, message: WRITE_DENIED });
    r = await twirp('GetCacheEntryDownloadURL', { key: uk('ro'), version: V1 }, { token: ro });
    assert.deepEqual(r.json, { ok: false });
    const none = service.addToken('none');
    r = await twirp('GetCacheEntryDownloadURL', { key: uk('none'), version: V1 }, { token: none });
    assert.equal(r.status, 403);
    assert.deepEqual(r.json, { code: 'permission_denied', msg: READ_DENIED });
  });

  test('Twirp faults: status with Retry-After, non-JSON body, ok:false, drop; nth/times ordinals', async () => {
    const f429 = service.fault({ method: 'CreateCacheEntry', status: 429, retryAfter: 60 });
    let r = await twirp('CreateCacheEntry', { key: uk('f'), version: V1 });
    assert.equal(r.status, 429);
    assert.equal(r.headers.get('retry-after'), '60');
    assert.deepEqual(r.json, { code: 'resource_exhausted', msg: 'rate limit exceeded' });
    assert.equal(f429.hits, 1);
    assert.equal((await twirp('CreateCacheEntry', { key: uk('f'), version: V1 })).json.ok, true, 'times defaults to 1');

    service.fault({ method: 'GetCacheEntryDownloadURL', nth: 2, times: 2, status: 502, body: '<html>Bad Gateway</html>' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await twirp('GetCacheEntryDownloadURL', { key: 'k', version: V1 })).status);
    assert.deepEqual(statuses, [200, 502, 502, 200]);

    service.fault({ method: 'FinalizeCacheEntryUpload', response: { ok: false, message: 'Cache entry finalization failed due to concurrent access' } });
    r = await twirp('FinalizeCacheEntryUpload', { key: 'k', version: V1, size_bytes: '1' });
    assert.deepEqual(r.json, { ok: false, message: 'Cache entry finalization failed due to concurrent access' });

    service.fault({ method: 'GetCacheEntryDownloadURL', drop: true });
    await assert.rejects(twirp('GetCacheEntryDownloadURL', { key: 'k', version: V1 }));
    const last = service.requests().at(-1);
    assert.equal(last?.fault, 'drop');
    service.clearFaults();
  });
});

describe('blob proxy', () => {
  test('forwards, records, injects Azure errors, expires SAS URLs, stalls and drops', async () => {
    const blob = uk('proxy-blob');
    const data = Buffer.alloc(256 * 1024, 1);
    await azurite.putBlob(blob, data);
    const url = azurite.signBlobUrl(blob, { baseUrl: proxy.url });
    proxy.clearRequests();

    let r = await fetch(url, { headers: { range: 'bytes=0-9' } });
    assert.equal(r.status, 206);
    assert.equal((await r.arrayBuffer()).byteLength, 10);

    const f = proxy.fault({ method: 'GET', ranged: false, status: 403, errorCode: 'AuthenticationFailed' });
    r = await fetch(url);
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('x-ms-error-code'), 'AuthenticationFailed');
    assert.match(await r.text(), /<Error><Code>AuthenticationFailed<\/Code>/);
    assert.equal(f.hits, 1);
    r = await fetch(url);
    assert.equal(r.status, 200, 'a fault fires once by default');
    assert.equal(Buffer.from(await r.arrayBuffer()).equals(data), true);

    proxy.fault({ method: 'GET', stallMs: 300, afterBytes: 1000 });
    let t = performance.now();
    r = await fetch(url);
    assert.equal((await r.arrayBuffer()).byteLength, data.length);
    assert.ok(performance.now() - t >= 280, 'stalled');

    proxy.fault({ method: 'GET', drop: 'response', afterBytes: 4096 });
    await assert.rejects(fetch(url).then((x) => x.arrayBuffer()));

    proxy.expire(url);
    r = await fetch(url);
    assert.equal(r.status, 403);
    assert.equal(r.headers.get('x-ms-error-code'), 'AuthenticationFailed');
    const fresh = azurite.signBlobUrl(blob, { baseUrl: proxy.url });
    assert.notEqual(new URL(fresh).searchParams.get('sig'), new URL(url).searchParams.get('sig'));
    assert.equal((await fetch(fresh)).status, 200, 'a re-signed URL still works');

    const log = proxy.requests();
    assert.deepEqual(
      log.map((x) => [x.method, x.ranged, x.status, x.fault]),
      [
        ['GET', true, 206, null],
        ['GET', false, 403, 'status 403'],
        ['GET', false, 200, null],
        ['GET', false, 200, 'stall 300 ms after 1000 B'],
        ['GET', false, 200, 'drop response after 4096 B'],
        ['GET', false, 403, 'expired SAS'],
        ['GET', false, 200, null],
      ],
    );
    assert.equal(log[0].range, 'bytes=0-9');
    assert.equal(log[0].query.sig, '***');
    assert.equal(log[4].bytesOut, 4096);
  });

  test('link emulation paces bytes per connection and in total', async () => {
    const blob = uk('link-blob');
    const data = Buffer.alloc(1024 * 1024, 2);
    await azurite.putBlob(blob, data);
    const url = azurite.signBlobUrl(blob, { baseUrl: proxy.url });
    proxy.setLink({ perConnectionBytesPerSec: 10e6, totalBytesPerSec: 15e6, latencyMs: 20 });
    try {
      let t = performance.now();
      await (await fetch(url)).arrayBuffer();
      const one = performance.now() - t;
      assert.ok(one >= 100 && one < 1000, `1 MiB at 10 MB/s per connection took ${one} ms`);
      t = performance.now();
      await Promise.all([1, 2, 3].map(async () => (await fetch(url)).arrayBuffer()));
      const three = performance.now() - t;
      assert.ok(three >= 200 && three < 2000, `3 MiB at 15 MB/s total took ${three} ms`);
    } finally {
      proxy.setLink(null);
    }
  });
});

describe('@actions/cache 6.3.0 against the test service', () => {
  test('save a directory, restore it into a fresh workspace byte for byte', async () => {
    const key = uk('roundtrip');
    service.clearRequests();
    proxy.clearRequests();
    const save = await saveData(key, {
      'a.txt': 'hello\n',
      'sub/deeper/b.bin': Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251)),
      'empty': '',
    });
    assert.equal(save.error, undefined);
    assert.equal(typeof save.result, 'number');
    assert.ok(save.result > 0, `saveCache returned ${save.result}\n${save.output}`);

    const restore = await restoreData(key);
    assert.equal(restore.result, key, restore.output);
    assert.match(restore.output, new RegExp(`Cache hit for: ${key}`));
    assert.deepEqual(hashTree(path.join(restore.workspace, 'data')), hashTree(path.join(save.workspace, 'data')));

    const calls = service.requests();
    assert.deepEqual(calls.map((c) => c.method), ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL']);
    assert.deepEqual(calls[0].body, { key, version: DATA_VERSION });
    const entry = service.entries().find((e) => e.key === key);
    assert.deepEqual(calls[1].body, { key, version: DATA_VERSION, size_bytes: String(entry?.sizeBytes) });
    assert.equal(save.result, entry?.id);
    assert.equal(calls[0].headers.authorization, `Bearer ${service.token}`);
    assert.match(String(calls[0].headers['user-agent']), /@actions\/cache/);
    // Small archive: one Put Blob, then (non-Azure host) one plain GET.
    assert.deepEqual(
      proxy.requests().map((b) => [b.method, b.comp, b.status]),
      [
        ['PUT', '', 201],
        ['GET', '', 200],
      ],
    );
  });

  test('restore keys: prefix hit, the newest of two entries sharing the prefix wins', async () => {
    const prefix = uk('prefix');
    assert.ok((await saveData(`${prefix}-a`, { 'which.txt': 'a' })).result > 0);
    assert.ok((await saveData(`${prefix}-b`, { 'which.txt': 'b' })).result > 0);
    const r = await restoreData(`${prefix}-c`, [`${prefix}-`]);
    assert.equal(r.result, `${prefix}-b`);
    assert.match(r.output, new RegExp(`Cache hit for restore-key: ${prefix}-b`));
    assert.equal(readFileSync(path.join(r.workspace, 'data', 'which.txt'), 'utf8'), 'b');
    // An earlier restore key that matches exactly wins over a later one.
    const r2 = await restoreData(`${prefix}-c`, [`${prefix}-a`, `${prefix}-`]);
    assert.equal(r2.result, `${prefix}-a`);
  });

  test('miss: restoreCache returns undefined and extracts nothing', async () => {
    const r = await restoreData(uk('missing'), [uk('missing-too')]);
    assert.equal(r.error, undefined);
    assert.equal(r.result, undefined);
    assert.match(r.output, /Cache not found for version/);
    assert.equal(existsSync(path.join(r.workspace, 'data')), false);
    assert.deepEqual(service.requests().at(-1)?.response, { ok: false });
  });

  test('second save of the same key: 409 already_exists, saveCache returns -1', async () => {
    const key = uk('twice');
    assert.ok((await saveData(key, { 'f.txt': '1' })).result > 0);
    const second = await saveData(key, { 'f.txt': '2' });
    assert.equal(second.error, undefined);
    assert.equal(second.result, -1);
    assert.match(second.output, new RegExp(`Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`));
    const create = service.requests().filter((c) => c.method === 'CreateCacheEntry').at(-1);
    assert.equal(create?.status, 409);
    assert.deepEqual(create?.response, { code: 'already_exists', msg: ALREADY_EXISTS });
    // The first content is still what restores.
    const r = await restoreData(key);
    assert.deepEqual(Object.keys(hashTree(path.join(r.workspace, 'data'))), ['f.txt']);
  });

  test('read-only token: save returns -1 with the write-denied message, restore still works', async () => {
    const key = uk('readonly');
    assert.ok((await saveData(key, { 'r.txt': 'readable' })).result > 0);
    const env = service.envFor(service.addToken('read-only'));
    const save = await saveData(uk('readonly-new'), { 'r.txt': 'x' }, { env });
    assert.equal(save.error, undefined);
    assert.equal(save.result, -1);
    assert.match(save.output, /::warning::Failed to save: Unable to reserve cache with key .*More details: cache write denied: token has no writable scopes/);
    const restore = await restoreData(key, [], { env });
    assert.equal(restore.result, key);
  });

  test("token without readable scopes: restore warns 'cache read denied' and misses", async () => {
    const env = service.envFor(service.addToken('none'));
    const r = await restoreData(uk('denied'), [], { env });
    assert.equal(r.error, undefined);
    assert.equal(r.result, undefined);
    assert.match(r.output, /::warning::Failed to restore: .*cache read denied: token has no readable scopes/);
  });

  test('429 with Retry-After on CreateCacheEntry: not retried, save returns -1', async () => {
    service.fault({ method: 'CreateCacheEntry', status: 429, retryAfter: 30 });
    const before = service.requests().length;
    const save = await saveData(uk('ratelimited'), { 'f.txt': 'x' });
    assert.equal(save.result, -1);
    assert.match(save.output, /You've hit a rate limit, your rate limit will reset in 30 seconds/);
    assert.deepEqual(service.requests().slice(before).map((c) => c.method), ['CreateCacheEntry']);
  });

  test('503 once on GetCacheEntryDownloadURL: @actions/cache retries (after 3 s) and restores', async () => {
    const key = uk('retry');
    assert.ok((await saveData(key, { 'f.txt': 'retry me' })).result > 0);
    const f = service.fault({ method: 'GetCacheEntryDownloadURL', status: 503 });
    const before = service.requests().length;
    const r = await restoreData(key);
    assert.equal(r.result, key);
    assert.equal(f.hits, 1);
    assert.match(r.output, /Attempt 1 of 5 failed with error: Failed request: \(503\) Service Unavailable: injected unavailable\. Retrying request in 3000 ms/);
    assert.deepEqual(service.requests().slice(before).map((c) => c.status), [503, 200]);
  });

  test('connection dropped mid-body on the archive GET: restore fails as a miss, nothing extracted', async () => {
    const key = uk('dropped');
    const files = { 'big.bin': randomBytes(512 * 1024) };
    assert.ok((await saveData(key, files)).result > 0);
    const size = service.entries().find((e) => e.key === key)?.sizeBytes ?? 0;
    assert.ok(size > 2000);
    const f = proxy.fault({ method: 'GET', drop: 'response', afterBytes: 1000 });
    const r = await restoreData(key);
    assert.equal(f.hits, 1);
    // What @actions/cache 6.3.0 does (plain GET path for non-*.blob.core.windows.net hosts): the
    // response stream errors ("aborted"), restoreCache logs the warning "Failed to restore:
    // aborted", deletes the partial archive, returns undefined, and does not retry the GET.
    assert.equal(r.error, undefined);
    assert.equal(r.result, undefined);
    assert.match(r.output, /::warning::Failed to restore: aborted/);
    assert.equal(existsSync(path.join(r.workspace, 'data')), false);
    const gets = proxy.requests().filter((b) => b.method === 'GET' && b.fault);
    assert.equal(gets.at(-1)?.bytesOut, 1000);
    // The archive staged in RUNNER_TEMP was cleaned up.
    for (const d of readdirSync(r.runnerTemp)) assert.deepEqual(readdirSync(path.join(r.runnerTemp, d)), []);
  });

  test('403 AuthenticationFailed on the archive GET: @actions/cache does not check the status, tar fails', async () => {
    const key = uk('forbidden');
    assert.ok((await saveData(key, { 'f.bin': randomBytes(4096) })).result > 0);
    const f = proxy.fault({ method: 'GET', status: 403, errorCode: 'AuthenticationFailed' });
    const r = await restoreData(key);
    assert.equal(f.hits, 1);
    // @actions/cache 6.3.0's plain-GET path (non-Azure hosts) only retries 5xx and compares the
    // byte count with Content-Length; it saves the XML error body as the archive and hands it to
    // tar, which fails ("zstd: unsupported format" on stderr). Net effect: warning + miss.
    assert.equal(r.result, undefined);
    assert.match(r.output, /::warning::Failed to restore: "\/usr\/bin\/tar" failed with error: The process '\/usr\/bin\/tar' failed with exit code 2/);
    assert.equal(existsSync(path.join(r.workspace, 'data', 'f.bin')), false);
  });

  test('stalled archive GET: @actions/cache gives up after its 5 s socket idle timeout', async () => {
    const key = uk('stalled');
    assert.ok((await saveData(key, { 'f.bin': randomBytes(64 * 1024) })).result > 0);
    const f = proxy.fault({ method: 'GET', stallMs: 8000, afterBytes: 1000 });
    const t = performance.now();
    const r = await restoreData(key);
    const ms = performance.now() - t;
    assert.equal(f.hits, 1);
    assert.equal(r.result, undefined);
    assert.match(r.output, /Aborting download, socket timed out after 5000 ms/);
    assert.match(r.output, /::warning::Failed to restore: Premature close/);
    assert.ok(ms >= 4900 && ms < 8000, `gave up after ${ms} ms`);
  });

  test('archive over 128 MiB: uploaded with Put Block + Put Block List, restored intact', { timeout: 300_000 }, async () => {
    const key = uk('large');
    const workspace = root.fresh('ws');
    const bytes = 136 * 1024 * 1024; // random: zstd cannot shrink it below 128 MiB
    const digest = await writeRandomFile(path.join(workspace, 'data', 'random.bin'), bytes);
    proxy.clearRequests();
    const save = await step(() => cache.saveCache(['data'], key), { workspace });
    assert.ok(save.result > 0, save.output);
    const entry = service.entries().find((e) => e.key === key);
    assert.ok(entry && entry.sizeBytes !== null && entry.sizeBytes > 128 * 1024 * 1024, `archive size ${entry?.sizeBytes}`);

    const puts = proxy.requests().filter((b) => b.method === 'PUT');
    const blocks = puts.filter((b) => b.comp === 'block');
    const lists = puts.filter((b) => b.comp === 'blocklist');
    assert.equal(blocks.length, Math.ceil((entry?.sizeBytes ?? 0) / (64 * 1024 * 1024)));
    assert.equal(lists.length, 1);
    assert.equal(puts.filter((b) => b.comp === '').length, 0, 'no single-shot Put Blob');
    assert.ok(blocks.every((b) => b.status === 201 && b.bytesIn <= 64 * 1024 * 1024));
    assert.equal(blocks.reduce((n, b) => n + b.bytesIn, 0), entry?.sizeBytes);
    assert.equal(new Set(blocks.map((b) => b.blockid?.length)).size, 1, 'block ids of one length');
    assert.ok(lists[0].id > Math.max(...blocks.map((b) => b.id)), 'block list after the blocks');

    const restore = await restoreData(key);
    assert.equal(restore.result, key, restore.output);
    assert.equal(await sha256File(path.join(restore.workspace, 'data', 'random.bin')), digest);
    const get = proxy.requests().filter((b) => b.method === 'GET').at(-1);
    assert.equal(get?.ranged, false, '@actions/cache does one plain GET for non-Azure hosts');
    assert.equal(get?.bytesOut, entry?.sizeBytes);
  });
});
