// Fault tolerance, end to end: each fault is injected by the real test service (Twirp faults in
// the cache service, blob faults in the proxy in front of Azurite), and each test checks that the
// save or restore still comes out right, and what was sent to get there.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useTestService } from '../support/index.js';
import { hashTree, makeTempRoot, writeRandomFile } from '../support/workspace.js';
import { restoreCache, saveCache } from '../../js/src/cache.js';

const handle = await useTestService();
const { service, proxy } = handle;
const root = makeTempRoot('cachet-faults-test-');
after(() => root.remove());

let uniq = 0;
const uk = (name) => `${name}-${process.pid}-${++uniq}`;
const BLOCK = 256 * 1024;
// Small blocks and short back-offs keep the suite fast; the policy is the production one.
const fast = { blockSize: BLOCK, backoffBaseMs: 20, idleTimeoutMs: 800 };
const env = () => ({ ...handle.env });

/** A workspace with ~1.2 MB of incompressible data: 5 blocks of BLOCK bytes once compressed. */
async function makeWorkspace() {
  const ws = root.fresh('ws');
  await writeRandomFile(path.join(ws, 'data/random.bin'), 1_200_000);
  fs.writeFileSync(path.join(ws, 'data/note.txt'), 'note\n');
  return ws;
}

async function savedEntry(name) {
  const ws = await makeWorkspace();
  const key = uk(name);
  const r = await saveCache(['data'], key, { env: env(), workspace: ws, ...fast });
  assert.equal(r.outcome, 'saved', r.message);
  return { ws, key, size: /** @type {number} */ (r.size) };
}

function twirpCalls(method) {
  return service.requests().filter((q) => q.method === method);
}

function gets() {
  return proxy.requests().filter((q) => q.method === 'GET');
}

function ranges() {
  return gets().map((q) => q.range);
}

function restoreInto(key, extra = {}) {
  const target = root.fresh('restore');
  return restoreCache(['data'], key, [], { env: env(), workspace: target, ...fast, ...extra }).then((r) => ({ r, target }));
}

describe('faults on the cache service (Twirp)', () => {
  for (const method of ['CreateCacheEntry', 'FinalizeCacheEntryUpload']) {
    test(`a 5xx then a network error on ${method} are retried and the save succeeds`, async () => {
      const ws = await makeWorkspace();
      service.clearRequests();
      service.fault({ method, status: 503, times: 1 });
      service.fault({ method, drop: true, nth: 2, times: 1 });
      const r = await saveCache(['data'], uk('twirp-save'), { env: env(), workspace: ws, ...fast });
      assert.equal(r.outcome, 'saved', r.message);
      assert.equal(twirpCalls(method).length, 3);
      service.clearFaults();
    });
  }

  test('a 5xx and a non-JSON body on GetCacheEntryDownloadURL are retried and the restore succeeds', async () => {
    const { ws, key } = await savedEntry('twirp-restore');
    service.clearRequests();
    service.fault({ method: 'GetCacheEntryDownloadURL', status: 500, times: 1 });
    service.fault({ method: 'GetCacheEntryDownloadURL', body: '<html>bad gateway</html>', nth: 2, times: 1 });
    const { r, target } = await restoreInto(key);
    assert.equal(r.outcome, 'hit', r.message);
    assert.equal(twirpCalls('GetCacheEntryDownloadURL').length, 3);
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
    service.clearFaults();
  });

  test('429 with Retry-After: the machine waits as told, then succeeds', async () => {
    const { key } = await savedEntry('rate');
    service.clearRequests();
    service.fault({ method: 'GetCacheEntryDownloadURL', status: 429, retryAfter: 1, times: 1 });
    const { r } = await restoreInto(key);
    assert.equal(r.outcome, 'hit', r.message);
    const calls = twirpCalls('GetCacheEntryDownloadURL');
    assert.equal(calls.length, 2);
    assert.ok(calls[1].at - calls[0].at >= 950, `waited ${calls[1].at - calls[0].at} ms for Retry-After: 1`);
    service.clearFaults();
  });

  test('429 beyond the time budget gives up with rateLimited and the server\'s Retry-After', async () => {
    const ws = await makeWorkspace();
    service.clearRequests();
    service.fault({ method: 'CreateCacheEntry', status: 429, retryAfter: 30, times: Infinity });
    const r = await saveCache(['data'], uk('rate-budget'), { env: env(), workspace: ws, ...fast, rateLimitBudgetMs: 1000 });
    assert.equal(r.outcome, 'rateLimited');
    assert.equal(r.retryAfterMs, 30_000);
    assert.match(r.message, /rate limit/);
    assert.equal(twirpCalls('CreateCacheEntry').length, 1);
    service.clearFaults();
  });

  test('5xx on every attempt: a failed outcome after the bounded attempts, not a hang', async () => {
    const ws = await makeWorkspace();
    service.clearRequests();
    service.fault({ method: 'CreateCacheEntry', status: 502, times: Infinity });
    const r = await saveCache(['data'], uk('always-5xx'), { env: env(), workspace: ws, ...fast, maxAttempts: 3 });
    assert.equal(r.outcome, 'failed');
    assert.equal(r.code, 'service_error');
    assert.equal(twirpCalls('CreateCacheEntry').length, 3);
    service.clearFaults();
  });
});

describe('faults on the blob store', () => {
  test('a failed block upload is retried alone; the other blocks go up once', async () => {
    const ws = await makeWorkspace();
    proxy.clearRequests();
    proxy.fault({ method: 'PUT', comp: 'block', nth: 2, status: 500 });
    proxy.fault({ method: 'PUT', comp: 'block', nth: 4, drop: 'request', afterBytes: 1000 });
    const key = uk('block-retry');
    const r = await saveCache(['data'], key, { env: env(), workspace: ws, ...fast });
    assert.equal(r.outcome, 'saved', r.message);
    const puts = proxy.requests().filter((q) => q.comp === 'block');
    const byId = new Map();
    for (const q of puts) byId.set(q.blockid, (byId.get(q.blockid) ?? 0) + 1);
    const expectedBlocks = Math.ceil(/** @type {number} */ (r.size) / BLOCK);
    assert.equal(byId.size, expectedBlocks);
    assert.equal(puts.length, expectedBlocks + 2, 'exactly the two failed blocks were sent again');
    assert.equal([...byId.values()].filter((n) => n === 2).length, 2);
    const { r: back, target } = await restoreInto(key);
    assert.equal(back.outcome, 'hit');
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
  });

  test('a download dropped mid-body resumes from the exact byte received, never fetching bytes twice', async () => {
    const { ws, key, size } = await savedEntry('drop');
    proxy.clearRequests();
    proxy.fault({ method: 'GET', nth: 2, drop: 'response', afterBytes: 100_000 });
    const { r, target } = await restoreInto(key);
    assert.equal(r.outcome, 'hit', r.message);
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
    const dropped = gets().find((q) => q.fault);
    assert.ok(dropped, 'the fault fired');
    const start = Number(/bytes=(\d+)-(\d+)/.exec(dropped.range)[1]);
    const end = Number(/bytes=(\d+)-(\d+)/.exec(dropped.range)[2]);
    const resumed = gets().find((q) => q.range === `bytes=${start + 100_000}-${end}`);
    assert.ok(resumed, `a resumed range bytes=${start + 100_000}-${end} among ${ranges().join(', ')}`);
    const fetched = gets().reduce((n, q) => n + q.bytesOut, 0);
    assert.equal(fetched, size, 'every archive byte crossed the wire once');
  });

  test('a stalled download is aborted after the idle timeout and resumed', async () => {
    const { ws, key, size } = await savedEntry('stall');
    proxy.clearRequests();
    proxy.fault({ method: 'GET', nth: 1, stallMs: 4000, afterBytes: 50_000 });
    const started = Date.now();
    const { r, target } = await restoreInto(key);
    assert.equal(r.outcome, 'hit', r.message);
    assert.ok(Date.now() - started < 3500, 'did not sit out the stall');
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
    assert.ok(ranges().some((x) => x.startsWith('bytes=50000-')), `resumed at byte 50000: ${ranges().join(', ')}`);
    assert.equal(gets().reduce((n, q) => n + q.bytesOut, 0), size, 'no byte was fetched twice');
  });

  test('a stalled upload is aborted after the idle timeout and the block is sent again', async () => {
    const ws = await makeWorkspace();
    proxy.clearRequests();
    proxy.fault({ method: 'PUT', comp: 'block', nth: 1, stallMs: 4000, afterBytes: 10_000, phase: 'request' });
    const key = uk('stall-up');
    const r = await saveCache(['data'], key, { env: env(), workspace: ws, ...fast });
    assert.equal(r.outcome, 'saved', r.message);
    const first = proxy.requests().find((q) => q.comp === 'block');
    assert.equal(proxy.requests().filter((q) => q.blockid === first.blockid).length, 2);
    const { r: back } = await restoreInto(key);
    assert.equal(back.outcome, 'hit');
  });

  test('an expired download URL (403) is refreshed once through the service, keeping bytes received', async () => {
    const { ws, key } = await savedEntry('expired');
    proxy.clearRequests();
    service.clearRequests();
    proxy.fault({ method: 'GET', nth: 3, status: 403 });
    const { r, target } = await restoreInto(key, { concurrency: 1 });
    assert.equal(r.outcome, 'hit', r.message);
    assert.equal(twirpCalls('GetCacheEntryDownloadURL').length, 2, 'one lookup, one refresh');
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
    const asked = ranges();
    assert.equal(new Set(asked.filter((x, i) => asked.indexOf(x) !== i)).size, 1, `only the refused range was asked twice: ${asked.join(', ')}`);
  });

  test('5xx on ranged GETs are retried per range', async () => {
    const { ws, key } = await savedEntry('get-5xx');
    proxy.clearRequests();
    proxy.fault({ method: 'GET', nth: 2, status: 503, times: 2 });
    const { r, target } = await restoreInto(key);
    assert.equal(r.outcome, 'hit', r.message);
    assert.deepEqual(hashTree(path.join(target, 'data')), hashTree(path.join(ws, 'data')));
  });

  test('a download that keeps dropping fails cleanly: not a hit, nothing restored', async () => {
    const { key } = await savedEntry('hopeless');
    proxy.clearRequests();
    proxy.fault({ method: 'GET', nth: 2, drop: 'response', afterBytes: 0, times: Infinity });
    const { r, target } = await restoreInto(key, { maxAttempts: 3 });
    assert.equal(r.outcome, 'failed');
    assert.deepEqual(fs.readdirSync(target), []);
    proxy.clearFaults();
  });
});
