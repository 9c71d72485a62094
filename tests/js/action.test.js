// The bundled action (dist/action-*.js) run as the runner runs it, on this machine's Node and on
// Node 24, with the local store (no ACTIONS_* variables: what a job without the cache service,
// e.g. a self-hosted runner or act, gets). The same scenarios against the real test service are
// in action-service.test.js.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, NODES, createJob } from '../fixtures/action/harness.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-action-test-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** @type {ReturnType<typeof createJob>[]} */
const jobs = [];
after(() => jobs.forEach((j) => j.remove()));

for (const node of NODES) {
  describe(`the bundled action on ${node.name}, local store`, () => {
    // One "repository": every job of this suite shares the store.
    const store = fs.mkdtempSync(path.join(scratch, 'xdg-'));
    let n = 0;
    const newJob = () => {
      assert.ok(fs.existsSync(node.bin), `${node.bin} is missing: run scripts/bootstrap.sh`);
      assert.ok(fs.existsSync(path.join(DIST, 'action-main.js')), `${DIST}/action-main.js is missing: run npm run build`);
      const job = createJob({ node: node.bin });
      job.xdgCacheHome = store;
      jobs.push(job);
      return job;
    };
    const key = (name) => `${name}-${++n}`;

    test('miss: outputs, explanation in the summary; the post step saves; a later job hits exactly and skips the save', async () => {
      const k = key('deps');
      const first = newJob();
      first.write({ 'deps/a.txt': 'alpha', 'deps/sub/b.txt': 'beta' });
      const step = await first.useCache({ path: 'deps', key: k, 'restore-keys': 'nothing-\nnone-' });
      const { main } = step;
      assert.equal(main.code, 0, main.stdout);
      assert.equal(main.outputs['cache-hit'], undefined, 'cache-hit is not set (empty) on a miss');
      assert.equal(main.outputs['cache-primary-key'], k);
      assert.deepEqual(main.warnings, []);
      assert.ok(main.lines.includes(`Cache not found for input keys: ${k}, nothing-, none-`) || main.lines.some((l) => l.startsWith(`Cache not found for input keys: ${k}, nothing-, none- (version `)), main.stdout);
      assert.match(main.summary, /### cachet restore: miss/);
      assert.match(main.summary, new RegExp(`1\\. \`${k}\` \\(primary key\\)\\n2\\. \`nothing-\`\\n3\\. \`none-\``));
      assert.match(main.summary, /\| path 1 \| `deps` \|/);
      assert.match(main.summary, /\| compression \| `(zstd-without-long|gzip)` \|/);
      assert.match(main.summary, /\| salt \| `1\.0` \|/);
      assert.match(main.summary, /other `path` lines/);

      const post = await step.post();
      assert.ok(post.ran);
      assert.equal(post.code, 0, post.stdout);
      assert.deepEqual(post.warnings, []);
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${k} (`)), post.stdout);
      assert.match(post.summary, /### cachet save: saved/);
      assert.match(post.summary, new RegExp(`\\| Key \\| \`${k}\` \\|`));
      assert.match(post.summary, /\| Size \| \d+(\.\d)? (B|kB) \|/);
      assert.match(post.summary, /\| Time \| \d+ ms|\| Time \| [\d.]+ s/);
      assert.match(post.summary, /\| Throughput \| [\d.]+ (B|kB|MB|GB)\/s \|/);

      const second = newJob();
      const again = await second.useCache({ path: 'deps', key: k });
      assert.equal(again.main.code, 0, again.main.stdout);
      assert.equal(again.main.outputs['cache-hit'], 'true', again.main.stdout + again.main.stderr);
      assert.equal(again.main.outputs['cache-matched-key'], k);
      assert.equal(second.read('deps/a.txt'), 'alpha');
      assert.equal(second.read('deps/sub/b.txt'), 'beta');
      assert.match(again.main.summary, /### cachet restore: exact hit/);
      assert.match(again.main.summary, new RegExp(`\\| Matched key \\| \`${k}\` \\|`));
      assert.match(again.main.summary, /\| Hit \| exact: `cache-hit` is `true` \|/);
      assert.match(again.main.summary, /\| Throughput \| /);
      const post2 = await again.post();
      assert.ok(post2.lines.includes(`Cache hit occurred on the primary key ${k}, not saving cache.`), post2.stdout);
      assert.match(post2.summary, /### cachet save: skipped/);
    });

    test('restore-key hit: cache-hit is false and the post step saves the new key', async () => {
      const base = key('rk');
      const seed = newJob();
      seed.write({ 'out/file.txt': 'v1' });
      const saved = await seed.save({ path: 'out', key: `${base}-old` });
      assert.equal(saved.code, 0, saved.stdout);

      const job = newJob();
      const step = await job.useCache({ path: 'out', key: `${base}-new`, 'restore-keys': `${base}-` });
      assert.equal(step.main.code, 0, step.main.stdout);
      assert.equal(step.main.outputs['cache-hit'], 'false', step.main.stdout + step.main.stderr);
      assert.equal(step.main.outputs['cache-matched-key'], `${base}-old`);
      assert.equal(job.read('out/file.txt'), 'v1');
      assert.match(step.main.summary, /### cachet restore: restore-key hit/);
      assert.match(step.main.summary, /\| Hit \| restore key: `cache-hit` is `false` \|/);
      job.write({ 'out/file.txt': 'v2' });
      const post = await step.post();
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${base}-new`)), post.stdout);

      const check = newJob();
      const r = await check.restore({ path: 'out', key: `${base}-new` });
      assert.equal(r.outputs['cache-hit'], 'true', r.stdout + r.stderr);
      assert.equal(check.read('out/file.txt'), 'v2');
    });

    test('lookup-only: reports the entry, downloads nothing', async () => {
      const k = key('lookup');
      const seed = newJob();
      seed.write({ 'lk/x.txt': 'x' });
      assert.equal((await seed.save({ path: 'lk', key: k })).code, 0);
      const job = newJob();
      const step = await job.useCache({ path: 'lk', key: k, 'lookup-only': 'true' });
      assert.equal(step.main.code, 0, step.main.stdout);
      assert.equal(step.main.outputs['cache-hit'], 'true', step.main.stdout + step.main.stderr);
      assert.equal(step.main.outputs['cache-matched-key'], k);
      assert.ok(step.main.lines.some((l) => l.startsWith(`Cache found and can be restored from key: ${k}`)), step.main.stdout);
      assert.equal(job.read('lk/x.txt'), null, 'nothing was downloaded');
      assert.match(step.main.summary, /\| Downloaded \| no \(lookup-only\) \|/);
      const miss = await job.restore({ path: 'lk', key: key('absent'), 'lookup-only': 'true' });
      assert.equal(miss.code, 0);
      assert.equal(miss.outputs['cache-hit'], undefined);
    });

    test('fail-on-cache-miss: a miss fails the step with ::error::; a restore-key hit does not', async () => {
      const k = key('strict');
      const job = newJob();
      const miss = await job.useCache({ path: 'never', key: k, 'fail-on-cache-miss': 'true' });
      assert.equal(miss.main.code, 1);
      assert.deepEqual(miss.main.errors, [`Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${k}`]);
      job.status = 'failure';
      const post = await miss.post();
      assert.equal(post.ran, false, 'post-if: success() is false after the failed step');

      const seed = newJob();
      seed.write({ strict: 'content' });
      assert.equal((await seed.save({ path: 'strict', key: `${k}-seed` })).code, 0);
      const hit = await newJob().restore({ path: 'strict', key: `${k}-other`, 'restore-keys': `${k}-`, 'fail-on-cache-miss': 'true' });
      assert.equal(hit.code, 0, hit.stdout);
      assert.equal(hit.outputs['cache-hit'], 'false', hit.stdout + hit.stderr);
    });

    test('save-on-failure: the main step exports CACHET_SAVE_ON_FAILURE, post-if reads it, and the post step saves after a failure', async () => {
      const k = key('onfail');
      const job = newJob();
      job.write({ 'build/out.bin': 'partial build' });
      const step = await job.useCache({ path: 'build', key: k, 'save-on-failure': 'true' });
      assert.equal(step.main.code, 0, step.main.stdout);
      assert.deepEqual(step.main.exported, { CACHET_SAVE_ON_FAILURE: 'true' });
      job.status = 'failure'; // a later step of the job failed
      const post = await step.post();
      assert.ok(post.ran, 'post-if let the post step run');
      assert.equal(post.code, 0, post.stdout);
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${k}`)), post.stdout);
      const check = newJob();
      const checked = await check.restore({ path: 'build', key: k });
      assert.equal(checked.outputs['cache-hit'], 'true', checked.stdout);
      assert.equal(check.read('build/out.bin'), 'partial build');

      // Without it, a failed job does not save (post-if: success()).
      const plain = newJob();
      plain.write({ 'build/out.bin': 'x' });
      const p = await plain.useCache({ path: 'build', key: key('nofail') });
      assert.deepEqual(p.main.exported, {});
      plain.status = 'failure';
      assert.equal((await p.post()).ran, false);

      // The deprecated save-always works the same way.
      const always = newJob();
      always.write({ 'build/out.bin': 'y' });
      const a = await always.useCache({ path: 'build', key: key('always'), 'save-always': 'true' });
      assert.deepEqual(a.main.exported, { CACHET_SAVE_ON_FAILURE: 'true' });
      assert.ok(a.main.lines.some((l) => l.includes('save-always is deprecated')), a.main.stdout);
      always.status = 'failure';
      const ap = await a.post();
      assert.ok(ap.ran);
      assert.ok(ap.lines.some((l) => l.startsWith('Cache saved with key: always-')), ap.stdout);
    });

    test('hash-files: the key gets -<hash> in the main step, the post step saves under it even after the files change, the summary lists the files', async () => {
      const k = key('hf');
      const job = newJob();
      job.write({ 'package-lock.json': '{"lockfileVersion":3}', 'sub/requirements.txt': 'numpy==2.0\n', 'node_modules/m/index.js': 'x' });
      const step = await job.useCache({ path: 'node_modules', key: k, 'hash-files': 'package-lock.json\nsub/requirements.txt' });
      assert.equal(step.main.code, 0, step.main.stdout);
      const primary = step.main.outputs['cache-primary-key'];
      assert.match(primary, new RegExp(`^${k}-[0-9a-f]{64}$`));
      assert.match(step.main.summary, /hash-files: 2 files → <code>[0-9a-f]{16}…<\/code>/);
      assert.match(step.main.summary, /`package-lock\.json`/);
      assert.match(step.main.summary, /`sub\/requirements\.txt`/);
      // The build changes a hashed file: the key must not change.
      job.write({ 'package-lock.json': '{"lockfileVersion":3,"changed":true}' });
      const post = await step.post();
      assert.ok(post.lines.some((l) => l.startsWith(`Cache saved with key: ${primary}`)), post.stdout);
      assert.match(post.summary, /hash-files: 2 files/);

      // Same hash from the save/ action on the original files; another hash after the change.
      const other = newJob();
      other.write({ 'package-lock.json': '{"lockfileVersion":3}', 'sub/requirements.txt': 'numpy==2.0\n' });
      const r = await other.restore({ path: 'node_modules', key: k, 'hash-files': 'package-lock.json\nsub/requirements.txt' });
      assert.equal(r.outputs['cache-primary-key'], primary);
      assert.equal(r.outputs['cache-hit'], 'true', r.stdout + r.stderr);
      assert.equal(other.read('node_modules/m/index.js'), 'x');

      // Nothing matched: a warning, and the key without a suffix (the step does not fail).
      const none = await other.restore({ path: 'node_modules', key: k, 'hash-files': 'no-such-dir/**' });
      assert.equal(none.code, 0, none.stdout);
      assert.equal(none.outputs['cache-primary-key'], k);
      assert.match(none.warnings[0] ?? '', /^hash-files: no file matched no-such-dir\/\*\*/);
    });

    test('restore/ + save/ split: cache-primary-key from restore/ feeds save/', async () => {
      const k = key('split');
      const job = newJob();
      const r = await job.restore({ path: 'target', key: k, 'restore-keys': 'split-' });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs['cache-primary-key'], k);
      assert.equal(r.state.cachet, undefined, 'restore/ keeps no state');
      job.write({ 'target/t.o': 'object' });
      const s = await job.save({ path: 'target', key: r.outputs['cache-primary-key'] });
      assert.equal(s.code, 0, s.stdout);
      assert.ok(s.lines.some((l) => l.startsWith(`Cache saved with key: ${k}`)), s.stdout);
      // save/ on the same key again: "already saved", not a warning, not a failure.
      const again = await job.save({ path: 'target', key: k });
      assert.equal(again.code, 0);
      assert.deepEqual(again.warnings, []);
      assert.ok(again.lines.some((l) => l.startsWith(`Cache not saved: an entry for key '${k}' and this version already exists.`)), again.stdout);
      assert.match(again.summary, /### cachet save: already saved/);
    });

    test('invalid inputs fail the step, one ::error:: per problem; a missing path only warns', async () => {
      const job = newJob();
      const bad = await job.useCache({ path: '', key: 'a,b', 'lookup-only': 'yes', 'block-size': '0' });
      assert.equal(bad.main.code, 1);
      assert.ok(bad.main.errors.some((e) => e.startsWith('path: input required')), bad.main.stdout);
      assert.ok(bad.main.errors.some((e) => e.startsWith("lookup-only: 'yes' is not a boolean")), bad.main.stdout);
      assert.ok(bad.main.errors.some((e) => e.startsWith("block-size: '0'")), bad.main.stdout);
      const comma = await job.useCache({ path: 'x', key: 'a,b' });
      assert.equal(comma.main.code, 1);
      assert.match(comma.main.errors[0], /^key: .*comma/);
      const long = await job.save({ path: 'x', key: 'k'.repeat(513) });
      assert.equal(long.code, 1);
      const missing = await job.save({ path: 'does-not-exist', key: key('missing') });
      assert.equal(missing.code, 0, missing.stdout);
      assert.equal(missing.warnings.length, 1);
      assert.match(missing.warnings[0], /^Path Validation Error/);
    });
  });
}
