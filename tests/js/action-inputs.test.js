// The action's inputs: one pure parser, table-tested. Names, splitting and defaults follow
// actions/cache; booleans follow @actions/core's getBooleanInput (YAML 1.2 core schema); every
// problem is reported at once; cachet's tunables map onto the transfer options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ActionInputError,
  INPUTS,
  OUTPUTS,
  isExactKeyMatch,
  parseInputs,
  splitLines,
  transferOptions,
} from '../../js/src/action/inputs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MIB = 1024 * 1024;

/** @param {Record<string, string>} given */
const reader = (given) => (name) => given[name] ?? '';

const base = { path: 'node_modules', key: 'deps-1' };

test('defaults: only path and key given', () => {
  const { inputs, notes } = parseInputs('cache', reader(base));
  assert.deepEqual(inputs, {
    path: ['node_modules'],
    key: 'deps-1',
    'restore-keys': [],
    'upload-chunk-size': undefined,
    enableCrossOsArchive: false,
    'fail-on-cache-miss': false,
    'lookup-only': false,
    'save-on-failure': false,
    'hash-files': null,
    'compression-level': undefined,
    'block-size': undefined,
    concurrency: undefined,
    'idle-timeout': undefined,
  });
  assert.deepEqual(notes, []);
});

test('multi-line inputs split like actions/cache getInputAsArray', () => {
  const cases = [
    ['a\nb', ['a', 'b']],
    ['  a  \n\n  b\n', ['a', 'b']],
    ['~/.npm\n!  ~/.npm/_logs\n', ['~/.npm', '!~/.npm/_logs']],
    ['\n\n', []],
    ['a\r\nb', ['a', 'b']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(splitLines(/** @type {string} */ (text)), expected, JSON.stringify(text));
  const { inputs } = parseInputs('cache', reader({ ...base, path: 'a\n  b  \n', 'restore-keys': 'deps-\nold-\n' }));
  assert.deepEqual(inputs.path, ['a', 'b']);
  assert.deepEqual(inputs['restore-keys'], ['deps-', 'old-']);
});

test('booleans: the YAML 1.2 core schema, anything else is an input error', () => {
  for (const [text, value] of [['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false], ['', false], ['  true  ', true]]) {
    const { inputs } = parseInputs('cache', reader({ ...base, 'lookup-only': /** @type {string} */ (text) }));
    assert.equal(inputs['lookup-only'], value, JSON.stringify(text));
  }
  for (const text of ['yes', '1', 'on', 'tRue']) {
    assert.throws(() => parseInputs('cache', reader({ ...base, 'fail-on-cache-miss': text })), (e) => {
      assert.ok(e instanceof ActionInputError);
      assert.match(e.problems[0], /^fail-on-cache-miss: '.*' is not a boolean/);
      return true;
    });
  }
});

test('every problem at once, each naming its input', () => {
  assert.throws(
    () => parseInputs('cache', reader({ path: '\n', key: '  ', enableCrossOsArchive: 'maybe', 'block-size': '0', concurrency: '2.5', 'idle-timeout': 'soon', 'compression-level': '23' })),
    (e) => {
      assert.ok(e instanceof ActionInputError);
      assert.deepEqual(
        e.problems.map((p) => p.split(':')[0]),
        ['path', 'key', 'enableCrossOsArchive', 'compression-level', 'block-size', 'concurrency', 'idle-timeout'],
      );
      return true;
    },
  );
});

test('numbers: ranges and units', () => {
  const ok = [
    [{ 'compression-level': '19' }, 'compression-level', 19],
    [{ 'compression-level': '1' }, 'compression-level', 1],
    [{ 'block-size': '64' }, 'block-size', 64],
    [{ concurrency: '8' }, 'concurrency', 8],
    [{ 'idle-timeout': '2.5' }, 'idle-timeout', 2.5],
    [{ 'idle-timeout': '60' }, 'idle-timeout', 60],
  ];
  for (const [given, name, value] of ok) {
    const { inputs } = parseInputs('cache', reader({ ...base, .../** @type {object} */ (given) }));
    assert.equal(/** @type {any} */ (inputs)[/** @type {string} */ (name)], value, JSON.stringify(given));
  }
  const bad = [{ 'compression-level': '0' }, { 'compression-level': '-3' }, { 'block-size': '257' }, { 'block-size': '1.5' }, { concurrency: '0' }, { concurrency: '65' }, { 'idle-timeout': '0' }, { 'idle-timeout': '1e3' }, { 'block-size': '0x10' }];
  for (const given of bad) assert.throws(() => parseInputs('cache', reader({ ...base, ...given })), ActionInputError, JSON.stringify(given));
});

test('upload-chunk-size: parseInt like actions/cache, never an error', () => {
  const cases = [
    ['67108864', 67108864, 0],
    ['33554432abc', 33554432, 0],
    ['-5', undefined, 1],
    ['lots', undefined, 1],
    ['0', 0, 0],
  ];
  for (const [text, value, noteCount] of cases) {
    const { inputs, notes } = parseInputs('cache', reader({ ...base, 'upload-chunk-size': /** @type {string} */ (text) }));
    assert.equal(inputs['upload-chunk-size'], value, String(text));
    assert.equal(notes.length, noteCount, String(text));
  }
});

test('save-always is a working alias of save-on-failure, with a note', () => {
  assert.equal(parseInputs('cache', reader({ ...base, 'save-on-failure': 'true' })).inputs['save-on-failure'], true);
  const { inputs, notes } = parseInputs('cache', reader({ ...base, 'save-always': 'true' }));
  assert.equal(inputs['save-on-failure'], true);
  assert.match(notes[0], /save-always is deprecated/);
});

test('hash-files: patterns, and the runner\'s --follow-symbolic-links first argument', () => {
  assert.deepEqual(parseInputs('cache', reader({ ...base, 'hash-files': '**/package-lock.json\n!vendor/**\n' })).inputs['hash-files'], {
    patterns: ['**/package-lock.json', '!vendor/**'],
    followSymbolicLinks: false,
  });
  assert.deepEqual(parseInputs('cache', reader({ ...base, 'hash-files': '--follow-symbolic-links\nCargo.lock' })).inputs['hash-files'], {
    patterns: ['Cargo.lock'],
    followSymbolicLinks: true,
  });
  assert.throws(() => parseInputs('cache', reader({ ...base, 'hash-files': '--follow-symbolic-links' })), ActionInputError);
});

test('each sub-action reads only the inputs it declares', () => {
  const given = reader({ ...base, 'restore-keys': 'x-', 'lookup-only': 'true', 'compression-level': '9', 'save-on-failure': 'true', 'upload-chunk-size': '1' });
  const save = parseInputs('save', given).inputs;
  assert.deepEqual(save['restore-keys'], []);
  assert.equal(save['lookup-only'], false);
  assert.equal(save['save-on-failure'], false);
  assert.equal(save['compression-level'], 9);
  assert.equal(save['upload-chunk-size'], 1);
  const restore = parseInputs('restore', given).inputs;
  assert.deepEqual(restore['restore-keys'], ['x-']);
  assert.equal(restore['lookup-only'], true);
  assert.equal(restore['compression-level'], undefined);
  assert.equal(restore['upload-chunk-size'], undefined);
  // A value the sub-action does not declare is never validated either.
  assert.doesNotThrow(() => parseInputs('restore', reader({ ...base, 'compression-level': 'max' })));
});

test('transferOptions: block-size wins, upload-chunk-size maps onto the block size (clamped)', () => {
  const parse = (given) => parseInputs('cache', reader({ ...base, ...given })).inputs;
  const cases = [
    [{}, 'save', {}, 0],
    [{ 'block-size': '64' }, 'save', { blockSize: 64 * MIB }, 0],
    [{ 'block-size': '64', 'upload-chunk-size': '1048576' }, 'save', { blockSize: 64 * MIB }, 1],
    [{ 'upload-chunk-size': String(16 * MIB) }, 'save', { blockSize: 16 * MIB }, 1],
    [{ 'upload-chunk-size': '1000' }, 'save', { blockSize: MIB }, 1],
    [{ 'upload-chunk-size': String(1024 * MIB) }, 'save', { blockSize: 256 * MIB }, 1],
    [{ 'upload-chunk-size': String(16 * MIB) }, 'restore', {}, 0],
    [{ 'upload-chunk-size': '0' }, 'save', {}, 0],
    [{ concurrency: '8', 'idle-timeout': '1.5', 'compression-level': '12' }, 'save', { concurrency: 8, idleTimeoutMs: 1500, compressionLevel: 12 }, 0],
    [{ concurrency: '8', 'idle-timeout': '1.5', 'compression-level': '12' }, 'restore', { concurrency: 8, idleTimeoutMs: 1500 }, 0],
  ];
  for (const [given, operation, options, noteCount] of cases) {
    const out = transferOptions(parse(given), /** @type {any} */ (operation));
    assert.deepEqual(out.options, options, `${JSON.stringify(given)} ${operation}`);
    assert.equal(out.notes.length, noteCount, `${JSON.stringify(given)} ${operation}: ${out.notes}`);
  }
});

test('isExactKeyMatch: actions/cache\'s case-insensitive, accent-sensitive comparison', () => {
  const cases = [
    ['Linux-npm-abc', 'Linux-npm-abc', true],
    ['Linux-npm-abc', 'linux-NPM-ABC', true],
    ['Linux-npm-abc', 'Linux-npm-ab', false],
    ['Linux-npm-abc', 'Linux-npm-abcd', false],
    ['café', 'cafe', false],
    ['key', undefined, false],
    ['key', '', false],
  ];
  for (const [key, matched, expected] of cases) assert.equal(isExactKeyMatch(/** @type {string} */ (key), /** @type {any} */ (matched)), expected, `${key} ~ ${matched}`);
});

test('action.yml files declare exactly these inputs and outputs, with node24 bundles that exist in dist/', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/action/actions-cache-interface.json'), 'utf8'));
  for (const [kind, file] of [['cache', 'action.yml'], ['restore', 'restore/action.yml'], ['save', 'save/action.yml']]) {
    const yml = fs.readFileSync(path.join(root, file), 'utf8');
    const declared = topLevelKeys(yml, 'inputs');
    const ours = Object.entries(INPUTS).filter(([, kinds]) => /** @type {readonly string[]} */ (kinds).includes(kind)).map(([n]) => n);
    assert.deepEqual([...declared].sort(), [...ours].sort(), `${file} inputs`);
    for (const name of expected[kind].inputs) assert.ok(declared.includes(name), `${file} lacks actions/cache input ${name}`);
    const outputs = topLevelKeys(yml, 'outputs');
    const ourOutputs = Object.entries(OUTPUTS).filter(([, kinds]) => /** @type {readonly string[]} */ (kinds).includes(kind)).map(([n]) => n);
    assert.deepEqual([...outputs].sort(), [...ourOutputs].sort(), `${file} outputs`);
    for (const name of expected[kind].outputs) assert.ok(outputs.includes(name), `${file} lacks actions/cache output ${name}`);
    assert.match(yml, /^ {2}using: 'node24'$/m);
    for (const [, rel] of yml.matchAll(/^ {2}(?:main|post): '([^']+)'$/gm)) {
      const bundle = path.resolve(path.dirname(path.join(root, file)), rel);
      assert.ok(fs.existsSync(bundle), `${file}: ${rel} does not exist (rebuild dist/)`);
    }
  }
  const rootYml = fs.readFileSync(path.join(root, 'action.yml'), 'utf8');
  assert.match(rootYml, /^ {2}post-if: "success\(\) \|\| env\.CACHET_SAVE_ON_FAILURE == 'true'"$/m);
});

/**
 * The names under a top-level section of an action.yml (two-space indented keys).
 * @param {string} yml
 * @param {string} section
 */
function topLevelKeys(yml, section) {
  const lines = yml.split('\n');
  const start = lines.indexOf(`${section}:`);
  if (start < 0) return [];
  const names = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^ {2}([A-Za-z][\w-]*):\s*$/.exec(line);
    if (m) names.push(m[1]);
  }
  return names;
}
