// The bundled action (dist/action-*.js) run as the runner runs it, on this machine's Node and on
// Node 24, against the real test service (Azurite behind the blob proxy and the Twirp cache
// service v2): hits, restore-key hits, misses, lookup-only, fail-on-cache-miss, the save skipped
// on an exact hit, save on failure, hash-files, a read-only token, 409 (already saved, and
// another job holding the reservation), rate limiting, a spent storage quota, the summary, and
// the runtime token and signed URLs kept out of every log line (debug included).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { useTestService } from '../support/index.js';
import { DIST, NODES, createJob } from '../fixtures/action/harness.js';
import { cacheVersion } from '../../js/src/key.js';
import { chooseCompression } from '../../js/src/archive/create.js';

const handle = await useTestService();
const { service, proxy } = handle;

/** @type {ReturnType<typeof createJob>[]} */
const jobs = [];
after(() => jobs.forEach((j) => j.remove()));

/** Every step's output, to check for secrets at the end. */
const transcripts = [];

let n = 0;
const key = (name) => `${name}-${process.pid}-${++n}`;



for (const node of NODES) {
  describe(`the bundled action on ${node.name}, cache service`, () => {
    /** @param {Record<string, string>} [env] */
    const newJob = (env = handle.env) => {
      assert.ok(fs.existsSync(node.bin), `${node.bin} is missing: run scripts/bootstrap.sh`);
      assert.ok(fs.existsSync(`${DIST}/action-main.js`), `${DIST}/action-main.js is missing: run npm run build`);
      // RUNNER_DEBUG: debug lines too must be free of secrets.
      const job = createJob({ node: node.bin, env: { ...env, RUNNER_DEBUG: '1' } });
      jobs.push(job);
      const run = job.runBundle;
      job.runBundle = async (...args) => {
        const r = await run(...args);
        transcripts.push({ token: job.extraEnv.ACTIONS_RUNTIME_TOKEN, text: `${r.stdout}\n${r.stderr}\n${r.summary}` });
        return r;
      };
      return job;
    };

    test('miss with hash-files, post saves; exact hit restores and skips the save; the summaries say so', async () => {
      const k = key('svc');
      const first = newJob();
      first.write({ 'deps/a.txt': 'alpha', 'deps/b/c.txt': 'charlie', 'Cargo.lock': 'lock v1' });
      const step = await first.useCache({ path: 'deps', key: k, 'restore-keys': `${k}-older-`, 'hash-files': 'Cargo.lock' });
      assert.equal(step.main.code, 0, step.main.stdout);
      const primary = step.main.outputs['cache-primary-key'];
      assert.match(primary, new RegExp(`^${k}-[0-9a-f]{64}$`));
      assert.equal(step.main.outputs['cache-hit'], undefined);
      assert.deepEqual(step.main.warnings, []);
      assert.match(step.main.summary, /### cachet restore: miss/);
      assert.match(step.main.summary, /the GitHub Actions cache service/);
      assert.match(step.main.summary, /`Cargo\.lock`/);
      first.write({ 'Cargo.lock': 'lock v2, changed by the build' });
      const post = await step.post();
      assert.equal(post.code, 0, post.stdout);
      assert.deepEqual(post.warnings, []);
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${primary} (`)), post.stdout);
      assert.ok(service.entries().some((e) => e.key === primary && e.state === 'finalized'));

      const second = newJob();
      second.write({ 'Cargo.lock': 'lock v1' });
      const hit = await second.useCache({ path: 'deps', key: k, 'hash-files': 'Cargo.lock' });
      assert.equal(hit.main.code, 0, hit.main.stdout);
      assert.equal(hit.main.outputs['cache-hit'], 'true');
      assert.equal(hit.main.outputs['cache-matched-key'], primary);
      assert.equal(second.read('deps/b/c.txt'), 'charlie');
      assert.match(hit.main.summary, /### cachet restore: exact hit/);
      assert.match(hit.main.summary, /\| Size \| [\d.]+ (B|kB) \|/);
      assert.match(hit.main.summary, /\| Throughput \| [\d.]+ (B|kB|MB)\/s \|/);
      assert.match(hit.main.summary, /\| path 1 \| `deps` \|/);
      const created = service.requests().filter((r) => r.method === 'CreateCacheEntry').length;
      const skipped = await hit.post();
      assert.ok(skipped.lines.includes(`Cache hit occurred on the primary key ${primary}, not saving cache.`), skipped.stdout);
      assert.equal(service.requests().filter((r) => r.method === 'CreateCacheEntry').length, created, 'no reservation attempted');
    });

    test('restore-key hit, lookup-only, and fail-on-cache-miss', async () => {
      const base = key('rk');
      const seed = newJob();
      seed.write({ 'out/f.txt': 'old' });
      assert.equal((await seed.save({ path: 'out', key: `${base}-1` })).code, 0);

      const job = newJob();
      const r = await job.restore({ path: 'out', key: `${base}-2`, 'restore-keys': `${base}-` });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs['cache-hit'], 'false');
      assert.equal(r.outputs['cache-matched-key'], `${base}-1`);
      assert.equal(r.outputs['cache-primary-key'], `${base}-2`);
      assert.equal(job.read('out/f.txt'), 'old');

      const look = newJob();
      proxy.clearRequests();
      const l = await look.restore({ path: 'out', key: `${base}-1`, 'lookup-only': 'true' });
      assert.equal(l.outputs['cache-hit'], 'true');
      assert.equal(look.read('out/f.txt'), null);
      assert.equal(proxy.requests().length, 0, 'no blob request with lookup-only');

      const strict = await newJob().useCache({ path: 'out', key: key('absent'), 'fail-on-cache-miss': 'true' });
      assert.equal(strict.main.code, 1);
      assert.match(strict.main.errors[0], /^Failed to restore cache entry\. Exiting as fail-on-cache-miss is set\. Input key: absent-/);
    });

    test('save-on-failure: a failed job still saves through the post step', async () => {
      const k = key('fail');
      const job = newJob();
      job.write({ 'build/o': 'object code' });
      const step = await job.useCache({ path: 'build', key: k, 'save-on-failure': 'true' });
      assert.deepEqual(step.main.exported, { CACHET_SAVE_ON_FAILURE: 'true' });
      job.status = 'failure';
      const post = await step.post();
      assert.ok(post.ran);
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${k}`)), post.stdout);
      assert.ok(service.entries().some((e) => e.key === k && e.state === 'finalized'));
    });

    test('a read-only token: restore works; the save warns "write denied" with the fix and does not fail', async () => {
      const k = key('ro');
      const seed = newJob();
      seed.write({ 'ro/x': 'x' });
      assert.equal((await seed.save({ path: 'ro', key: k })).code, 0);
      const roEnv = { ...handle.env, ...service.envFor(service.addToken('read-only')) };
      const job = newJob(roEnv);
      const step = await job.useCache({ path: 'ro', key: `${k}-pr`, 'restore-keys': `${k}` });
      assert.equal(step.main.outputs['cache-hit'], 'false');
      assert.equal(job.read('ro/x'), 'x');
      const post = await step.post();
      assert.equal(post.code, 0, post.stdout);
      assert.equal(post.warnings.length, 1, post.stdout);
      assert.match(post.warnings[0], /^Cache not saved: the cache service denied the write \(cache write denied: token has no writable scopes\)/);
      assert.match(post.warnings[0], /token is read-only for the cache: pull requests from forks/);
      assert.match(post.warnings[0], /actions: write/);
      assert.match(post.summary, /### cachet save: write denied/);
    });

    test('409: "already saved" when the entry exists, "another job is saving" when its reservation is held', async () => {
      const k = key('dup');
      const job = newJob();
      job.write({ 'd/x': 'x' });
      assert.equal((await job.save({ path: 'd', key: k })).code, 0);
      const again = await job.save({ path: 'd', key: k });
      assert.equal(again.code, 0);
      assert.deepEqual(again.warnings, []);
      assert.ok(again.lines.some((l) => l.startsWith(`Cache not saved: an entry for key '${k}' and this version already exists.`)), again.stdout);
      assert.match(again.summary, /### cachet save: already saved/);

      // Another job reserved this key and is still uploading.
      const held = key('held');
      const version = cacheVersion({ paths: ['d'], compressionMethod: chooseCompression() });
      const res = await fetch(`${service.url}/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${service.token}` },
        body: JSON.stringify({ key: held, version }),
      });
      assert.equal((await res.json()).ok, true);
      const busy = await job.save({ path: 'd', key: held });
      assert.equal(busy.code, 0, busy.stdout);
      assert.deepEqual(busy.warnings, []);
      assert.ok(busy.lines.some((l) => l.startsWith(`Cache not saved: another job is saving key '${held}' right now`)), busy.stdout);
      assert.match(busy.summary, /### cachet save: another job is saving/);
    });

    test('tunables reach the transfer: block-size cuts uploads and downloads into blocks; upload-chunk-size maps onto it', async () => {
      const k = key('blocks');
      const job = newJob();
      // 2.5 MiB that zstd cannot shrink, so the archive needs three 1 MiB blocks.
      job.write({ 'big/random.bin': /** @type {any} */ (randomBytes(2.5 * 1024 * 1024)) });
      proxy.clearRequests();
      const saved = await job.save({ path: 'big', key: k, 'block-size': '1', concurrency: '2', 'idle-timeout': '20', 'compression-level': '1' });
      assert.equal(saved.code, 0, saved.stdout);
      assert.ok(saved.lines.some((l) => l.startsWith(`Cache saved with key: ${k}`)), saved.stdout);
      assert.ok(proxy.requests().filter((r) => r.comp === 'block').length >= 3, 'Put Block per 1 MiB');
      proxy.clearRequests();
      const other = newJob();
      const restored = await other.restore({ path: 'big', key: k, 'block-size': '1' });
      assert.equal(restored.outputs['cache-hit'], 'true', restored.stdout);
      assert.ok(proxy.requests().filter((r) => r.ranged).length >= 3, 'ranged GET per 1 MiB');
      assert.equal(fs.statSync(path.join(other.workspace, 'big/random.bin')).size, 2.5 * 1024 * 1024);

      proxy.clearRequests();
      const chunked = await job.save({ path: 'big', key: key('chunk'), 'upload-chunk-size': String(1024 * 1024) });
      assert.ok(chunked.lines.includes('Note: upload-chunk-size 1048576 bytes is used as the upload block size'), chunked.stdout);
      assert.ok(proxy.requests().filter((r) => r.comp === 'block').length >= 3);
    });

    test('rate limited and storage quota: distinct warnings, the step still succeeds', async () => {
      const job = newJob();
      job.write({ 'q/x': 'x' });
      const limit = service.fault({ method: 'CreateCacheEntry', status: 429, retryAfter: 3600 });
      const limited = await job.save({ path: 'q', key: key('rate') });
      limit.remove();
      assert.equal(limited.code, 0, limited.stdout);
      assert.equal(limited.warnings.length, 1, limited.stdout);
      assert.match(limited.warnings[0], /^Cache not saved: the cache service is rate limiting this repository \(the service asks to retry after 3600 s\)/);
      assert.match(limited.summary, /### cachet save: rate limited/);

      const quota = service.fault({ method: 'CreateCacheEntry', status: 403, code: 'resource_exhausted', msg: 'Insufficient usage to create cache entry' });
      const full = await job.save({ path: 'q', key: key('quota') });
      quota.remove();
      assert.equal(full.code, 0, full.stdout);
      assert.equal(full.warnings.length, 1, full.stdout);
      assert.match(full.warnings[0], /^Cache not saved: the repository's cache storage is used up/);
      assert.match(full.warnings[0], /gh cache delete/);

      const slow = service.fault({ method: 'GetCacheEntryDownloadURL', status: 429, retryAfter: 3600 });
      const r = await job.useCache({ path: 'q', key: key('rate-restore'), 'fail-on-cache-miss': 'false' });
      slow.remove();
      assert.equal(r.main.code, 0);
      assert.match(r.main.warnings[0] ?? '', /^Cache not restored: the cache service is rate limiting this repository/);
    });
  });
}

test('the runtime token is masked and no signed URL query appears in any log line, debug included', () => {
  assert.ok(transcripts.length > 20, `${transcripts.length} steps recorded`);
  for (const { token, text } of transcripts) {
    const lines = text.split('\n');
    assert.ok(lines[0] === `::add-mask::${token}`, `the first line masks the token: ${lines[0]}`);
    assert.equal(lines.filter((l) => l.includes(token)).length, 1, 'the token appears only in ::add-mask::');
    assert.ok(!/[?&](sig|sv|se|sp)=/.test(text), 'no SAS query');
  }
});
