// @ts-check
/**
 * What every step does before it restores or saves: mask the runtime token, parse the inputs,
 * hash the `hash-files` patterns and append the hash to the key, check the keys, and print the
 * configuration (every part of the key and of the version) in a log group.
 *
 * It never restores or saves. Invalid inputs, and a `hash-files` that cannot be computed, fail
 * the step here (the runner fails a step whose `hashFiles()` fails, too).
 */
import path from 'node:path';
import { chooseCompression, hasZstd } from '../archive/create.js';
import { checkKeys, explainCacheVersion } from '../key.js';
import { hashFiles } from '../hash-files.js';
import { defaultStoreDir } from '../store/local.js';
import { ActionInputError, parseInputs } from './inputs.js';
import { labelVersionComponents } from './summary.js';

/**
 * @typedef {object} Prepared
 * @property {import('./inputs.js').ActionInputs} inputs
 * @property {string} key the final primary key (`key` + `-` + the files' hash with `hash-files`)
 * @property {import('./summary.js').HashedFiles | null} hashed
 * @property {string} workspace
 * @property {'service' | 'local'} backend
 * @property {string | undefined} storeDir the local store, when that is the backend
 */

/**
 * Masks `ACTIONS_RUNTIME_TOKEN` (first thing every step does).
 * @param {import('./runner.js').Runner} runner
 */
export function maskSecrets(runner) {
  runner.addMask(runner.env.ACTIONS_RUNTIME_TOKEN ?? '');
}

/**
 * Where caches go: the service when the runner gave its URL and token, else the local store.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ backend: 'service' | 'local', storeDir: string | undefined }}
 */
export function backendOf(env) {
  if (env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN) return { backend: 'service', storeDir: undefined };
  return { backend: 'local', storeDir: defaultStoreDir(env) };
}

/** @param {NodeJS.ProcessEnv} env */
export function workspaceOf(env) {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/**
 * @param {import('./runner.js').Runner} runner
 * @param {import('./inputs.js').ActionKind} kind
 * @returns {Promise<Prepared | null>} null when the step failed (the reason is printed)
 */
export async function prepare(runner, kind) {
  maskSecrets(runner);
  /** @type {import('./inputs.js').ParsedInputs} */
  let parsed;
  try {
    parsed = parseInputs(kind, (name) => runner.input(name));
  } catch (e) {
    if (!(e instanceof ActionInputError)) throw e;
    for (const problem of e.problems) runner.error(problem, { title: 'cachet: invalid input' });
    runner.setFailed(`cachet: ${e.problems.length === 1 ? 'an input is' : `${e.problems.length} inputs are`} invalid; nothing was restored or saved`);
    return null;
  }
  const { inputs, notes } = parsed;
  for (const note of notes) runner.info(`Note: ${note}`);
  const env = runner.env;
  const workspace = workspaceOf(env);

  let key = inputs.key;
  /** @type {import('./summary.js').HashedFiles | null} */
  let hashed = null;
  if (inputs['hash-files']) {
    const { patterns, followSymbolicLinks } = inputs['hash-files'];
    try {
      const started = Date.now();
      const result = await hashFiles(patterns, { workspace, followSymbolicLinks, explain: true });
      const files = result.files ?? [];
      hashed = { hash: result.hash, patterns, count: files.length, files };
      runner.info(`hash-files: ${files.length} file${files.length === 1 ? '' : 's'} hashed in ${Date.now() - started} ms → ${result.hash || '(nothing matched)'}`);
    } catch (e) {
      const err = /** @type {any} */ (e);
      runner.setFailed(`hash-files: cannot hash ${patterns.join(', ')}: ${err?.message ?? err}`, { title: 'cachet: invalid input' });
      return null;
    }
    if (hashed.hash) key = `${inputs.key}-${hashed.hash}`;
    else runner.warning(`hash-files: no file matched ${patterns.join(', ')} under ${workspace}; the key is used without a hash`);
  }

  try {
    checkKeys(key, kind === 'save' ? [] : inputs['restore-keys']);
  } catch (e) {
    const err = /** @type {any} */ (e);
    runner.setFailed(`key: ${err?.message ?? err}`, { title: 'cachet: invalid input' });
    return null;
  }

  if (inputs['compression-level'] !== undefined && inputs['compression-level'] > 9 && kind !== 'restore' && !hasZstd()) {
    runner.info(`Note: zstd is not installed, so archives are gzip; compression-level ${inputs['compression-level']} is lowered to 9`);
    inputs['compression-level'] = 9;
  }

  const { backend, storeDir } = backendOf(env);
  printConfiguration(runner, { kind, inputs, key, hashed, backend, storeDir, workspace });
  return { inputs, key, hashed, workspace, backend, storeDir };
}

/**
 * The "Cache configuration" log group: the key and where it came from, restore keys, the
 * version with its inputs, the store and the tunables.
 * @param {import('./runner.js').Runner} runner
 * @param {{ kind: string, inputs: import('./inputs.js').ActionInputs, key: string, hashed: import('./summary.js').HashedFiles | null, backend: string, storeDir?: string, workspace: string }} c
 */
export function printConfiguration(runner, { kind, inputs, key, hashed, backend, storeDir, workspace }) {
  runner.startGroup('Cache configuration');
  runner.info(`key: ${key}`);
  if (hashed) runner.info(`  = ${inputs.key}${hashed.hash ? ` + '-' + hashFiles(${hashed.patterns.join(', ')})` : ' (hash-files matched nothing)'}`);
  if (kind !== 'save' && inputs['restore-keys'].length) runner.info(`restore-keys: ${inputs['restore-keys'].join(', ')}`);
  try {
    const explained = explainCacheVersion({
      paths: inputs.path,
      compressionMethod: chooseCompression(),
      enableCrossOsArchive: inputs.enableCrossOsArchive,
    });
    runner.info(`version: ${explained.version}, the sha256 of:`);
    for (const [label, value] of labelVersionComponents(explained.components, inputs.path.length)) runner.info(`  ${label}: ${value}`);
  } catch (e) {
    runner.debug(`version not explained: ${/** @type {any} */ (e)?.message ?? e}`);
  }
  runner.info(`workspace: ${workspace}`);
  runner.info(`store: ${backend === 'service' ? 'the GitHub Actions cache service' : `the local store ${storeDir} (no ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN)`}`);
  const tunables = ['lookup-only', 'fail-on-cache-miss', 'save-on-failure', 'compression-level', 'block-size', 'upload-chunk-size', 'concurrency', 'idle-timeout']
    .map((name) => [name, /** @type {any} */ (inputs)[name]])
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([name, v]) => `${name}=${v}`);
  if (tunables.length) runner.info(`options: ${tunables.join(', ')}`);
  runner.endGroup();
}
