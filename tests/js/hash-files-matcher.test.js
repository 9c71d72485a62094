// Differential test of cachet's hashFiles() matcher (Rust, through wasm) against the real
// @actions/glob 0.7.0 Pattern and pattern helpers, on seeded random pattern lists and paths:
// the same refusals, the same search roots, the same match kinds and partial matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HashFilesMatcher } from '../../js/src/wasm.js';

// The real package, by file path (its internals are not exported).
const globLib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/@actions/glob/lib') + '/';
const { Pattern } = await import(globLib + 'internal-pattern.js');
const patternHelper = await import(globLib + 'internal-pattern-helper.js');

/** A small seeded PRNG (mulberry32), so failures reproduce. */
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

const SEGMENTS = [
  'a', 'b', 'ab', 'A', '.x', 'é', '😀', 'a b', 'x.js', 'src', 'node_modules',
  '*', '**', '?', '??', '*.js', 'a*', '*a*', '.*', '*.*', '*\\.js', '??.js', '***', 'a**',
  '[ab]', '[!a]', '[^a]', '[a-c]', '[z-a]', '[[:alpha:]]', '[[:digit:]]*', '[[:alpha:]]-*',
  '[[:graph:]x]', '[[:ascii:]]', '\\*', '[*]', 'a\\|b', '[ab]\\|c', '[\\^a]', '[]a]', '[', 'a[',
  '\\', 'x\\-y', '#', '!', '..', '.', '[.]', 'a..b', '[😀]', '?😀', 'é*', '[é-ü]', 'x\\', '[a-]',
];
const NAMES = [
  'a', 'b', 'ab', 'A', '.x', 'é', '😀', 'a b', 'x.js', '.js', 'src', 'node_modules', 'c', 'a*',
  '*', '[ab]', 'a|b', 'x-y', 'a\\.js', '\\', 'z', '7', '😀.js', 'b|c', 'ac', 'é😀', '-', 'x\\',
];
const PREFIXES = ['', '', '', './', '/', '~/', '!', '!!', ' ', '!./', '/tmp/'];

function randomPattern(r) {
  const n = 1 + Math.floor(r() * 4);
  const segments = Array.from({ length: n }, () => pick(r, SEGMENTS));
  let p = pick(r, PREFIXES) + segments.join('/');
  if (r() < 0.15) p += '/';
  if (r() < 0.05) p = '#' + p;
  return p;
}

function randomPath(r, cwd) {
  const base = r() < 0.8 ? cwd : pick(r, ['/', '/tmp', os.homedir(), cwd + '/src']);
  const n = Math.floor(r() * 5);
  const segments = Array.from({ length: n }, () => pick(r, NAMES));
  return path.join(base, ...segments);
}

/** The real globber's patterns: DefaultGlobber.create, then globGenerator's expansion. */
function realPatterns(text) {
  const patterns = [];
  for (const line of text.split('\n').map((x) => x.trim())) {
    if (!line || line.startsWith('#')) continue;
    patterns.push(new Pattern(line));
  }
  const expanded = [];
  for (const pattern of patterns) {
    expanded.push(pattern);
    if (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== '**') {
      expanded.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
    }
  }
  return expanded;
}

test('the matcher agrees with @actions/glob on random patterns and paths', () => {
  const cwd = process.cwd();
  const home = os.homedir();
  const r = rng(20260101);
  let compared = 0;
  let refused = 0;
  for (let round = 0; round < 4000; round++) {
    const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomPattern(r));
    const text = lines.join('\n');
    let real;
    let realError;
    try {
      real = realPatterns(text);
    } catch (e) {
      realError = e;
    }
    let ours;
    let ourError;
    try {
      ours = new HashFilesMatcher(text, cwd, home);
    } catch (e) {
      ourError = e;
    }
    assert.equal(!!ourError, !!realError, `${JSON.stringify(text)}: ours ${ourError?.message}, real ${realError?.message}`);
    if (realError) {
      refused++;
      continue;
    }
    try {
      assert.deepEqual(ours.searchRoots(), patternHelper.getSearchPaths(real), `search roots of ${JSON.stringify(text)}`);
      for (let i = 0; i < 25; i++) {
        const p = randomPath(r, cwd);
        const kind = patternHelper.match(real, p);
        const partial = !kind && patternHelper.partialMatch(real, p);
        const expected = kind | (partial ? 4 : 0);
        assert.equal(ours.classify(p), expected, `${JSON.stringify(text)} on ${JSON.stringify(p)}`);
        compared++;
      }
      // The batch form agrees with the single form.
      const dir = randomPath(r, cwd);
      const names = Array.from({ length: 6 }, () => pick(r, NAMES));
      const batch = ours.classifyChildren(dir, names.join('/'));
      names.forEach((name, i) => assert.equal(batch[i], ours.classify(path.join(dir, name)), `${dir} ${name}`));
    } finally {
      ours.free();
    }
  }
  assert.ok(compared > 50000, `compared ${compared}`);
  assert.ok(refused > 100, `refused ${refused}`);
});

test('refusals carry stable codes', () => {
  const cases = [
    ['../x', 'pattern_relative'],
    ['a/./b', 'pattern_relative'],
    ['!', 'pattern_empty'],
    ['[[:digit:]]-x*', 'pattern_invalid'],
    ['x'.repeat(70000), 'pattern_too_long'],
  ];
  for (const [pattern, code] of cases) {
    assert.throws(() => new HashFilesMatcher(pattern, '/ws', '/home/me'), (e) => {
      assert.ok(e instanceof Error);
      assert.equal(e.code, code);
      return true;
    });
    assert.throws(() => realPatterns(pattern.replace(/^/, '')), `the real globber refuses ${pattern.slice(0, 20)} too`);
  }
});

test('the matcher agrees with @actions/glob for unusual workspaces and home directories', async () => {
  const fs = await import('node:fs');
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-matcher-')));
  const previous = process.cwd();
  try {
    const workspaces = ['w[s]/a*b', 'x y/[ab]', 'q?/\\back', 'plain'].map((w) => path.join(base, w));
    const homes = [os.homedir(), '/home/u/', '/h/../g', '/h/./g', '/h[1]/*', '/'];
    const r = rng(77);
    for (const cwd of workspaces) {
      fs.mkdirSync(cwd, { recursive: true });
      process.chdir(cwd);
      for (const home of homes) {
        for (let round = 0; round < 150; round++) {
          const text = Array.from({ length: 1 + Math.floor(r() * 2) }, () => randomPattern(r)).join('\n');
          let real;
          let realError;
          try {
            // DefaultGlobber passes no home (os.homedir()); pass ours explicitly.
            const patterns = [];
            for (const line of text.split('\n').map((x) => x.trim())) {
              if (!line || line.startsWith('#')) continue;
              patterns.push(new Pattern(line, false, undefined, home));
            }
            real = [];
            for (const p of patterns) {
              real.push(p);
              if (p.trailingSeparator || p.segments[p.segments.length - 1] !== '**') {
                real.push(new Pattern(p.negate, true, p.segments.concat('**')));
              }
            }
          } catch (e) {
            realError = e;
          }
          let ours;
          let ourError;
          try {
            ours = new HashFilesMatcher(text, process.cwd(), home);
          } catch (e) {
            ourError = e;
          }
          const label = `${JSON.stringify(text)} in ${cwd}, home ${home}`;
          assert.equal(!!ourError, !!realError, `${label}: ours ${ourError?.message}, real ${realError?.message}`);
          if (realError) continue;
          try {
            assert.deepEqual(ours.searchRoots(), patternHelper.getSearchPaths(real), label);
            for (let i = 0; i < 10; i++) {
              const p = randomPath(r, r() < 0.3 ? path.posix.normalize(home) : cwd);
              const kind = patternHelper.match(real, p);
              const partial = !kind && patternHelper.partialMatch(real, p);
              assert.equal(ours.classify(p), kind | (partial ? 4 : 0), `${label} on ${p}`);
            }
          } finally {
            ours.free();
          }
        }
      }
    }
  } finally {
    process.chdir(previous);
    fs.rmSync(base, { recursive: true, force: true });
  }
});
