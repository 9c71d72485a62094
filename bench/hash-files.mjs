#!/usr/bin/env node
// Benchmark: cachet's hashFiles() against the runner's (tests/support/runner-hash-files.js, the
// real @actions/glob 0.7.0 driven as the runner drives it), on a generated tree of 50,000 files
// and about 500 MB: mostly small files, a few hundred large ones, nested folders, dotfiles and
// lockfiles. Both run in this process, alternating, several rounds, warm page cache; outputs
// must be equal. Prints the medians and the ratios (runner time / cachet time).
//
//   npm run bench:hash                  (or: node bench/hash-files.mjs [--rounds N])
//
// The tree is generated once under bench/.data/ (git-ignored) and reused. It never writes
// anywhere else.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from '../js/src/hash-files.js';
import { runnerHashFiles } from '../tests/support/runner-hash-files.js';

const root = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.join(root, '.data', 'hash-files');
const workspace = path.join(dataDir, 'ws');
const manifestFile = path.join(dataDir, 'manifest.json');

const SPEC = { version: 1, files: 50_000, largeFiles: 200, dirs: 2_500, seed: 42 };
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;

const CASES = [
  { name: "hashFiles('**')", patterns: ['**'] },
  { name: "hashFiles('**/package-lock.json')", patterns: ['**/package-lock.json'] },
  { name: "hashFiles('**/*.lock', '!**/node_modules/**')", patterns: ['**/*.lock', '!**/node_modules/**'] },
];

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

function generate() {
  if (fs.existsSync(manifestFile)) {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (JSON.stringify(manifest.spec) === JSON.stringify(SPEC)) return manifest;
  }
  console.log(`generating ${SPEC.files} files under ${path.relative(process.cwd(), dataDir)} (once) ...`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const r = rng(SPEC.seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const words = ['src', 'lib', 'test', 'docs', 'core', 'util', 'api', 'web', 'app', 'cli', 'pkg', 'internal', 'vendor',
    'assets', 'build', 'config', 'models', 'views', 'node_modules', 'crates', 'fixtures', 'scripts', 'types', 'i18n'];
  // Folders: each under a random earlier one (favoring recent ones, for depth), at most 7 deep.
  const dirs = [{ path: '', depth: 0 }];
  for (let i = 0; i < SPEC.dirs; i++) {
    const parent = dirs[Math.max(0, dirs.length - 1 - Math.floor(r() * r() * dirs.length))];
    const base = parent.depth >= 7 ? dirs[Math.floor(r() * Math.min(30, dirs.length))] : parent;
    const name = `${pick(words)}${Math.floor(r() * 1000)}`;
    dirs.push({ path: base.path ? `${base.path}/${name}` : name, depth: base.depth + 1 });
  }
  for (const d of dirs) fs.mkdirSync(path.join(workspace, d.path), { recursive: true });
  fs.mkdirSync(path.join(workspace, '.git', 'objects'), { recursive: true });
  const exts = ['.js', '.ts', '.json', '.md', '.txt', '.rs', '.go', '.py', '.css', '.html', '.yml', '.png'];
  let bytes = 0;
  const pool = crypto.randomBytes(4 << 20);
  const content = (size) => {
    const start = Math.floor(r() * (pool.length - Math.min(size, pool.length)));
    if (size <= pool.length) return pool.subarray(start, start + size);
    return Buffer.concat([pool, crypto.randomBytes(size - pool.length)]);
  };
  for (let i = 0; i < SPEC.files; i++) {
    const dir = i < 1000 ? '.git/objects' : pick(dirs).path;
    let name;
    const roll = r();
    if (roll < 0.004) name = 'package-lock.json';
    else if (roll < 0.006) name = pick(['Cargo.lock', 'yarn.lock', 'poetry.lock', 'Gemfile.lock']);
    else if (roll < 0.02) name = pick(['.gitignore', '.env', '.eslintrc.json']);
    else name = `${pick(words)}-${i}${pick(exts)}`;
    const size = i % Math.floor(SPEC.files / SPEC.largeFiles) === 0
      ? Math.floor(500_000 + r() * 1_500_000)
      : Math.floor(64 * Math.pow(512, r()));
    const file = path.join(workspace, dir, name);
    if (fs.existsSync(file)) continue;
    fs.writeFileSync(file, content(size));
    bytes += size;
  }
  let files = 0;
  for (const e of fs.readdirSync(workspace, { recursive: true, withFileTypes: true })) if (e.isFile()) files++;
  const manifest = { spec: SPEC, files, bytes };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(fn) {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const manifest = generate();
console.log(`tree: ${manifest.files} files, ${(manifest.bytes / 1e6).toFixed(0)} MB; node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`);
console.log(`${ROUNDS} rounds each, alternating, after one warm-up round; times in ms (median)\n`);

const rows = [];
for (const c of CASES) {
  const cachet = () => hashFiles(c.patterns, { workspace, explain: true });
  const runner = () => runnerHashFiles(c.patterns, { workspace });
  // Warm-up, and the outputs must agree.
  const a = await cachet();
  const b = await runner();
  if (a.hash !== b.hash || a.files?.length !== b.files.length) {
    throw new Error(`${c.name}: outputs differ: cachet ${a.hash} (${a.files?.length} files), runner ${b.hash} (${b.files.length} files)`);
  }
  const times = { cachet: [], runner: [] };
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 ? ['runner', 'cachet'] : ['cachet', 'runner'];
    for (const who of order) {
      const { ms, value } = await time(who === 'cachet' ? cachet : runner);
      if (value.hash !== a.hash) throw new Error(`${c.name}: ${who} gave ${value.hash}, expected ${a.hash}`);
      times[who].push(ms);
    }
  }
  const row = {
    case: c.name,
    files: b.files.length,
    cachet: median(times.cachet),
    runner: median(times.runner),
  };
  row.ratio = row.runner / row.cachet;
  rows.push(row);
  console.log(
    `${row.case.padEnd(48)} ${String(row.files).padStart(6)} files  runner ${row.runner.toFixed(0).padStart(6)}  cachet ${row.cachet.toFixed(0).padStart(6)}  ratio ${row.ratio.toFixed(2)}x  (same hash ${a.hash ? a.hash.slice(0, 12) : "''"})`,
  );
}
const worst = Math.min(...rows.map((r) => r.ratio));
console.log(`\nslowest ratio ${worst.toFixed(2)}x (goal: 3x)`);
