// The archive members of a save, resolved by cachet (the core's matcher without implicit
// descendants + js/src/glob.js) and by the real @actions/cache 6.3.0 (`resolvePaths`, which
// runs @actions/glob), on the same trees: they must be identical, in the same order.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { resolvePaths } from '../../node_modules/@actions/cache/lib/internal/cacheUtils.js';
import { globPaths } from '../../js/src/glob.js';
import { declaredRoots, resolveSavePaths, splitPathInput } from '../../js/src/paths.js';
import { applyEnv } from '../support/index.js';
import { makeTempRoot, runStep, writeTree } from '../support/workspace.js';

const root = makeTempRoot('cachet-save-paths-');
after(() => root.remove());

function makeTree() {
  const base = root.fresh('tree');
  const ws = path.join(base, 'work/repo');
  writeTree(ws, {
    'node_modules/a/index.js': 'a',
    'node_modules/a/node_modules/b/index.js': 'b',
    'packages/x/node_modules/c/index.js': 'c',
    'packages/y/dist/out.js': 'y',
    '.cache/tool/data.bin': 'd',
    'Cargo.lock': 'lock',
    'sub dir/ü.txt': 'u',
    'target/debug/build.log': 'log',
  });
  writeTree(path.join(base, 'home/.npm'), { '_cacache/index': 'i' });
  fs.symlinkSync('packages/y', path.join(ws, 'link-to-y'));
  fs.symlinkSync('missing', path.join(ws, 'broken-link'));
  fs.symlinkSync('..', path.join(ws, 'packages/x/loop'));
  return { ws, home: path.join(base, 'home') };
}

const cases = [
  ['node_modules'],
  ['**/node_modules'],
  ['node_modules', 'packages/*/node_modules'],
  ['packages/**/dist', '!packages/y/dist'],
  ['*.lock', '.cache'],
  ['sub dir', 'target/debug'],
  ['link-to-y'],
  ['broken-link', 'Cargo.lock'],
  ['does-not-exist'],
  ['.'],
  ['**/*.js', '!**/node_modules/**'],
  ['packages/x'],
  ['HOME/.npm'],
  ['../repo/Cargo.lock'],
];

test('save members equal @actions/cache resolvePaths on the same tree, in order', async () => {
  const { ws, home } = makeTree();
  for (const raw of cases) {
    const patterns = raw.map((p) => p.replace('HOME', home));
    const ours = await resolveSavePaths(patterns, { workspace: ws, glob: globPaths }).then(
      (r) => ({ members: r.members }),
      (e) => ({ error: e.message }),
    );
    const theirs = await runStep({ env: {}, workspace: ws, runnerTemp: root.fresh('rt') }, () => resolvePaths(patterns));
    const expected = theirs.error ? { error: String(theirs.error) } : { members: theirs.result };
    if ('error' in expected) {
      assert.ok('error' in ours, `${patterns.join(', ')}: @actions/cache failed (${expected.error}), cachet did not`);
    } else {
      assert.deepEqual(ours, expected, `patterns ${JSON.stringify(patterns)}`);
    }
  }
});

test('declared roots are the non-glob prefixes of the include patterns', () => {
  const restore = applyEnv({});
  try {
    assert.deepEqual(declaredRoots(['node_modules', '**/x', 'a/b/*.js', '!a/b/c', '~/.npm', '/abs/p*'], { workspace: '/w', home: '/h' }), [
      '/w',
      '/h/.npm',
      '/abs',
    ]);
    assert.deepEqual(declaredRoots(['deps', 'a/b/*.js', '!a/b/c'], { workspace: '/w', home: '/h' }), ['/w/deps', '/w/a/b']);
  } finally {
    restore();
  }
});

test('a multi-line path input splits as actions/cache splits it', () => {
  assert.deepEqual(splitPathInput('  ~/.npm \n\n! node_modules/x\nbuild/\n'), ['~/.npm', '!node_modules/x', 'build/']);
});
