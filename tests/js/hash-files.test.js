// Parity of cachet's hashFiles() with the runner's (tests/support/runner-hash-files.js, the real
// @actions/glob 0.7.0 driven as the runner drives it), on the hand-written trees of
// tests/fixtures/hash-files/trees.json and on seeded random trees: the same hash (or both
// fail), and the --explain file list in the order the runner hashes files. Links followed
// and not. Every tree lives in its own temporary folder, removed afterwards.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../../js/src/hash-files.js';
import { runnerHashFiles } from '../support/runner-hash-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(fs.readFileSync(path.join(here, '../fixtures/hash-files/trees.json'), 'utf8'));

const temporaries = [];
after(() => {
  for (const dir of temporaries) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary root (real path, as the runner's cwd would be). */
function tempRoot() {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-hash-files-')));
  temporaries.push(dir);
  return dir;
}

/** Deterministic bytes. */
function bytes(size, seed) {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** @param {string} s @param {string} root */
const fill = (s, root) => s.replaceAll('{root}', root).replaceAll('{ws}', path.join(root, 'ws'));

function build(root, entries) {
  fs.mkdirSync(path.join(root, 'ws'), { recursive: true });
  entries.forEach((entry, i) => {
    const p = path.join(root, entry.path);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    if (entry.kind === 'dir') fs.mkdirSync(p, { recursive: true });
    else if (entry.kind === 'file') fs.writeFileSync(p, entry.content ?? bytes(entry.size ?? 0, i + 1));
    else if (entry.kind === 'link') fs.symlinkSync(fill(entry.target, root), p);
    else throw new Error(`unknown kind ${entry.kind}`);
  });
}

async function outcome(run) {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Runs both and checks they agree. Returns cachet's outcome.
 * @param {string} root
 * @param {string[]} patterns
 * @param {boolean} follow
 */
async function compare(root, patterns, follow) {
  const workspace = path.join(root, 'ws');
  const label = `${JSON.stringify(patterns)} (follow: ${follow}) in ${root}`;
  const ours = await outcome(() => hashFiles(patterns, { workspace, followSymbolicLinks: follow, explain: true }));
  const theirs = await outcome(() => runnerHashFiles(patterns, { workspace, followSymbolicLinks: follow }));
  assert.equal(
    ours.ok,
    theirs.ok,
    `${label}: cachet ${ours.ok ? 'succeeded' : `failed (${ours.error?.message})`}, the runner ${theirs.ok ? 'succeeded' : `failed (${theirs.error?.message})`}`,
  );
  if (ours.ok) {
    assert.equal(ours.value.hash, theirs.value.hash, `${label}: hash`);
    const expected = theirs.value.files.map((f) => ({ path: f.path.slice(workspace.length + 1), sha256: f.sha256 }));
    assert.deepEqual(ours.value.files, expected, `${label}: files in the runner's order`);
  }
  return ours;
}

test('hand-written trees: the same hash and order as the runner', async () => {
  let cases = 0;
  for (const tree of fixture.trees) {
    const root = tempRoot();
    build(root, tree.entries);
    for (const c of tree.cases) {
      const patterns = c.patterns.map((p) => fill(p, root));
      for (const follow of [false, true]) {
        const ours = await compare(root, patterns, follow);
        const expected = follow
          ? c.errorFollowing ?? (c.error === 'broken_symlink' ? undefined : c.error)
          : c.error;
        assert.equal(ours.ok ? undefined : ours.error.code, expected, `${tree.name} ${JSON.stringify(c.patterns)} follow=${follow}`);
        cases++;
      }
    }
  }
  assert.ok(cases >= 120, `${cases} cases`);
});

// ---- generated trees ----

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

const NAMES = [
  'a', 'b', 'A', 'B', 'Z', 'z', 'src', 'lib', '.hidden', '.git', 'node_modules', 'é', 'ü', '日本', '😀',
  'a b', 'x-y', 'x_y', 'file.txt', 'b.TXT', 'c.lock', 'package-lock.json', 'Cargo.lock', 'read me.md',
  '[1]', 'a.b.c', '-', 'a-c', 'a+b', '#x', '!y', '~', 'ab', 'aa',
];

/** A random tree spec: nested folders, files, links (to files, folders, outside, missing). */
function randomTree(r, { broken }) {
  const entries = [{ path: 'outside/o.txt', kind: 'file', content: 'outside' }, { path: 'outside/d/p.lock', kind: 'file', content: 'p' }];
  const files = ['outside/o.txt'];
  const dirs = ['ws', 'outside', 'outside/d'];
  const links = [];
  const fillDir = (dir, depth) => {
    const used = new Set();
    const count = Math.floor(r() * (depth === 0 ? 7 : 5));
    for (let i = 0; i < count; i++) {
      const name = pick(r, NAMES);
      if (used.has(name)) continue;
      used.add(name);
      const p = `${dir}/${name}`;
      const roll = r();
      if (roll < 0.3 && depth < 3) {
        entries.push({ path: p, kind: 'dir' });
        dirs.push(p);
        fillDir(p, depth + 1);
      } else if (roll < 0.85) {
        entries.push({ path: p, kind: 'file', ...(r() < 0.1 ? { size: Math.floor(r() * 300000) } : { content: `${p}:${Math.floor(r() * 1e6)}` }) });
        files.push(p);
      } else {
        links.push(p);
      }
    }
  };
  fillDir('ws', 0);
  for (const p of links) {
    const roll = r();
    let target;
    if (broken && roll < 0.25) target = `${path.posix.dirname(p)}/missing-${Math.floor(r() * 100)}`;
    else if (roll < 0.6) target = pick(r, files);
    else target = pick(r, dirs);
    entries.push({ path: p, kind: 'link', target: path.posix.relative(path.posix.dirname(p), target) || '.' });
  }
  return entries;
}

function randomPatterns(r) {
  const name = () => pick(r, NAMES).replace(/[[\]*?\\]/g, (c) => `\\${c}`);
  const makers = [
    () => '**',
    () => '*',
    () => '**/*',
    () => '**/*.txt',
    () => '**/*.lock',
    () => '**/package-lock.json',
    () => '*/**',
    () => name(),
    () => `${name()}/**`,
    () => `${name()}/*`,
    () => `**/${name()}`,
    () => `!**/${name()}`,
    () => `!${name()}/`,
    () => `!${name()}`,
    () => '?',
    () => '[a-z]*',
    () => '[!a]*',
    () => '**/.*',
    () => '{root}/outside/**',
    () => '{ws}/**',
    () => '{root}/*/*.txt',
    () => '.',
    () => `./${name()}`,
    () => '**/[A-Z]*',
    () => '*.{txt,lock}',
  ];
  const count = 1 + Math.floor(r() * 3);
  const list = Array.from({ length: count }, () => pick(r, makers)());
  if (r() < 0.15) list.push(list[0]);
  return list;
}

test('24 generated trees: the same hash and order as the runner', async () => {
  let compared = 0;
  let failedBoth = 0;
  for (let seed = 1; seed <= 24; seed++) {
    const r = rng(seed * 7919);
    const root = tempRoot();
    build(root, randomTree(r, { broken: seed % 4 === 0 }));
    for (let i = 0; i < 6; i++) {
      const patterns = randomPatterns(r).map((p) => fill(p, root));
      for (const follow of [false, true]) {
        const ours = await compare(root, patterns, follow);
        if (!ours.ok) {
          failedBoth++;
          assert.match(ours.error.code, /^(broken_symlink|pattern_\w+)$/, ours.error.message);
        }
        compared++;
      }
    }
  }
  assert.equal(compared, 24 * 6 * 2);
  assert.ok(failedBoth < compared / 4, `${failedBoth} of ${compared} failed in both`);
});

test('the order is the walk order, not sorted: a/b before a-c, Z before a, argument order', async () => {
  const root = tempRoot();
  build(root, [
    { path: 'ws/a/b', kind: 'file', content: '1' },
    { path: 'ws/a-c', kind: 'file', content: '2' },
    { path: 'ws/Z', kind: 'file', content: '3' },
    { path: 'ws/a/B', kind: 'file', content: '4' },
  ]);
  const workspace = path.join(root, 'ws');
  const all = await hashFiles('**', { workspace, explain: true });
  assert.deepEqual(all.files?.map((f) => f.path), ['Z', 'a/B', 'a/b', 'a-c']);
  const zFirst = await hashFiles(['Z', 'a-c'], { workspace, explain: true });
  const acFirst = await hashFiles(['a-c', 'Z'], { workspace, explain: true });
  assert.deepEqual(acFirst.files?.map((f) => f.path), ['a-c', 'Z']);
  assert.notEqual(zFirst.hash, acFirst.hash);
  assert.equal((await runnerHashFiles(['a-c', 'Z'], { workspace })).hash, acFirst.hash);
});

test('errors name the path and carry a code', async () => {
  const root = tempRoot();
  build(root, [
    { path: 'ws/ok.txt', kind: 'file', content: 'ok' },
    { path: 'ws/sub/dangling', kind: 'link', target: 'nowhere' },
    { path: 'ws/secret/x.txt', kind: 'file', content: 'x' },
  ]);
  const workspace = path.join(root, 'ws');
  await assert.rejects(hashFiles('**', { workspace }), (e) => {
    assert.equal(e.code, 'broken_symlink');
    assert.match(e.message, /'sub\/dangling'/);
    return true;
  });
  // Broken links are omitted when following, as the runner does.
  assert.equal((await hashFiles('**', { workspace, followSymbolicLinks: true })).hash, (await runnerHashFiles('**', { workspace, followSymbolicLinks: true })).hash);
  await assert.rejects(hashFiles('../x', { workspace }), { code: 'pattern_relative' });
  await assert.rejects(hashFiles('**', { workspace: path.join(root, 'missing') }), { code: 'workspace_missing' });
  if (process.getuid?.() !== 0) {
    fs.chmodSync(path.join(workspace, 'secret/x.txt'), 0);
    await assert.rejects(hashFiles('secret/**', { workspace }), (e) => {
      assert.equal(e.code, 'unreadable');
      assert.match(e.message, /'secret\/x\.txt'/);
      return true;
    });
    fs.chmodSync(path.join(workspace, 'secret/x.txt'), 0o644);
  }
});

test('empty matches give the empty string; ~ expands to the given home', async () => {
  const root = tempRoot();
  build(root, [{ path: 'ws/x', kind: 'file', content: 'x' }, { path: 'home/h.txt', kind: 'file', content: 'h' }]);
  const workspace = path.join(root, 'ws');
  assert.deepEqual(await hashFiles('nothing/**', { workspace, explain: true }), { hash: '', files: [] });
  assert.deepEqual(await hashFiles([], { workspace }), { hash: '' });
  assert.deepEqual(await hashFiles('# only a comment', { workspace }), { hash: '' });
  // `~` outside the workspace: matched, then ignored, like every match outside it.
  assert.equal((await hashFiles('~/h.txt', { workspace, homeDir: path.join(root, 'home') })).hash, '');
  const inside = await hashFiles('~/x', { workspace, homeDir: workspace, explain: true });
  assert.deepEqual(inside.files?.map((f) => f.path), ['x']);
});

test('hundreds of files: the worker pool keeps the runner order, links and errors', async () => {
  const root = tempRoot();
  const entries = [];
  for (let d = 0; d < 30; d++) {
    for (let f = 0; f < 25; f++) {
      entries.push({ path: `ws/d${d % 7}/s${d}/f${(f * 7) % 25}.txt`, kind: 'file', ...(f % 11 === 0 ? { size: 70000 + d * 1000 } : { content: `${d}/${f}` }) });
    }
  }
  entries.push({ path: 'ws/d3/file-link', kind: 'link', target: 's3/f1.txt' });
  entries.push({ path: 'ws/d3/dir-link', kind: 'link', target: 's10' });
  build(root, entries);
  for (const follow of [false, true]) {
    const ours = await compare(root, ['**'], follow);
    assert.ok(ours.ok && ours.value.files.length >= 750, 'enough files to use the pool');
    await compare(root, ['**/*.txt', '!d2/**'], follow);
  }
  // A broken link late in the walk: the same failure, named.
  fs.symlinkSync('missing', path.join(root, 'ws/d6/zz-broken'));
  const ours = await compare(root, ['**'], false);
  assert.equal(ours.ok, false);
  assert.equal(ours.error.code, 'broken_symlink');
  assert.match(ours.error.message, /'d6\/zz-broken'/);
  // And an unreadable file, when permissions apply (not as root).
  if (process.getuid?.() !== 0) {
    fs.unlinkSync(path.join(root, 'ws/d6/zz-broken'));
    fs.chmodSync(path.join(root, 'ws/d5/s12/f3.txt'), 0);
    const unreadable = await compare(root, ['**'], false);
    assert.equal(unreadable.error?.code, 'unreadable');
    assert.match(unreadable.error.message, /'d5\/s12\/f3\.txt'/);
  }
});
